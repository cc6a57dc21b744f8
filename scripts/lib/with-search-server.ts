import { resolveDataDir } from "@/lib/config/paths";
import { startOrConnectMeili, type MeiliServer } from "@/lib/search/meili-process";

/**
 * Runs `work` with a Meilisearch: MEILI_URL's if set, else the one `npm start` runs on DATA_DIR, else a
 * temporary one of the project's own on loopback, stopped afterwards (a borrowed one is left running).
 */
export async function withSearchServer<T>(work: (server: MeiliServer) => Promise<T>): Promise<T> {
  const server = await startOrConnectMeili({ dataDir: resolveDataDir(), log: (line) => console.log(line) });
  process.env.MEILI_URL = server.url;
  process.env.MEILI_MASTER_KEY = server.masterKey;
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}
