import type { Gazetteer } from "./gazetteer";
import { textNamedByNoun } from "./find-outcome-texts";
import type { FoundMention, GazetteerEntry, Sentence } from "./types";

/**
 * The kinds of text a body or process issues that news names without the title, each with the words the atlas's
 * own title of such a text uses. (Not declarations and statements: a body issues many, and "said in a statement"
 * names none; a meeting's one declaration is read in find-outcome-texts.)
 */
const TEXT_KINDS: { noun: RegExp; title: RegExp }[] = [
  { noun: /\b(?:international\s+)?codes?\s+of\s+conduct\b|行为准则|行為準則|行动规范|行動規範/gi, title: /code of conduct|行为准则/i },
  { noun: /\b(?:international\s+)?guiding\s+principles\b|指导原则|指導原則|国际指针|國際指針/gi, title: /guiding principles|指导原则/i },
];

/** How far back (in sentences) the body may have been named: "the G7 … Its code of conduct …". */
const BODY_REACH = 2;

/**
 * "the G7 code of conduct", "广岛AI进程汇总了国际指针和行动规范", "七国集团…达成一套行为准则": a text named by its kind
 * beside the body or process that made it is that body's one text of that kind in the atlas (adopted by it or part of
 * it there: the EU, a signatory of the G7's code, has a code of its own).
 * The body must be named in the sentence or just before; a body with two such texts, or none, links nothing, and
 * a kind word inside a name already found is left to that name.
 */
export function findBodyTexts({ text, sentences, mentions, gazetteer }: { text: string; sentences: Sentence[]; mentions: FoundMention[]; gazetteer: Gazetteer }): FoundMention[] {
  const out: FoundMention[] = [];
  for (const [index, s] of sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    for (const kind of TEXT_KINDS) {
      for (const m of sentence.matchAll(kind.noun)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (mentions.some((x) => x.start < end && start < x.end)) continue;
        const from = sentences[Math.max(0, index - BODY_REACH)].start;
        const text = oneTextOfNearestBody({ mentions, gazetteer, from, before: end, after: s.end, title: kind.title });
        if (!text || mentions.some((x) => x.entityId === text.id && x.start >= s.start && x.end <= s.end)) continue;
        out.push(textNamedByNoun({ entityId: text.id, kind: "initiative", noun: m[0], start, sentence, sentenceStart: s.start, form: `${text.nameEn} (by its kind)` }));
      }
    }
  }
  return out;
}

/** The one text of the kind `title` says that the atlas says the body named nearest a kind word made (adopted, or holds as part of it). */
function oneTextOfNearestBody({
  mentions,
  gazetteer,
  from,
  before,
  after,
  title,
}: {
  mentions: FoundMention[];
  gazetteer: Gazetteer;
  /** where the body may first be named, */
  from: number;
  /** the kind word's end, */
  before: number;
  /** and the end of its sentence (the body may follow: "a code of conduct agreed by the G7") */
  after: number;
  title: RegExp;
}): GazetteerEntry | null {
  const bodies = mentions
    .filter((m) => (m.kind === "organisation" || m.kind === "initiative") && m.start >= from && m.end <= after && !m.why?.candidates)
    .sort((a, b) => Math.abs(a.start - before) - Math.abs(b.start - before));
  for (const body of bodies) {
    const texts = [...(gazetteer.related.get(body.entityId) ?? [])]
      .map((id) => gazetteer.entries.get(id))
      .filter(
        (e): e is GazetteerEntry =>
          !!e && e.kind === "initiative" && e.status !== "proposed" && !!e.madeByIds?.includes(body.entityId) && title.test(`${e.nameEn} ${e.nameZh ?? ""}`),
      );
    if (texts.length === 1) return texts[0];
    if (texts.length > 1) return null;
  }
  return null;
}
