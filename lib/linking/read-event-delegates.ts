import { groupSubjects } from "./group-subjects";
import { LEADER_OF, OFFICIAL_AFTER_EN, OTHER_MEETING, saysRefusal, tookPartIn } from "./relation-patterns";
import { meetingReportedNear } from "./read-event-speakers";
import { mentionsBySentence } from "./sentences";
import type { EventStatementInput, FoundRelation, Sentence } from "./types";

/**
 * States whose delegates were at a meeting took part in it: "where representatives from 28 countries, including
 * China, the United States and the EU, signed …", "leaders from South Korea, Britain and eight other nations
 * adopted …", "来自中国、法国、澳大利亚、印度等61个国家的代表", "美国、英国、欧盟、中国、印度等多方代表". The meeting is
 * the one event the sentence names, or, when it names none, the one reported in it or the two sentences before. So
 * do the states and bodies whose leaders a list of those present names ("leaders present at the summit include German
 * Chancellor Olaf Scholz, …").
 */

/** The headline and the opening sentences: what an article is about. */
const LEAD_SENTENCES = 3;
/** "have been invited to", "invitees": those named may or may not come ("at Modi's invitation, leaders will attend" do). */
const INVITED = /\b(?:(?:been|be|are|were|was|is)\s+invited|invitees?)\b/i;
/** (the people, then "from" and an optional count: "representatives from 28 countries, including") */
const DELEGATES_FROM_EN =
  /\b(?:representatives|delegates|delegations|leaders|heads of (?:state|government)|ministers|officials|envoys)\s+(?:from|of)\s+(?:(?:some|more than|over|about|around|nearly|almost)\s+)?(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:countries|nations|states|governments)\s*,?\s*(?:including|such as|among them)\s+)?(?:the\s+)?$/i;
/** "来自中国、法国…": the list after 来自 */
const FROM_ZH = /来自$/;
/** "…等61个国家的代表", "…的代表团", "…等多方代表", "…等国领导人" */
const DELEGATES_AFTER_ZH = /^(?:等(?:\d+|[一二三四五六七八九十几数多]+)?(?:个)?(?:国家和地区|国家|国|方|多方|各方)?)?(?:的)?(?:代表团?|部长|领导人|官员|政要|嘉宾|高官)/;
/** "等多方代表", "等国代表": a list closed by 等 that stands for its delegates, without 来自 */
const ETC_DELEGATES_ZH = /^等(?:多方|各方|国|\d+国|\d+个国家)的?(?:代表团?|部长|领导人|官员|政要)/;
/**
 * "Other world leaders present at the summit include German Chancellor Olaf Scholz, Canada's outgoing PM Justin
 * Trudeau, President of the European Commission Ursula von der Leyen …": a list of people at the meeting, each named
 * by the state or body they lead.
 */
const LEADERS_INCLUDE_EN =
  /\b(?:leaders|heads of (?:state|government)(?: and (?:state|government))?|dignitaries|delegations|delegates|participants|attendees|ministers|guests)\b[^.;:!?]{0,80}?\b(?:include|includes|included|including)\b/i;

/**
 * "Tech firms there included OpenAI, Anthropic and Google DeepMind", "those attending include business leaders like
 * OpenAI, …", "the summit brought together … companies such as Google and OpenAI": a list of those present (with a
 * word of presence in the sentence: a list of "companies such as OpenAI" alone says nothing of where they were).
 */
const ATTENDEES_INCLUDE_EN =
  /\b(?:participants|attendees|those (?:attending|present)|guests|representatives|firms|companies|corporations|businesses|(?:business|industry|tech) leaders|executives|organi[sz]ations|institutions)\b[^.;:]{0,60}?\b(?:include|includes|included|including|such as|like|among them)\s+(?:the\s+)?(?:\p{L}+-backed\s+)?$/iu;
/** (a word that puts them at a meeting, not in a partnership's "participants": then the meeting may be the lead's) */
const AT_A_MEETING_EN = /\b(?:attend(?:ed|ing|ees|ance)?|there|brought together|bringing together|gathered|in attendance)\b/i;
const PRESENCE_EN = new RegExp(`${AT_A_MEETING_EN.source}|\\b(?:participants|participated|took part|taking part|present)\\b`, "i");

export function readEventDelegates({ text, source, sentences, mentions, reportedEvents }: EventStatementInput): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!reportedEvents.length && !mentions.some((m) => m.kind === "event")) return out;
  const bySentence = mentionsBySentence({ sentences, mentions });
  sentences.forEach((s, index) => {
    const parties = bySentence[index].filter((m) => m.kind === "country" || m.kind === "organisation");
    if (!parties.length) return;
    const zh = /[\u4e00-\u9fff]/.test(text.slice(s.start, s.end));
    const leaders = zh ? null : LEADERS_INCLUDE_EN.exec(text.slice(s.start, s.end));
    if (leaders) {
      const from = s.start + leaders.index + leaders[0].length;
      const named = parties.filter(
        (m) => m.start >= from && (OFFICIAL_AFTER_EN.test(text.slice(m.end, m.end + 30)) || LEADER_OF.test(text.slice(Math.max(from, m.start - 30), m.start))),
      );
      const eventId = named.length ? meetingOf({ s, index, sentences, mentions, reportedEvents, text, orLeadMeeting: true }) : undefined;
      // ("… have been invited to the opening summit, along with the leaders of Australia": invited is not there yet)
      if (eventId !== undefined && !saysRefusal(text.slice(s.start, from)) && !INVITED.test(text.slice(s.start, s.end)))
        for (const m of named) out.push(tookPartIn({ source, s, subjectId: m.entityId, eventId, start: m.start, end: m.end }));
    }
    for (const { members: run } of groupSubjects({ text, subjects: parties })) {
      const first = run[0];
      const last = run[run.length - 1];
      const before = text.slice(Math.max(s.start, first.start - 90), first.start);
      const after = text.slice(last.end, Math.min(s.end, last.end + 16));
      const attendees = !zh && ATTENDEES_INCLUDE_EN.test(before) && PRESENCE_EN.test(text.slice(s.start, s.end));
      const delegates = zh ? (FROM_ZH.test(before) && DELEGATES_AFTER_ZH.test(after)) || ETC_DELEGATES_ZH.test(after) : DELEGATES_FROM_EN.test(before) || attendees;
      if (!delegates) continue;
      // ("Representatives from Japan did not attend the summit", "no representatives from …", "美方代表未出席")
      const clause = text.slice(last.end, s.end).split(/[,;，；。]/)[0];
      if (saysRefusal(clause) || /\bno\s+[a-z\s]*$/i.test(before)) continue;
      const eventId = meetingOf({ s, index, sentences, mentions, reportedEvents, text, orLeadMeeting: attendees && AT_A_MEETING_EN.test(text.slice(s.start, s.end)) });
      if (eventId === undefined) continue;
      for (const m of run) out.push(tookPartIn({ source, s, subjectId: m.entityId, eventId, start: first.start, end: last.end }));
    }
  });
  return out;
}

/** The one meeting the sentence names (not "the next summit"), else the one reported, or named alone, in it or the two before. */
function meetingOf({
  s,
  index,
  sentences,
  mentions,
  reportedEvents,
  text,
  orLeadMeeting = false,
}: Omit<EventStatementInput, "source"> & { s: Sentence; index: number; orLeadMeeting?: boolean }): number | undefined {
  const named = [...new Set(mentions.filter((m) => m.kind === "event" && m.start >= s.start && m.end <= s.end).map((m) => m.entityId))];
  if (named.length > 1) return undefined;
  if (named.length === 1) {
    const at = mentions.find((m) => m.entityId === named[0] && m.start >= s.start)!;
    return OTHER_MEETING.test(text.slice(Math.max(s.start, at.start - 20), at.start)) ? undefined : named[0];
  }
  const near = meetingReportedNear({ sentences, index, mentions, reportedEvents });
  if (near !== undefined) return near;
  // "AI Impact Summit kicks off in Delhi … (a quote) … several global leaders are scheduled to attend, including …":
  // for a list of leaders, the one meeting the article's headline or lead names, when the sentence places the people
  // nowhere else
  if (!orLeadMeeting) return undefined;
  const lead = sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1];
  const meetings = lead ? [...new Set(mentions.filter((m) => m.kind === "event" && m.start < lead.end).map((m) => m.entityId))] : [];
  return meetings.length === 1 && !/\s(?:at|in|for)\s+(?:the\s+)?[A-Z]/.test(text.slice(s.start, s.end)) ? meetings[0] : undefined;
}
