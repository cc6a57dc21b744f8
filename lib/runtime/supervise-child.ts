/**
 * Keeps one child process running: when it ends without being asked to, it is started again after a delay
 * that doubles with each quick failure (capped), and the reason is logged. Used by `npm start` for Meilisearch
 * and for the web server. A start that keeps failing before it ever became ready gives up after `maxQuickFailures`.
 */
export type ChildExit = { code: number | null; signal: NodeJS.Signals | null };

export type RunningChild = { exited: Promise<ChildExit>; stop: () => Promise<void> };

export type Supervisor = {
  /** the current run, null while waiting to restart */
  current: () => RunningChild | null;
  /** stops supervising and stops the child (resolved when it has exited) */
  stop: () => Promise<void>;
};

export function describeExit({ code, signal }: ChildExit): string {
  return signal ? `killed by ${signal}` : `exited with code ${code}`;
}

export async function superviseChild({
  name,
  start,
  onRestarted = async () => {},
  onGiveUp,
  log,
  initialDelayMs = 500,
  maxDelayMs = 30_000,
  healthyAfterMs = 30_000,
  maxQuickFailures = 6,
}: {
  name: string;
  /** starts the child and resolves once it is ready; throws when it could not start */
  start: () => Promise<RunningChild>;
  /** after each successful restart (not the first start), e.g. deliver what waited while it was down */
  onRestarted?: () => Promise<void>;
  /** called once when restarting is abandoned */
  onGiveUp: (reason: string) => void;
  log: (line: string) => void;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** a run that lasted this long resets the delay and the failure count */
  healthyAfterMs?: number;
  maxQuickFailures?: number;
}): Promise<Supervisor> {
  let current: RunningChild | null = await start();
  let stopping = false;
  let delayMs = initialDelayMs;
  let quickFailures = 0;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async (run: RunningChild) => {
    let startedAt = Date.now();
    for (let active: RunningChild | null = run; active && !stopping;) {
      const exit = await active.exited;
      current = null;
      if (stopping) return;
      if (Date.now() - startedAt >= healthyAfterMs) {
        delayMs = initialDelayMs;
        quickFailures = 0;
      }
      let why = describeExit(exit);
      active = null;
      // Bounded: each failed attempt counts, and the count only resets after a run that stayed up.
      while (!active && !stopping) {
        quickFailures++;
        if (quickFailures > maxQuickFailures) {
          onGiveUp(`${name} ${why}; gave up after ${maxQuickFailures} restarts in a row that did not stay up`);
          return;
        }
        log(`${name} ${why}; restarting in ${(delayMs / 1000).toFixed(1)} s`);
        await sleep(delayMs);
        delayMs = Math.min(delayMs * 2, maxDelayMs);
        if (stopping) return;
        try {
          active = await start();
        } catch (error) {
          why = `could not restart (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
        }
      }
      if (!active || stopping) {
        await active?.stop();
        return;
      }
      current = active;
      startedAt = Date.now();
      log(`${name} is back`);
      await onRestarted().catch((error: unknown) => log(`${name}: after restart: ${error instanceof Error ? error.message : String(error)}`));
    }
  };
  void watch(current);

  return {
    current: () => current,
    stop: async () => {
      stopping = true;
      (wake as (() => void) | null)?.();
      await current?.stop();
    },
  };
}
