import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startMeili } from "@/lib/search/meili-process";
import { findRunningMeili, forgetRunningMeili, recordRunningMeili, runningMeiliFile } from "@/lib/search/running-meili";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-running-meili-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A script run as `npm run …` would, with DATA_DIR and without MEILI_URL. */
function runScript({ script, dataDir, indexUid }: { script: string; dataDir: string; indexUid: string }) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, MEILI_INDEX: indexUid };
  for (const name of ["MEILI_URL", "MEILI_MASTER_KEY", "DATABASE_PATH"]) delete env[name];
  return spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("scripts", script)], { env, encoding: "utf8", timeout: 90_000 });
}

describe("npm run search:reindex while npm start runs", () => {
  it("uses the running engine of the data directory instead of starting a second one on the same files", async () => {
    const dataDir = path.join(root, "serving");
    const server = await startMeili({ dataDir, log: () => {} });
    try {
      recordRunningMeili({ dataDir, url: server.url, pid: server.pid! });
      expect(fs.statSync(runningMeiliFile({ dataDir })).mode & 0o777).toBe(0o600);
      const result = runScript({ script: "search-reindex.ts", dataDir, indexUid: "reindex_probe" });
      expect(result.stderr).not.toMatch(/could not start/);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`using the running Meilisearch on ${server.url}`);
      // The rebuilt index is in the running engine, which is still the same process, still answering.
      const index = await fetch(`${server.url}/indexes/reindex_probe`, { headers: { authorization: `Bearer ${server.masterKey}` } });
      expect(index.status).toBe(200);
      expect(fs.readFileSync(`/proc/${server.pid}/cmdline`, "utf8")).toContain("meilisearch");
    } finally {
      forgetRunningMeili({ dataDir });
      await server.stop();
    }
    expect(fs.existsSync(runningMeiliFile({ dataDir }))).toBe(false);
  });

  it("treats a record whose processes are gone as stale (and the script then starts a temporary engine)", async () => {
    const dataDir = path.join(root, "stale");
    fs.mkdirSync(dataDir, { recursive: true });
    // A pid far above pid_max's usual range: no such process.
    fs.writeFileSync(
      runningMeiliFile({ dataDir }),
      JSON.stringify({ url: "http://127.0.0.1:9", pid: 2 ** 22 + 7, keyFile: path.join(dataDir, "meili-master-key"), supervisorPid: 2 ** 22 + 8 }),
    );
    expect(await findRunningMeili({ dataDir, waitMs: 0 })).toEqual({ state: "none" });
    const result = runScript({ script: "search-reindex.ts", dataDir, indexUid: "reindex_temp" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/reindexed \d+ documents/);
    expect(result.stdout).not.toContain("using the running Meilisearch");
  });
});
