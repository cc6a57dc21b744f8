import type { Gazetteer } from "./gazetteer";
import type { FoundMention, ProposedEvent, Sentence } from "./types";

/**
 * "2024年5月21日至22日，第二届全球人工智能安全峰会在韩国首尔召开", "leaders met at a global summit in Seoul on Tuesday":
 * a sentence whose date and words the event reader matched to a meeting the atlas holds names that meeting by a
 * phrase of its own ("the second global AI safety summit"), not by one of the atlas's names. That phrase is the
 * meeting, for the statements about it (who hosted it, who attended): a mention for the statement rules, not stored.
 * Only when the sentence dates the meeting by its day or month, has one such phrase, the phrase's kind fits the
 * meeting's names (a summit for a summit), and no name of an event is in the sentence already.
 */

const SUMMIT_ZH = /(?:高峰会|峰会)/;
const MEETING_ZH = /(?:峰会|高峰会|大会|会议|论坛|对话会|研讨班|研讨会)/;
/** 第二届全球人工智能安全峰会, 首届…大会: up to 16 Han characters before the meeting word, none a clause break */
const PHRASE_ZH = new RegExp(`(?:第[一二三四五六七八九十\\d]+届|首届)?[\\u4e00-\\u9fff]{0,16}?${MEETING_ZH.source}`, "g");
/** "a global summit", "the second AI safety summit", "the inaugural meeting", "its first global AI summit" (up to four words before the noun) */
const PHRASE_EN = /\b(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?(summit|conference|meeting|forum|dialogue|workshop)\b/gi;

const isSummit = (word: string) => /summit|峰会/i.test(word);

export function findReportedMeetings({
  text,
  sentences,
  mentions,
  events,
  gazetteer,
}: {
  /** the body in simplified characters (offsets are the body's) */
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  events: ProposedEvent[];
  gazetteer: Gazetteer;
}): FoundMention[] {
  const out: FoundMention[] = [];
  for (const e of events) {
    // (a year alone matches a meeting too loosely to name it: "峰会2023年在英国启动" may be any of a series)
    if (e.matchedEntityId === null || e.precision === "year") continue;
    const entry = gazetteer.entries.get(e.matchedEntityId);
    if (entry?.kind !== "event" || entry.status === "proposed") continue;
    const s = sentences.find((x) => x.start === e.evidenceStart);
    if (!s || out.some((m) => m.evidenceStart === s.start)) continue;
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (inS.some((m) => m.kind === "event")) continue;
    const sentence = text.slice(s.start, s.end);
    const zh = /[\u4e00-\u9fff]/.test(sentence);
    const names = `${entry.nameEn} ${entry.nameZh ?? ""} ${entry.aliases.map((a) => a.alias).join(" ")}`;
    const phrases = [...sentence.matchAll(zh ? PHRASE_ZH : PHRASE_EN)]
      .map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length, word: zh ? (MEETING_ZH.exec(m[0])?.[0] ?? "") : m[1] }))
      // (a phrase that holds or overlaps a name is that name's: 联合国大会 is the Assembly)
      .filter((p) => !inS.some((m) => m.start < p.end && p.start < m.end));
    if (phrases.length !== 1) continue;
    const [p] = phrases;
    if (isSummit(p.word) !== (zh ? SUMMIT_ZH.test(names) : /summit/i.test(names))) continue;
    out.push({
      entityId: entry.id,
      kind: "event",
      surface: text.slice(p.start, p.end),
      start: p.start,
      end: p.end,
      confidence: 0.5,
      method: "pattern",
      evidence: "",
      evidenceStart: s.start,
      why: { matched: text.slice(p.start, p.end), form: `${entry.nameEn} (reported on its date)`, rule: "pattern" },
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
