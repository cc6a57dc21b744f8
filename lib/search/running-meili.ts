import fs from "node:fs";
import path from "node:path";

/**
 * `npm start` records the Meilisearch it runs in DATA_DIR/meili.json (its address, process id and where its
 * key is), so that commands such as `npm run search:reindex` use that engine instead of starting a second one
 * on the same data. The file is removed when `npm start` stops; a file left by a crash is recognised as stale
 * because its process is gone.
 */
export type RunningMeiliRecord = { url: string; pid: number; keyFile: string; supervisorPid: number };

export function runningMeiliFile({ dataDir }: { dataDir: string }): string {
  return path.join(dataDir, "meili.json");
}

export function recordRunningMeili({ dataDir, url, pid }: { dataDir: string; url: string; pid: number }): void {
  const record: RunningMeiliRecord = { url, pid, keyFile: path.join(dataDir, "meili-master-key"), supervisorPid: process.pid };
  const file = runningMeiliFile({ dataDir });
  // Written whole then renamed: a reader never sees half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(record, null, 2) + "\n", { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

/** Removes the record, but only our own (another `npm start` may have replaced it). */
export function forgetRunningMeili({ dataDir }: { dataDir: string }): void {
  const record = readRecord({ dataDir });
  if (record && record.supervisorPid !== process.pid) return;
  fs.rmSync(runningMeiliFile({ dataDir }), { force: true });
}

function readRecord({ dataDir }: { dataDir: string }): RunningMeiliRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(runningMeiliFile({ dataDir }), "utf8")) as RunningMeiliRecord;
    return typeof record.url === "string" && Number.isInteger(record.pid) && typeof record.keyFile === "string" ? record : null;
  } catch {
    return null;
  }
}

export function isProcessAlive({ pid }: { pid: number }): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function answersHealth({ url }: { url: string }): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

export type RunningMeiliLookup =
  | { state: "none" }
  | { state: "running"; url: string; masterKey: string }
  /** its supervisor is alive but the engine does not answer (e.g. it is being restarted) */
  | { state: "unavailable"; url: string };

/**
 * The engine `npm start` runs on this data directory: "running" when its process (or its supervisor, which
 * restarts it) is alive and /health answers within `waitMs`; "none" when there is no record or it is stale.
 */
export async function findRunningMeili({ dataDir, waitMs = 10_000 }: { dataDir: string; waitMs?: number }): Promise<RunningMeiliLookup> {
  const record = readRecord({ dataDir });
  if (!record) return { state: "none" };
  const alive = isProcessAlive({ pid: record.pid }) || isProcessAlive({ pid: record.supervisorPid });
  if (!alive) return { state: "none" };
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await answersHealth({ url: record.url })) {
      const masterKey = fs.readFileSync(record.keyFile, "utf8").trim();
      return { state: "running", url: record.url, masterKey };
    }
    if (Date.now() >= deadline) return { state: "unavailable", url: record.url };
    await new Promise((r) => setTimeout(r, 250));
  }
}
