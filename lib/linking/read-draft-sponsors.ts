import { groupSubjects } from "./group-subjects";
import { relationOf } from "./relation-patterns";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/**
 * The heading of a UN draft: "Albania, Argentina, … and Zambia: draft resolution", then the draft's title on a line
 * of its own ("阿尔巴尼亚、阿根廷……和赞比亚:*决议草案\n\n抓住……机遇，促进可持续发展"). The states listed before the
 * colon are the draft's sponsors, each a co-sponsor of the resolution the title names.
 */

/** the colon, the document's kind, and the end of its line */
const DRAFT_AFTER = /^\s*[:：]\s*\*?\s*(?:(?:revised|订正)\s*)?(?:draft resolution|决议草案)\s*(?:\n|$)/i;
/** how far below the heading the title may stand */
const TITLE_REACH = 200;

export function readDraftSponsors({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!/draft resolution|决议草案/i.test(text)) return out;
  const parties = mentions.filter((m) => m.kind === "country" || m.kind === "organisation");
  for (const { members, start, end } of groupSubjects({ text, subjects: parties })) {
    const heading = DRAFT_AFTER.exec(text.slice(end, end + 40));
    // (the list is the whole of its line)
    if (!heading || members.length < 2 || !/(?:^|\n)[\s*]*$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    const below = end + heading[0].length;
    const title = mentions.find((m) => m.kind === "resolution" && m.start >= below && m.start - below <= TITLE_REACH);
    if (!title) continue;
    // (the list is in a sentence: mentions are found in sentences)
    const s = sentences.find((x) => x.start <= start && start < x.end);
    if (!s) continue;
    for (const m of members)
      out.push({
        ...relationOf({ subject: m, objectId: title.entityId, role: "co-sponsor", s, start, end: below }),
        evidence: source.slice(s.start, s.end),
        why: { matched: source.slice(end, below).trim(), form: "co-sponsor", rule: "pattern" },
      });
  }
  return out;
}
