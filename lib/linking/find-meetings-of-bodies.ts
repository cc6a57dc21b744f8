import type { Gazetteer } from "./gazetteer";
import { textNamedByNoun } from "./find-outcome-texts";
import type { DateMention, FoundMention, GazetteerEntry, Sentence } from "./types";

/** The words that tell one meeting of a body from its others ("side event", "专题会议"), as the meeting's names may use them. */
const QUALIFIERS_EN = "side|thematic|high-level";
const QUALIFIERS_ZH = "专题|高级别";
const QUALIFIER = new RegExp(`\\b(?:${QUALIFIERS_EN})\\b|${QUALIFIERS_ZH}|边会`, "i");
/** The words news uses for one meeting of a body: "a side event of the Group of Friends", "之友小组专题会议". */
const MEETING_EN = new RegExp(`\\b(?:(?:${QUALIFIERS_EN})\\s+)?(?:meeting|event|session|gathering)\\b`, "gi");
const MEETING_ZH = new RegExp(`(?:${QUALIFIERS_ZH}|首次)?(?:会议|边会|会)`, "g");
/** "a side event of the Group of Friends …" (the body right after the noun) */
const OF_BODY_EN = /^\s+(?:of|by|organi[sz]ed by|convened by|held by)\s+(?:the\s+)?$/i;
/** "the sixth meeting of the GPAI Ministerial Council": a name that goes on is another body's (the body's organ) */
const LONGER_NAME_EN = /^\s+[A-Z][a-z]/;
/** "the Group of Friends' meeting", "之友小组专题会议", "之友小组的首次会议" (the body right before it) */
const BODY_BEFORE_EN = /^(?:['’]s?)?\s+(?:(?:first|second|third|latest|new|recent)\s+)?$/i;
const BODY_BEFORE_ZH = /^(?:的)?$/;
/** A meeting reported without a day of its own is the body's meeting held this many days before the article at most. */
const DAYS_BEFORE = 7;

const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * "China and Zambia on Tuesday jointly held a side event of the Group of Friends …", "之友小组专题会议": a meeting
 * named by its kind beside the body it belongs to is the body's meeting the atlas holds (part of that body there)
 * on the day the sentence states, or, when it states none, held in the week before the article's date; in an article
 * without a date of its own, the one meeting whose names use the kind's telling word ("side event"). Two such
 * meetings, or none, link nothing.
 */
export function findMeetingsOfBodies({
  text,
  sentences,
  mentions,
  dates,
  gazetteer,
  publishedAt,
}: {
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  dates: DateMention[];
  gazetteer: Gazetteer;
  /** the article's own date (null when it states none) */
  publishedAt: string | null;
}): FoundMention[] {
  const out: FoundMention[] = [];
  // (only bodies the atlas holds meetings of: most articles name none, and then no sentence is read)
  const bodies = mentions.filter((m) => m.kind === "organisation" && !m.why?.candidates && meetingsOf({ gazetteer, bodyId: m.entityId }).length);
  if (!bodies.length) return out;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const zh = /[\u4e00-\u9fff]/.test(sentence);
    for (const m of sentence.matchAll(zh ? MEETING_ZH : MEETING_EN)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      const body = bodies.find(
        (b) =>
          b.start >= s.start &&
          b.end <= s.end &&
          ((b.end <= start && (zh ? BODY_BEFORE_ZH : BODY_BEFORE_EN).test(text.slice(b.end, start))) ||
            (!zh && b.start >= end && OF_BODY_EN.test(text.slice(end, b.start)) && !LONGER_NAME_EN.test(text.slice(b.end, b.end + 20)))),
      );
      if (!body) continue;
      const stated = dates.filter((d) => d.start >= s.start && d.end <= s.end && d.precision === "day").map((d) => d.date);
      const meeting = oneMeetingOf({ gazetteer, bodyId: body.entityId, stated, publishedAt, kind: m[0] });
      if (!meeting || out.some((x) => x.entityId === meeting.id && x.evidenceStart === s.start)) continue;
      out.push(textNamedByNoun({ entityId: meeting.id, kind: "event", noun: m[0], start, sentence, sentenceStart: s.start, form: `${meeting.nameEn} (by its kind)` }));
    }
  }
  return out;
}

/** The meetings the atlas holds as part of a body, each with its day. */
function meetingsOf({ gazetteer, bodyId }: { gazetteer: Gazetteer; bodyId: number }): GazetteerEntry[] {
  return [...(gazetteer.related.get(bodyId) ?? [])]
    .map((id) => gazetteer.entries.get(id))
    .filter((e): e is GazetteerEntry => !!e && e.kind === "event" && e.status !== "proposed" && !!e.madeByIds?.includes(bodyId) && e.date?.length === 10);
}

function oneMeetingOf({
  gazetteer,
  bodyId,
  stated,
  publishedAt,
  kind,
}: {
  gazetteer: Gazetteer;
  bodyId: number;
  stated: string[];
  publishedAt: string | null;
  /** the words the sentence names the meeting by ("side event", "会议") */
  kind: string;
}): GazetteerEntry | null {
  const meetings = meetingsOf({ gazetteer, bodyId });
  // (an article with no date of its own: only a kind the meeting's own names use, "a side event" of a body the atlas
  // holds one side event of, tells which)
  const qualifier = QUALIFIER.exec(kind)?.[0].toLowerCase();
  const fits = stated.length
    ? meetings.filter((e) => stated.includes(e.date!))
    : publishedAt
      ? meetings.filter((e) => {
          const gap = dayNumber(publishedAt) - dayNumber(e.date!);
          return gap >= 0 && gap <= DAYS_BEFORE;
        })
      : qualifier
        ? meetings.filter((e) => [e.nameEn, e.nameZh ?? "", ...e.aliases.map((a) => a.alias)].some((n) => n.toLowerCase().includes(qualifier)))
        : [];
  return fits.length === 1 ? fits[0] : null;
}
