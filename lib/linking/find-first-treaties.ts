import { earliestEntry, type Gazetteer } from "./gazetteer";
import { descriptionMention } from "./pattern-mention";
import type { FoundMention, GazetteerEntry } from "./types";

/**
 * "the world's first treaty on AI", "the first legally binding international treaty on artificial intelligence",
 * "the first legally-binding treaty that will tackle threats posed by artificial intelligence", "the first-ever
 * international legally binding treaty aimed at ensuring that the use of AI systems …",
 * "全球首个具有法律约束力的人工智能国际公约": news names the first AI treaty by what it is. The earliest treaty the
 * atlas holds (an initiative named a Convention or a Treaty on AI) is that one; when the atlas holds none, nothing.
 */

const FIRST_TREATY_EN =
  /\bfirst(?:[- ]ever)?\s+(?:(?:legally[- ]binding|binding|international|global|multilateral|intergovernmental|comprehensive),?\s+){0,3}(?:(?:treaty|convention)\s+(?:on|governing|regulating|about)\s+(?:the\s+use\s+of\s+)?(?:artificial intelligence|AI)\b|(?:treaty|convention)\s+(?:that|which|to|aimed\s+at|designed\s+to|intended\s+to)\s+[^.;:!?]{0,50}?\b(?:artificial intelligence|AI)\b|AI\s+(?:treaty|convention)\b)(?!\s+(?:in|for)\s+(?:the\s+)?military)/gi;
/**
 * "UK and US among first signatories of global AI treaty", "preparing to sign an international treaty on artificial
 * intelligence": without "first", the one AI treaty there is, when the atlas holds only one; not one called for or
 * proposed ("calls for a global treaty on AI", "a new international AI treaty"), nor a loose word for a text just
 * named ("signed the Bletchley Declaration, a global convention on AI": a treaty only, and not after ", a").
 */
const GLOBAL_TREATY_EN =
  /\b(?:global|international)\s+(?:(?:legally[- ]binding|binding)\s+)?(?:AI\s+treaty|treaty\s+on\s+(?:artificial intelligence|AI))\b(?!\s+(?:in|for)\s+(?:the\s+)?military)/gi;
const CALLED_FOR_BEFORE =
  /\b(?:call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing|al\s+for)|negotiat(?:e|es|ed|ing)\s+|new|future|possible|potential|eventual|proposed|draft)\s+(?:an?\s+|the\s+)?(?:new\s+)?$|,\s+an?\s+$/i;
const FIRST_TREATY_ZH = /首[个部份项][^，。；、,;]{0,10}?(?:人工智能|AI)[^，。；、,;]{0,6}?(?:公约|条约)/g;
const TREATY_NAME = /\b(?:Convention|Treaty)\b/;
const AI_NAME = /\bArtificial Intelligence\b|\bAI\b/;

const isAiTreaty = (e: GazetteerEntry) => e.kind === "initiative" && TREATY_NAME.test(e.nameEn) && AI_NAME.test(e.nameEn);

/**
 * The atlas's AI treaties, read once per gazetteer: the earliest, and whether it holds exactly one (accepted: a
 * proposed one is not yet the atlas's).
 */
const cache = new WeakMap<Gazetteer, { first: GazetteerEntry | null; only: boolean }>();
function treatiesOf(gazetteer: Gazetteer): { first: GazetteerEntry | null; only: boolean } {
  let found = cache.get(gazetteer);
  if (found) return found;
  let accepted = 0;
  for (const e of gazetteer.entries.values()) if (e.status !== "proposed" && isAiTreaty(e)) accepted++;
  found = { first: earliestEntry({ entries: gazetteer.entries.values(), fits: isAiTreaty }), only: accepted === 1 };
  cache.set(gazetteer, found);
  return found;
}

export function findFirstTreaties({ gazetteer, text, mentions }: { gazetteer: Gazetteer; text: string; mentions: FoundMention[] }): FoundMention[] {
  const { first: treaty, only } = treatiesOf(gazetteer);
  if (!treaty) return [];
  const out: FoundMention[] = [];
  const theOnly = only ? [...text.matchAll(GLOBAL_TREATY_EN)].filter((m) => !CALLED_FOR_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) : [];
  for (const m of [...text.matchAll(FIRST_TREATY_EN), ...text.matchAll(FIRST_TREATY_ZH), ...theOnly]) {
    const start = m.index!;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && start < x.end && x.kind !== "country")) continue;
    out.push(descriptionMention({ entityId: treaty.id, kind: "initiative", surface: m[0], start, form: `${treaty.nameEn} (the first AI treaty)` }));
  }
  return out;
}
