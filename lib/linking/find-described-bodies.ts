import type { Gazetteer } from "./gazetteer";
import type { DescribedReferenceInput } from "./find-establishing-resolutions";
import { textNamedByNoun } from "./find-outcome-texts";
import type { FoundMention, GazetteerEntry } from "./types";

/**
 * The act of founding or proposing a body, then the body described ("proposed the creation of an international
 * organization", "wanted to create an organisation", "to form an international AI cooperation body", "announcing the
 * establishment of a Chinese-led body"): up to five words describe it between the article and the head noun.
 */
const FOUNDED_BODY =
  /\b(?:propos(?:e|ed|es|ing|al for)|creat(?:e|ed|es|ing)|establish(?:ed|es|ing)?|set(?:s|ting)? up|form(?:ed|s|ing)?|build(?:s|ing)?|launch(?:ed|es|ing)?|(?:creation|establishment|formation|launch) of)\s+(?:(?:the\s+)?(?:creation|establishment|formation)\s+of\s+)?(?:(?:an?|the)\s+)?((?:new\s+)?(?:[\w-]+\s+){0,5}?(?:organi[sz]ation|body))\b/gi;
/** What the description must say the body is for: AI, and co-operation among states. */
const ABOUT_AI = /\bAI\b|\bA\.I\.|artificial intelligence/i;
const ABOUT_COOPERATION = /\bco-?operat(?:ion|e|ing)\b|\bcoordinat(?:e|ion|ing)\b/i;
/** How far past the head noun the description may go ("… aimed at promoting global cooperation on AI") */
const AFTER_HEAD = 90;

/** per gazetteer (a batch adds only proposed entities, which are left out): its bodies for co-operation */
const cache = new WeakMap<Gazetteer, GazetteerEntry[]>();

/** The atlas's bodies for co-operation ("World AI Cooperation Organization"): a kind word last, co-operation in the name. */
function cooperationBodies({ gazetteer, publishedAt }: { gazetteer: Gazetteer; publishedAt: string | null }): GazetteerEntry[] {
  let bodies = cache.get(gazetteer);
  if (!bodies) {
    bodies = [...gazetteer.entries.values()].filter(
      (e) =>
        (e.kind === "initiative" || e.kind === "organisation") &&
        e.status !== "proposed" &&
        /\b(?:organi[sz]ation|body)$/i.test(e.nameEn.replace(/\s*\([^)]*\)\s*$/, "")) &&
        /co-?operation/i.test(e.nameEn) &&
        ABOUT_AI.test(e.nameEn),
    );
    cache.set(gazetteer, bodies);
  }
  // proposed on its date: an article before it cannot mean it
  return bodies.filter((e) => !publishedAt || !e.date || e.date.slice(0, 10) <= publishedAt.slice(0, 10));
}

/**
 * "China proposed the creation of an international organization aimed at promoting global cooperation on AI",
 * "Li Qiang urged the global community to form an international AI cooperation body": a body for AI co-operation
 * that a sentence says is being founded or proposed, without its name. Read as a mention of the atlas's one body
 * of that kind proposed by the article's date (none when there are two: a guess).
 */
export function findDescribedBodies({ text, sentences, mentions, publishedAt, gazetteer }: DescribedReferenceInput): FoundMention[] {
  const candidates = cooperationBodies({ gazetteer, publishedAt });
  if (candidates.length !== 1) return [];
  const body = candidates[0];
  if (mentions.some((m) => m.entityId === body.id)) return [];
  // the article names one the atlas relates the body to (its proposer, the meeting it was proposed at)
  const related = gazetteer.related.get(body.id);
  if (!mentions.some((m) => related?.has(m.entityId))) return [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(FOUNDED_BODY)) {
      const start = s.start + m.index + m[0].length - m[1].length;
      const end = s.start + m.index + m[0].length;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      const described = text.slice(start, Math.min(s.end, end + AFTER_HEAD)).split(/[;；]/)[0];
      if (!ABOUT_AI.test(described) || !ABOUT_COOPERATION.test(described)) continue;
      return [
        textNamedByNoun({
          entityId: body.id,
          kind: body.kind,
          noun: text.slice(start, end),
          start,
          sentence,
          sentenceStart: s.start,
          form: `${body.nameEn} (a body for AI co-operation, proposed)`,
        }),
      ];
    }
  }
  return [];
}
