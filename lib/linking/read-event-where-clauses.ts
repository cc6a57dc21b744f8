import { groupSubjects } from "./group-subjects";
import { saysRefusal, tookPartIn } from "./relation-patterns";
import { mentionsBySentence } from "./sentences";
import type { EventStatementInput, FoundRelation } from "./types";

/**
 * "… traces to the May 2024 Seoul AI Summit, where the UK, US, Japan and the EU agreed to establish …", "the summit
 * at Bletchley Park, at which China and the United States signed …": the states and bodies that did something at a
 * meeting, in a clause hung on its name, were there. Only a verb in the past tense right after the list (or after
 * "and N other governments"): "where China is expected to sign" says nothing of who came.
 */

/**
 * Between the meeting's name and "where": a place or a time at most ("in Seoul", "held at Bletchley Park in 2023",
 * "was held in Paris", "last year"); after "where", a count of states the list is part of ("58 countries, including").
 */
const WHERE_AFTER_EVENT =
  /^(?:\s+(?:(?:was\s+|were\s+)?held\s+)?(?:in|at|on)\s+[^,;.:!?]{1,40}?|\s+(?:last|this|earlier this|late last)\s+(?:year|month|week))?\s*,\s*(?:where|at which|during which|in which)\s+(?:(?:more than|over|some|about|nearly)\s+)?(?:\d+\s+(?:countries|nations|states|governments)\s*,?\s*(?:including|such as|among them)\s+)?(?:the\s+)?$/i;
/** "and several other governments", "and 25 other countries" closing the list */
const OTHERS = String.raw`(?:,?\s*(?:and|as well as)\s+(?:several|many|some|other|\d+|[a-z]+(?:-[a-z]+)?)\s+(?:other\s+)?(?:governments|countries|nations|states|partners)\s*)?`;
const DID_AFTER = new RegExp(
  String.raw`^${OTHERS}\s*,?\s*(?:all\s+|jointly\s+|also\s+|together\s+|formally\s+)?(?:agreed|signed|pledged|endorsed|adopted|committed|launched|announced|unveiled|issued|reaffirmed|discussed|met|gathered|joined|backed|approved|vowed|declared|established|set up|released|affirmed|recognised|recognized)\b`,
  "i",
);

export function readEventWhereClauses({ text, source, sentences, mentions }: Omit<EventStatementInput, "reportedEvents">): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!mentions.some((m) => m.kind === "event")) return out;
  const bySentence = mentionsBySentence({ sentences, mentions });
  sentences.forEach((s, index) => {
    const inSentence = bySentence[index];
    const events = inSentence.filter((m) => m.kind === "event");
    if (!events.length) return;
    const parties = inSentence.filter((m) => m.kind === "country" || m.kind === "organisation");
    for (const { members: run } of groupSubjects({ text, subjects: parties })) {
      const first = run[0];
      const last = run[run.length - 1];
      // the nearest meeting named before the list, with only a place or a date and ", where" between
      const event = [...events].reverse().find((e) => e.end <= first.start && WHERE_AFTER_EVENT.test(text.slice(e.end, first.start)));
      if (!event) continue;
      const after = text.slice(last.end, s.end);
      if (!DID_AFTER.test(after)) continue;
      if (saysRefusal(after.split(/[,;]/)[0] ?? "")) continue;
      for (const m of run) out.push(tookPartIn({ source, s, subjectId: m.entityId, eventId: event.entityId, start: first.start, end: last.end }));
    }
  });
  return out;
}
