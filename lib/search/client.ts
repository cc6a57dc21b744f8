import { Meilisearch } from "meilisearch";

/** The one index: entities of every kind and articles, told apart by the `kind` facet. */
export function searchIndexUid(): string {
  return process.env.MEILI_INDEX ?? "atlas";
}

export type SearchConnection = { url: string; masterKey: string };

/** Set by the project's scripts (npm start, test harness) or by the operator; null means "no engine". */
export function readSearchConnection(): SearchConnection | null {
  const url = process.env.MEILI_URL;
  if (!url) return null;
  return { url: url.replace(/\/$/, ""), masterKey: process.env.MEILI_MASTER_KEY ?? "" };
}

const clients = new Map<string, Meilisearch>();

export function getSearchClient(connection: SearchConnection | null = readSearchConnection()): Meilisearch | null {
  if (!connection) return null;
  const key = `${connection.url}|${connection.masterKey}`;
  let client = clients.get(key);
  if (!client) {
    client = new Meilisearch({ host: connection.url, apiKey: connection.masterKey || undefined, timeout: 5000 });
    clients.set(key, client);
  }
  return client;
}
