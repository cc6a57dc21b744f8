import type { Gazetteer } from "./gazetteer";
import { textNamedByNoun } from "./find-outcome-texts";
import type { FoundMention, GazetteerEntry, MentionFinderInput } from "./types";

/** "an executive order", "the Executive Order" (not "executive orders" in general). */
const ORDER = /\bexecutive\s+order\b(?!s)/gi;
const AI_WORDS = /\bAI\b|\bartificial\s+intelligence\b/i;
/** Capitalised words of an order's names that say what it is, not whose it is. */
const ORDER_WORDS = new Set(["Executive", "Order", "President", "American", "White", "House", "Artificial", "Intelligence"]);

type Order = { entry: GazetteerEntry; owners: string[]; ownerPattern: RegExp };

const ordersCache = new WeakMap<Gazetteer, Order[]>();
/**
 * The atlas's executive orders (initiatives whose English name says so), each with the names its aliases give it
 * that its title does not: whose order it is ("Biden AI Executive Order" → "Biden").
 */
function ordersOf({ gazetteer }: { gazetteer: Gazetteer }): Order[] {
  let orders = ordersCache.get(gazetteer);
  if (orders) return orders;
  orders = [];
  for (const entry of gazetteer.entries.values()) {
    if (entry.kind !== "initiative" || entry.status === "proposed" || !/\bexecutive order\b/i.test(entry.nameEn)) continue;
    const title = new Set(entry.nameEn.split(/[\s,]+/));
    const owners = [...new Set(entry.aliases.flatMap((a) => a.alias.split(/[\s,]+/)).filter((w) => /^[A-Z][a-z]{2,}$/.test(w) && !title.has(w) && !ORDER_WORDS.has(w)))];
    // (the owners' names are capitalised words of letters only: nothing to escape)
    if (owners.length) orders.push({ entry, owners, ownerPattern: new RegExp(`\\b(?:${owners.join("|")})\\b`) });
  }
  ordersCache.set(gazetteer, orders);
  return orders;
}

/**
 * "Biden's wide-ranging executive order on Artificial Intelligence", "Mr Biden signed an executive order on AI": an
 * executive order about AI, in a sentence that names whose it is, is the one order the atlas's names give to that
 * person. Only English: the atlas holds no Chinese form of the names it goes by. Nothing when no order, or more than
 * one, goes by that name.
 */
export function findExecutiveOrders({ text, sentences, mentions, gazetteer }: MentionFinderInput): FoundMention[] {
  const orders = ordersOf({ gazetteer });
  if (!orders.length) return [];
  const out: FoundMention[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!AI_WORDS.test(sentence)) continue;
    for (const m of sentence.matchAll(ORDER)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      const whose = orders.filter(({ ownerPattern }) => ownerPattern.test(sentence));
      if (whose.length !== 1 || mentions.some((x) => x.entityId === whose[0].entry.id && x.start >= s.start && x.end <= s.end)) continue;
      const { entry, owners } = whose[0];
      out.push(textNamedByNoun({ entityId: entry.id, kind: entry.kind, noun: m[0], start, sentence, sentenceStart: s.start, form: `${entry.nameEn} (${owners.join(", ")}'s)` }));
      break;
    }
  }
  return out;
}
