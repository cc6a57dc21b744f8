import fs from "node:fs";
import path from "node:path";

/** `npm start` writes its pid here while it serves the data directory; restore refuses to run while it lives. */
export const serverPidFile = ({ dataDir }: { dataDir: string }) => path.join(dataDir, "server.pid");

export function claimServerPidFile({ dataDir }: { dataDir: string }): () => void {
  const file = serverPidFile({ dataDir });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  const release = () => {
    try {
      if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}

/** The pid of the `npm start` serving this data directory, if it is still alive (a stale file is ignored). */
export function findRunningServer({ dataDir }: { dataDir: string }): number | null {
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(serverPidFile({ dataDir }), "utf8").trim(), 10);
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}
