import { meetingReportedNear, NAMED_SETTING_EN, SETTING_END_EN, SETTING_OPENING_EN } from "./read-event-speakers";
import { HEDGE_EN, OFFICIAL_AFTER_EN, OTHER_MEETING, saysRefusal, tookPartIn } from "./relation-patterns";
import { mentionsBySentence } from "./sentences";
import type { EventStatementInput, FoundMention, FoundRelation, Sentence } from "./types";

/**
 * A state whose official a sentence set at a meeting names was there: "During the Seoul AI Summit in May this year,
 * Singapore's Prime Minister Lawrence Wong highlighted …", "On 26 July 2025, at the World AI Conference in Shanghai,
 * Chinese Premier Li Qiang proposed …", "In the margins of REAIM 2026, the director met with Kenya's Cabinet
 * Secretary for Defence", "At the summit, Kenya's envoy and Canada's minister discussed …". The official is the
 * main clause's subject (or one joined to it by "and"), or someone met there. So does a state someone represents at a
 * meeting ("will represent Kenya at the Summit") or whose delegation someone leads to it ("led the Vietnamese
 * delegation to the AI Action Summit"). English only: the Chinese forms are read by readEventSpeakers (代表 … 在会上发言).
 */

/** "At the summit,", "On the sidelines of the conference,": a setting that leaves the meeting to the sentences before. */
const SETTING_UNNAMED = new RegExp(
  String.raw`${SETTING_OPENING_EN}(?:the|this|that)\s+(?:(?:high-level|two-day|annual|plenary|opening|closing)\s+)?(?:meeting|session|summit|conference|forum|dialogue|talks)\b[^,.;:]{0,40},\s*`,
  "i",
);
/** Where the official stands in the main clause: its subject, one joined to it, or someone met there. */
const PRESENT_BEFORE = /(?:^\s*|(?:\band|\bmet(?:\s+with)?|\b(?:talks|meetings?)\s+with|\bjoined\s+by|\bwelcomed)\s+)(?:the\s+)?$/;

/** "will represent Kenya at the summit", "represented the United States at the REAIM summit": before and after the state */
const REPRESENTS_BEFORE = /\brepresent(?:s|ed|ing)?\s+(?:the\s+)?$/;
/** "led the Vietnamese delegation to the AI Action Summit", "will lead the Canadian delegation to the annual summit of …" */
const LEADS_DELEGATION_BEFORE = /\b(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:the|a|an)\s+$/;
const DELEGATION_AFTER = /^\s+delegation\b/;
/** (then the meeting: "at the", "to attend the", "to the annual summit of the") */
const TO_THE_MEETING = /^[^.;:!?]{0,16}?\b(?:at|to|to attend)\s+(?:the\s+)?(?:(?:annual|high-level|first|second|third)\s+)*/;
const MEETING_WORD = /^(?:summit|meeting|talks|conference|debate|gathering|forum|session|ceremony|dialogue)\b/i;

export function readOfficialsPresent({ text, source, sentences, mentions, reportedEvents }: EventStatementInput): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!reportedEvents.length && !mentions.some((m) => m.kind === "event")) return out;
  const bySentence = mentionsBySentence({ sentences, mentions });
  sentences.forEach((s, index) => {
    const local = text.slice(s.start, s.end);
    if (/[\u4e00-\u9fff]/.test(local)) return;
    out.push(...readRepresentatives({ text, source, s, index, sentences, mentions, reportedEvents, inSentence: bySentence[index] }));
    const setting = settingOf({ text, s, index, sentences, mentions, reportedEvents, inSentence: bySentence[index] });
    if (!setting) return;
    const clause = text.slice(setting.mainStart, s.end).split(";")[0];
    if (saysRefusal(clause) || HEDGE_EN.test(clause)) return;
    for (const m of bySentence[index]) {
      if (m.kind !== "country" || m.start < setting.mainStart || m.start >= setting.mainStart + clause.length) continue;
      if (!OFFICIAL_AFTER_EN.test(text.slice(m.end, m.end + 40))) continue;
      if (!PRESENT_BEFORE.test(text.slice(setting.mainStart, m.start))) continue;
      out.push(tookPartIn({ source, s, subjectId: m.entityId, eventId: setting.eventId, start: m.start, end: Math.min(s.end, m.end + 30) }));
    }
  });
  return out;
}

/** The meeting a sentence is set at and where its main clause starts, if it opens with such a setting. */
function settingOf({
  text,
  s,
  index,
  sentences,
  mentions,
  reportedEvents,
  inSentence,
}: Omit<EventStatementInput, "source"> & { s: Sentence; index: number; inSentence: FoundMention[] }): { eventId: number; mainStart: number } | undefined {
  const named = inSentence.find((m) => m.kind === "event" && NAMED_SETTING_EN.test(text.slice(s.start, m.start)));
  if (named) {
    if (OTHER_MEETING.test(text.slice(s.start, named.start))) return undefined;
    const after = SETTING_END_EN.exec(text.slice(named.end, s.end));
    return after ? { eventId: named.entityId, mainStart: named.end + after[0].length } : undefined;
  }
  const unnamed = SETTING_UNNAMED.exec(text.slice(s.start, s.end));
  if (!unnamed || OTHER_MEETING.test(unnamed[0])) return undefined;
  const eventId = meetingReportedNear({ sentences, index, mentions, reportedEvents });
  return eventId === undefined ? undefined : { eventId, mainStart: s.start + unnamed[0].length };
}

/** A state someone represents at a meeting, or whose delegation someone leads to it, took part in it. */
function readRepresentatives({
  text,
  source,
  s,
  index,
  sentences,
  mentions,
  reportedEvents,
  inSentence,
}: EventStatementInput & { s: Sentence; index: number; inSentence: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const m of inSentence) {
    if (m.kind !== "country") continue;
    const before = text.slice(Math.max(s.start, m.start - 30), m.start);
    let rest = text.slice(m.end, s.end);
    if (LEADS_DELEGATION_BEFORE.test(before) && DELEGATION_AFTER.test(rest)) rest = rest.replace(DELEGATION_AFTER, "");
    else if (!REPRESENTS_BEFORE.test(before)) continue;
    if (saysRefusal(text.slice(Math.max(s.start, m.start - 60), m.start))) continue;
    const to = TO_THE_MEETING.exec(rest);
    if (!to) continue;
    const at = s.end - rest.length + to[0].length;
    const named = inSentence.find((e) => e.kind === "event" && e.start === at);
    // ("at the talks", "at the summit": the meeting named or reported before, not one the sentence names after it)
    const unnamed = !named && MEETING_WORD.test(text.slice(at, s.end)) && !inSentence.some((e) => e.kind === "event" && e.start > at);
    const eventId = named ? named.entityId : unnamed ? meetingReportedNear({ sentences, index, mentions, reportedEvents }) : undefined;
    if (eventId === undefined || OTHER_MEETING.test(text.slice(m.end, at + 20))) continue;
    out.push(tookPartIn({ source, s, subjectId: m.entityId, eventId, start: m.start, end: at }));
  }
  return out;
}
