import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { normaliseSymbol, type Gazetteer } from "@/lib/linking/gazetteer";
import { datesOverlap } from "@/lib/linking/resolve-dates";
import type { FoundLinks } from "./link-within-limits";
import { SLOT, SLOT_COUNT, type ArticleToLink, type LinkAheadData, type LinkAheadMessage, type LinkAheadResult } from "./run-link-ahead";

/**
 * A batch ingest links each article just before storing it, against the gazetteer as the articles before it left
 * it, and linking is more than half of the work: a worker thread links the next articles while this thread stores,
 * against a copy of the gazetteer kept in step (run-link-ahead.ts). Its links are used when its gazetteer was this
 * one's then, or lacked only entities that cannot change them (addedSince); otherwise, and whenever it has not
 * linked the article, the article is linked here as before. The links are the same either way.
 */
export type LinkAhead = {
  /** Hands the worker the next articles to link; returns the index (for takeLinks) of the first. */
  giveArticles: (args: { articles: ArticleToLink[] }) => number;
  /** The links of article `index` if the worker's are valid against the gazetteer as it is now; else undefined. */
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

/** Starting the worker costs ~0.5 s of the other core: worth it from about this many articles. */
export const LINK_AHEAD_MIN = 64;
/** How many articles past this thread's the worker may link: a few, as each may have to be linked again here. */
const AHEAD = 2;
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
  const held: LinkAheadResult[] = [];
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
      const result = receiveResult({ port: results.port1, slots, index, held });
      if (!result?.links || addedSince({ gazetteer, result })) return undefined;
      taken++;
      return result.links;
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

/**
 * Whether an entity added since the worker linked (one it did not have) can change the links. Every added entity
 * is a proposed one, which no name in the trie and no pass over the entries reaches (they all leave proposed
 * entities out); only a lookup of its symbol, or the dated candidates of a date within a day of its own (event
 * matching), do. Anything else added: assumed to.
 */
function addedSince({ gazetteer, result }: { gazetteer: Gazetteer; result: LinkAheadResult }): boolean {
  if (result.size === gazetteer.entries.size) return false;
  if (result.size > gazetteer.entries.size) return true;
  const symbols = new Set(result.symbols);
  let n = 0;
  for (const e of gazetteer.entries.values()) {
    if (n++ < result.size) continue;
    if (e.status !== "proposed") return true;
    if (e.symbol && symbols.has(normaliseSymbol(e.symbol))) return true;
    const date = e.date;
    if (date && result.dates.some((asked) => datesOverlap(asked, date, 1))) return true;
  }
  return false;
}

/**
 * The worker's result for article `index`, or undefined. Results come in order: older ones (articles linked here)
 * are dropped; a later one means the worker has none for `index`, and is held for its turn.
 */
function receiveResult({ port, slots, index, held }: { port: MessagePort; slots: Int32Array; index: number; held: LinkAheadResult[] }): LinkAheadResult | undefined {
  while (held.length && held[0].index < index) held.shift();
  if (held.length) return held[0].index === index ? held.shift() : undefined;
  const until = performance.now() + ANSWER_LIMIT_MS;
  for (;;) {
    const posted = Atomics.load(slots, SLOT.posted);
    for (let m; (m = receiveMessageOnPort(port));) {
      const result = m.message as LinkAheadResult;
      if (result.index === index) return result;
      if (result.index > index) {
        held.push(result);
        return undefined;
      }
    }
    const left = until - performance.now();
    if (Atomics.load(slots, SLOT.state) !== 1 || left <= 0) return undefined;
    Atomics.wait(slots, SLOT.posted, posted, left);
  }
}
