import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { superviseChild, type RunningChild } from "./supervise-child";

/** A real child process that sleeps until it is killed. */
function startSleeper(): RunningChild & { pid: number } {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return {
    pid: child.pid!,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

const until = async (check: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return check();
};

describe("superviseChild", () => {
  it("restarts a child killed with SIGKILL, says why, and runs the after-restart step", async () => {
    const lines: string[] = [];
    const pids: number[] = [];
    let restarted = 0;
    const supervisor = await superviseChild({
      name: "sleeper",
      start: async () => {
        const run = startSleeper();
        pids.push(run.pid);
        return run;
      },
      onRestarted: async () => void restarted++,
      onGiveUp: () => {},
      log: (line) => lines.push(line),
      initialDelayMs: 100,
    });
    try {
      process.kill(pids[0], "SIGKILL");
      expect(await until(() => restarted === 1)).toBe(true);
      expect(pids).toHaveLength(2);
      expect(lines[0]).toBe("sleeper killed by SIGKILL; restarting in 0.1 s");
      expect(lines).toContain("sleeper is back");
      process.kill(pids[1], "SIGKILL");
      expect(await until(() => restarted === 2)).toBe(true);
      // The delay doubles while restarts do not stay up.
      expect(lines).toContain("sleeper killed by SIGKILL; restarting in 0.2 s");
      expect(supervisor.current()).not.toBeNull();
    } finally {
      await supervisor.stop();
    }
    // Stopping ends the child and does not restart it.
    expect(pids).toHaveLength(3);
    expect(() => process.kill(pids[2], 0)).toThrow();
    await new Promise((r) => setTimeout(r, 300));
    expect(pids).toHaveLength(3);
  });

  it("gives up after a bounded number of failed restarts", async () => {
    let attempts = 0;
    let gaveUp = "";
    const first = startSleeper();
    await superviseChild({
      name: "flaky",
      start: async () => {
        if (attempts++ === 0) return first;
        throw new Error("port already in use");
      },
      onGiveUp: (reason) => (gaveUp = reason),
      log: () => {},
      initialDelayMs: 5,
      maxQuickFailures: 3,
    });
    process.kill(first.pid, "SIGKILL");
    expect(await until(() => gaveUp !== "")).toBe(true);
    expect(attempts).toBe(4);
    expect(gaveUp).toContain("could not restart (port already in use)");
  });

  it("never gives up when told so (the source poller): a child that keeps dying keeps being started", async () => {
    const pids: number[] = [];
    let gaveUp = false;
    const supervisor = await superviseChild({
      name: "crashy",
      start: async () => {
        const run = startSleeper();
        pids.push(run.pid);
        // dies at once, every time
        process.kill(run.pid, "SIGKILL");
        return run;
      },
      onGiveUp: () => (gaveUp = true),
      log: () => {},
      initialDelayMs: 1,
      maxDelayMs: 2,
      maxQuickFailures: Number.POSITIVE_INFINITY,
    });
    try {
      expect(await until(() => pids.length > 12)).toBe(true);
      expect(gaveUp).toBe(false);
    } finally {
      await supervisor.stop();
    }
  });
});
