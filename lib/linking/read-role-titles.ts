import type { RelationRole } from "@/db/schema";
import type { EventStatementInput, FoundMention, FoundRelation, Sentence } from "./types";

/**
 * A state named with its role at the event the article reports, as a title before its name: "法国、共同主席国印度、
 * 中国等都签署宣言" (India co-chairs the summit), "东道国法国", "summit co-chair India said …", "host country Japan".
 * The event is the one named or reported in this sentence or the two before it; with none, nothing. A title after
 * an organisation's name ("金砖轮值主席国巴西") is read by readMembershipClauses, not here.
 */

const LOOKBACK = 2;
const TITLE_ZH = /(?:(共同|联合)主席国|(轮值)?主席国|东道国|东道主|主办国|(联合|共同)主办国)$/;
const TITLE_EN = /\b(?:(co-?chair)|(co-?host)|host)(?:\s+(?:country|nation|state))?\s+(?:the\s+)?$/i;

function roleOf(title: string): RelationRole {
  if (/共同主席国|联合主席国|co-?chair/i.test(title)) return "co-chair";
  if (/主席国/.test(title)) return "chair";
  if (/联合主办国|共同主办国|co-?host/i.test(title)) return "co-host";
  return "host";
}

export function readRoleTitles({ text, source, sentences, mentions, reportedEvents }: EventStatementInput): FoundRelation[] {
  const out: FoundRelation[] = [];
  let mi = 0;
  sentences.forEach((s, index) => {
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    for (let j = mi; j < mentions.length && mentions[j].start < s.end; j++) {
      const c = mentions[j];
      if (c.kind !== "country") continue;
      const before = text.slice(Math.max(s.start, c.start - 24), c.start);
      const zh = TITLE_ZH.exec(before);
      const en = zh ? null : TITLE_EN.exec(before);
      const title = zh ?? en;
      if (!title) continue;
      // the title belongs to the name right before it ("金砖轮值主席国巴西", "the G20 host country"): not this reader's
      const prev = mentions[j - 1];
      if (prev && prev.end >= c.start - title[0].length - 2 && prev.kind === "organisation") continue;
      const eventId = eventNear({ sentences, index, mentions, reportedEvents, before: c.start });
      if (eventId === undefined) continue;
      const start = c.start - title[0].length;
      out.push({
        subjectId: c.entityId,
        objectId: eventId,
        role: roleOf(title[0]),
        evidence: source.slice(s.start, s.end),
        evidenceStart: s.start,
        start,
        end: c.end,
        confidence: 0.5,
        why: { matched: source.slice(start, c.end), form: roleOf(title[0]), rule: "pattern" },
      });
    }
  });
  return out;
}

/** The event named or reported in this sentence (before the state) or in the two sentences before. */
function eventNear({
  sentences,
  index,
  mentions,
  reportedEvents,
  before,
}: {
  sentences: Sentence[];
  index: number;
  mentions: FoundMention[];
  reportedEvents: { sentenceStart: number; eventId: number }[];
  before: number;
}): number | undefined {
  for (let k = index; k >= Math.max(0, index - LOOKBACK); k--) {
    const x = sentences[k];
    const named = mentions.filter((m) => m.kind === "event" && m.start >= x.start && m.end <= Math.min(x.end, before));
    const ids = new Set(named.map((m) => m.entityId));
    if (ids.size === 1) return named[0].entityId;
    if (ids.size > 1) return undefined;
    const reported = reportedEvents.find((r) => r.sentenceStart === x.start);
    if (reported) return reported.eventId;
  }
  return undefined;
}
