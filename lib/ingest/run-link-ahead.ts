import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { addToGazetteer, normaliseSymbol, type Gazetteer } from "@/lib/linking/gazetteer";
import { datesOverlap } from "@/lib/linking/resolve-dates";
import type { GazetteerEntry } from "@/lib/linking/types";
import type { ExtractedArticle } from "./extract-article";
import { linkWithinLimits, type FoundLinks } from "./link-within-limits";

// Kept apart from ingest-article.ts (the write): the link-ahead worker thread runs this, and must not load the
// write path's server-only modules.

/** The slots of the Int32Array the two threads share. */
export const SLOT = {
  /** main → worker: the index of the article the main thread is at (linking or storing it) */
  at: 0,
  /** main → worker: bumped with every message and every change of `at` (the worker sleeps on it) */
  signal: 1,
  /** worker → main: bumped with every result posted (the main thread sleeps on it) */
  posted: 2,
  /** worker → main: 1 once the worker links, 2 once it has ended */
  state: 3,
  /** main → worker: 1 when the worker is to end */
  stop: 4,
} as const;
export const SLOT_COUNT = 5;

export type LinkAheadData = {
  gazetteer: Gazetteer;
  shared: SharedArrayBuffer;
  /** main → worker, in order: { articles } to link next, { entries } the main thread added to its gazetteer */
  inbox: MessagePort;
  /** worker → main: one LinkAheadResult per article, in order */
  results: MessagePort;
  /** how many articles past the main thread's the worker may link */
  ahead: number;
};

export type ArticleToLink = Pick<ExtractedArticle, "body" | "publishedAt" | "language">;
export type LinkAheadMessage = { articles: ArticleToLink[] } | { entries: GazetteerEntry[] };

/**
 * `size`: the worker's gazetteer size when it linked (it had the main thread's first `size` entries); `symbols`
 * and `dates`: the symbols linking looked up (bySymbol) and the dates it asked for dated candidates about, the only
 * ways an added (proposed) entity reaches linking (link-ahead.ts). `links` null: linking refused the article.
 */
export type LinkAheadResult = { index: number; size: number; links: FoundLinks | null; symbols: string[]; dates: string[] };

/**
 * Whether adding `entry` to the gazetteer can change links that looked up `symbols` and asked about `dates`. Every
 * entity a batch ingest adds is a proposed one, which no name in the trie and no pass over the entries reaches (they
 * all leave proposed entities out): only a lookup of its symbol, or the dated candidates of a date within a day of
 * its own (event matching), do. Anything else: assumed to.
 */
export function canChangeLinks({ entry, symbols, dates }: { entry: GazetteerEntry; symbols: Set<string>; dates: string[] }): boolean {
  if (entry.status !== "proposed") return true;
  if (entry.symbol && symbols.has(normaliseSymbol(entry.symbol))) return true;
  const date = entry.date;
  return !!date && dates.some((asked) => datesOverlap(asked, date, 1));
}

/** A map that remembers the keys asked of it. */
class KeyRecordingMap<K, V> extends Map<K, V> {
  readonly asked = new Set<K>();
  override get(key: K): V | undefined {
    this.asked.add(key);
    return super.get(key);
  }
}

/**
 * Inside the worker: links the articles in order, up to `ahead` past the main thread's, against a copy of the main
 * thread's gazetteer kept in step with the entities the main thread adds, and says which symbols and dates each
 * link looked up. A link sent but not yet taken that an entity added since can change is linked again first (the
 * main thread waits for it). Sleeps when it has nothing to do; ends when told.
 */
export function runLinkAhead({ gazetteer, shared, inbox, results, ahead }: LinkAheadData): void {
  const slots = new Int32Array(shared);
  const articles: ArticleToLink[] = [];
  // the links sent and not yet passed by the main thread, by index (in index order)
  const sent = new Map<number, { symbols: Set<string>; dates: string[]; stale: boolean }>();
  let next = 0;
  const bySymbol = new KeyRecordingMap(gazetteer.bySymbol);
  const datesAsked = new Set<string>();
  gazetteer.bySymbol = bySymbol;
  gazetteer.datesAsked = datesAsked;
  const link = (index: number) => {
    bySymbol.asked.clear();
    datesAsked.clear();
    const links = linkOrNull({ article: articles[index], gazetteer });
    const result: LinkAheadResult = { index, size: gazetteer.entries.size, links, symbols: [...bySymbol.asked], dates: [...datesAsked] };
    sent.set(index, { symbols: new Set(result.symbols), dates: result.dates, stale: false });
    results.postMessage(result);
    Atomics.add(slots, SLOT.posted, 1);
    Atomics.notify(slots, SLOT.posted);
  };
  Atomics.store(slots, SLOT.state, 1);
  try {
    while (!Atomics.load(slots, SLOT.stop)) {
      const signal = Atomics.load(slots, SLOT.signal);
      // `at` read before the inbox: the entities added before the main thread reached `at` were posted before it
      const at = Atomics.load(slots, SLOT.at);
      const added: GazetteerEntry[] = [];
      for (let m; (m = receiveMessageOnPort(inbox));) {
        const message = m.message as LinkAheadMessage;
        if ("articles" in message) articles.push(...message.articles);
        else
          for (const entry of message.entries) {
            addToGazetteer(gazetteer, entry);
            added.push(entry);
          }
      }
      for (const [index, s] of sent) {
        if (index < at) sent.delete(index);
        else if (!s.stale && added.some((entry) => canChangeLinks({ entry, symbols: s.symbols, dates: s.dates }))) s.stale = true;
      }
      // out of date first, the one the main thread is at (and waits for) before the others
      const stale = [...sent].find(([index, s]) => s.stale && index >= at);
      if (stale) {
        link(stale[0]);
        continue;
      }
      // the main thread linked these itself (before this worker was ready)
      if (next < at) next = at;
      if (next < articles.length && next <= at + ahead) {
        link(next);
        next++;
        continue;
      }
      Atomics.wait(slots, SLOT.signal, signal);
    }
  } finally {
    Atomics.store(slots, SLOT.state, 2);
    Atomics.notify(slots, SLOT.posted);
  }
}

/** null when linking refused the article: the main thread links it again and gives that refusal itself. */
function linkOrNull({ article, gazetteer }: { article: ArticleToLink; gazetteer: Gazetteer }): FoundLinks | null {
  try {
    return linkWithinLimits({ article, gazetteer });
  } catch {
    return null;
  }
}
