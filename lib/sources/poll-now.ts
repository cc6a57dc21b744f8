import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { SourcePoller, type PollSummary } from "./poll-source";

/** Items ingested by an editor's "poll now" within the request; the scheduler takes the rest. */
export const POLL_NOW_MAX_ITEMS = 50;

const running = new Map<number, Promise<PollSummary>>();

/** Polls one source now; a second request for the same source while one runs waits for that one. */
export function pollSourceNow({ db, id }: { db: AtlasDatabase; id: number }): Promise<PollSummary> {
  const current = running.get(id);
  if (current) return current;
  const poll = new SourcePoller(db, { maxItemsPerPoll: POLL_NOW_MAX_ITEMS }).poll(id).finally(() => running.delete(id));
  running.set(id, poll);
  return poll;
}
