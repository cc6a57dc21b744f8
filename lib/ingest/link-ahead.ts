import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { Gazetteer } from "@/lib/linking/gazetteer";
import type { FoundLinks } from "./link-within-limits";
import { canChangeLinks, SLOT, SLOT_COUNT, type ArticleToLink, type LinkAheadData, type LinkAheadMessage, type LinkAheadResult } from "./run-link-ahead";

/**
 * A batch ingest links each article just before storing it, against the gazetteer as the articles before it left
 * it, and linking is more than half of the work: a worker thread links the next articles while this thread stores,
 * against a copy of the gazetteer kept in step (run-link-ahead.ts). Its links are used when its gazetteer was this
 * one's then, or lacked only entities that cannot change them (addedSince); otherwise the worker, once it has those
 * entities too, links the article again. An article the worker has not linked (it was still starting, it refused
 * the article, it failed) is linked here as before. The links are the same either way.
 */
export type LinkAhead = {
  /** Hands the worker the next articles to link; returns the index (for takeLinks) of the first. */
  giveArticles: (args: { articles: ArticleToLink[] }) => number;
  /** The worker's links of article `index`, valid against the gazetteer as it is now; undefined: link it here. */
  takeLinks: (args: { index: number }) => FoundLinks | undefined;
  /** After an article is stored: the entities it added to the gazetteer, sent to the worker. */
  shareAdditions: () => void;
  /** Ends the worker; takeLinks answers undefined from then on (after a rollback the gazetteers differ for good). */
  stop: () => void;
  /** Whether the worker has started and links (it takes ~0.5 s to start). */
  isLinking: () => boolean;
  /** How many articles' links came from the worker so far. */
  countTaken: () => number;
};

/** Starting the worker takes 0.5–1 s of the other core (tsx, the linking modules): worth it from about this many articles. */
export const LINK_AHEAD_MIN = 64;
/** How many articles past this thread's the worker may link: enough to go on while a batch commits, few enough that
 * seldom more than one has to be linked again (bench:ingest: 4 beat 2 and 8). */
const AHEAD = 4;
/** Far longer than linking one article takes: after it this thread links the article itself. */
const ANSWER_LIMIT_MS = 10_000;
const WORKER_ENTRY = path.join(process.cwd(), "lib", "ingest", "link-ahead-worker.mjs");

export function startLinkAhead({ gazetteer }: { gazetteer: Gazetteer }): LinkAhead {
  const slots = new Int32Array(new SharedArrayBuffer(SLOT_COUNT * Int32Array.BYTES_PER_ELEMENT));
  const inbox = new MessageChannel();
  const results = new MessageChannel();
  const data: LinkAheadData = { gazetteer, shared: slots.buffer as SharedArrayBuffer, inbox: inbox.port2, results: results.port2, ahead: AHEAD };
  // Constructed indirectly, as in prepare-in-worker.ts: Next's bundler must not try to bundle the worker's file.
  const worker: Worker = Reflect.construct(Worker, [WORKER_ENTRY, { workerData: data, transferList: [inbox.port2, results.port2] }]);
  worker.unref();
  // a worker that fails is only a worker that does not link: this thread links every article itself
  worker.on("error", () => {});
  let given = 0;
  let sentSize = gazetteer.entries.size;
  let lastIndex = -1;
  let stopped = false;
  const held = new Map<number, LinkAheadResult>();
  let taken = 0;
  const signal = () => {
    Atomics.add(slots, SLOT.signal, 1);
    Atomics.notify(slots, SLOT.signal);
  };
  const send = (message: LinkAheadMessage) => {
    inbox.port1.postMessage(message);
    signal();
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    Atomics.store(slots, SLOT.stop, 1);
    signal();
    inbox.port1.close();
    results.port1.close();
    void worker.terminate();
  };
  return {
    giveArticles: ({ articles }) => {
      const first = given;
      given += articles.length;
      if (!stopped && articles.length) send({ articles });
      return first;
    },
    takeLinks: ({ index }) => {
      if (stopped) return undefined;
      // asked again (a write attempt retried): what was sent no longer says what the gazetteer holds
      if (index <= lastIndex) {
        stop();
        return undefined;
      }
      lastIndex = index;
      Atomics.store(slots, SLOT.at, index);
      signal();
      // still starting: linked here
      if (Atomics.load(slots, SLOT.state) === 0) return undefined;
      const links = receiveLinks({ port: results.port1, slots, index, held, gazetteer });
      if (links) taken++;
      return links;
    },
    shareAdditions: () => {
      if (stopped || gazetteer.entries.size === sentSize) return;
      // addToGazetteer appends: the entries past the size last sent are the new ones, in the order added
      const entries = [...gazetteer.entries.values()].slice(sentSize);
      sentSize = gazetteer.entries.size;
      send({ entries });
    },
    stop,
    isLinking: () => !stopped && Atomics.load(slots, SLOT.state) === 1,
    countTaken: () => taken,
  };
}

/** Whether an entity added since the worker linked (one it did not have) can change the links (canChangeLinks). */
function addedSince({ gazetteer, result }: { gazetteer: Gazetteer; result: LinkAheadResult }): boolean {
  if (result.size === gazetteer.entries.size) return false;
  if (result.size > gazetteer.entries.size) return true;
  const symbols = new Set(result.symbols);
  let n = 0;
  for (const entry of gazetteer.entries.values()) if (n++ >= result.size && canChangeLinks({ entry, symbols, dates: result.dates })) return true;
  return false;
}

/**
 * The worker's links for article `index` if they are valid against `gazetteer` now, else undefined. Results come in
 * order of linking, an article's again when the worker linked it again (once it has the entities that make its
 * first links out of date, it finds them so too: canChangeLinks): the latest counts, older articles' are dropped,
 * later ones kept (in `held`) for their turn. Waits for the worker.
 */
function receiveLinks({
  port,
  slots,
  index,
  held,
  gazetteer,
}: {
  port: MessagePort;
  slots: Int32Array;
  index: number;
  held: Map<number, LinkAheadResult>;
  gazetteer: Gazetteer;
}): FoundLinks | undefined {
  for (const i of held.keys()) if (i < index) held.delete(i);
  const until = performance.now() + ANSWER_LIMIT_MS;
  for (;;) {
    const posted = Atomics.load(slots, SLOT.posted);
    for (let m; (m = receiveMessageOnPort(port));) {
      const result = m.message as LinkAheadResult;
      if (result.index >= index) held.set(result.index, result);
    }
    const result = held.get(index);
    if (result) {
      // refused: linked here again, which gives the refusal
      if (!result.links) return undefined;
      // out of date: the worker links it again (this thread's linking code, seldom run, is several times slower)
      if (!addedSince({ gazetteer, result })) return result.links;
    }
    const left = until - performance.now();
    if (Atomics.load(slots, SLOT.state) !== 1 || left <= 0) return undefined;
    Atomics.wait(slots, SLOT.posted, posted, left);
  }
}
