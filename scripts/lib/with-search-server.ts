import { resolveDataDir } from "@/lib/config/paths";
import { startOrConnectMeili, type MeiliServer } from "@/lib/search/meili-process";

/** Runs `work` with a Meilisearch: MEILI_URL's if set, else the project's own on loopback, stopped afterwards. */
export async function withSearchServer<T>(work: (server: MeiliServer) => Promise<T>): Promise<T> {
  const server = await startOrConnectMeili({ dataDir: resolveDataDir() });
  process.env.MEILI_URL = server.url;
  process.env.MEILI_MASTER_KEY = server.masterKey;
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}
