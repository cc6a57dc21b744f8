import type { Gazetteer } from "./gazetteer";
import { textNamedByNoun, withoutBrackets } from "./find-outcome-texts";
import type { FoundMention, GazetteerEntry, MentionFinderInput } from "./types";

/**
 * The kinds of text or body a body or process makes that news names without the title, each with the words the
 * atlas's own title of such a thing uses. (Not declarations and statements: a body issues many, and "said in a
 * statement" names none; a meeting's one declaration is read in find-outcome-texts.)
 */
const PART_KINDS: { noun: RegExp; title: RegExp }[] = [
  { noun: /\b(?:international\s+)?codes?\s+of\s+conduct\b|行为准则|行為準則|行动规范|行動規範/gi, title: /code of conduct|行为准则/i },
  { noun: /\b(?:international\s+)?guiding\s+principles\b|指导原则|指導原則|国际指针|國際指針/gi, title: /guiding principles|指导原则/i },
  // ("the UN's new AI Advisory Body", "联合国成立人工智能治理咨询机构", "联合国 AI 高级咨询机构")
  { noun: /\badvisory\s+(?:body|board|committee)\b|咨询机构|諮詢機構|咨询委员会/gi, title: /advisory body|咨询机构/i },
  { noun: /\bscientific\s+panel\b|科学小组|科學小組/gi, title: /scientific panel|科学小组/i },
  // ("the Council of Europe's convention on AI", "the UNESCO recommendation"; a body with two treaties links neither)
  { noun: /\b(?:AI\s+|framework\s+)?(?:convention|treaty)\b|公约|公約/gi, title: /convention|公约/i },
  { noun: /\brecommendation\b|建议书|建議書/gi, title: /recommendation|建议书/i },
];

/** How far back (in sentences) the body may have been named: "the G7 … Its code of conduct …". */
const BODY_REACH = 2;
/** How far after the kind word (in characters) the body may stand: "a code of conduct agreed by the G7" (not a list of
 * bodies a sentence later names for another reason: "专家咨询委员会支持，委员会成员由来自欧盟、…联合国…"). */
const AFTER_REACH = 30;

/**
 * "the G7 code of conduct", "广岛AI进程汇总了国际指针和行动规范", "联合国成立人工智能治理咨询机构": a text or body named
 * by its kind beside the body or process that made it is that body's one part of that kind in the atlas (adopted
 * by it or part of it there: the EU, a signatory of the G7's code, has a code of its own). The body must be named in
 * the sentence or just before; a body with two such parts, or none, links nothing, and a kind word inside a name
 * already found is left to that name.
 */
export function findPartsNamedByKind({ text, sentences, mentions, gazetteer }: MentionFinderInput): FoundMention[] {
  const out: FoundMention[] = [];
  for (const [index, s] of sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    for (const kind of PART_KINDS) {
      for (const m of sentence.matchAll(kind.noun)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        const overlaps = (x: FoundMention) => x.start < end && start < x.end;
        if (mentions.some(overlaps) || out.some(overlaps)) continue;
        const from = sentences[Math.max(0, index - BODY_REACH)].start;
        const part = onePartOfNearestBody({ mentions, gazetteer, from, before: end, after: Math.min(s.end, end + AFTER_REACH), title: kind.title });
        if (!part || mentions.some((x) => x.entityId === part.id && x.start >= s.start && x.end <= s.end)) continue;
        out.push(textNamedByNoun({ entityId: part.id, kind: part.kind, noun: m[0], start, sentence, sentenceStart: s.start, form: `${part.nameEn} (by its kind)` }));
      }
    }
  }
  return out;
}

/** The one text or body of the kind `title` says that the atlas says the body named nearest a kind word made (adopted, or holds as part of it). */
function onePartOfNearestBody({
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
  /** and how far it may follow ("a code of conduct agreed by the G7") */
  after: number;
  /** (tested on the names without their brackets: "Governing AI for Humanity (Final Report of the … Advisory Body)" is a report) */
  title: RegExp;
}): GazetteerEntry | null {
  const bodies = mentions
    .filter((m) => (m.kind === "organisation" || m.kind === "initiative") && m.start >= from && m.end <= after && !m.why?.candidates)
    .sort((a, b) => Math.abs(a.start - before) - Math.abs(b.start - before));
  for (const body of bodies) {
    const parts = [...(gazetteer.related.get(body.entityId) ?? [])]
      .map((id) => gazetteer.entries.get(id))
      .filter(
        (e): e is GazetteerEntry =>
          !!e &&
          (e.kind === "initiative" || e.kind === "organisation") &&
          e.status !== "proposed" &&
          !!e.madeByIds?.includes(body.entityId) &&
          title.test(withoutBrackets(`${e.nameEn} ${e.nameZh ?? ""}`)),
      );
    if (parts.length === 1) return parts[0];
    if (parts.length > 1) return null;
  }
  return null;
}
