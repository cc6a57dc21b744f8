import type { EntityKind, RelationRole } from "@/db/schema";
import { isListGap } from "./group-subjects";
import { HEDGE_EN, relationOf, saysRefusal, SUBJECT_KINDS } from "./relation-patterns";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/**
 * Lists set out one item a line under a heading that states the role: "The full list of signatories is:", "ASEAN
 * comprises the following 10 member states:", "[G20 member countries and regions]", "以下国家签署了宣言：". Each
 * line is a sentence of its own to the splitter, so no sentence-level reader sees the role and the names together.
 */

/** A bullet or number that opens a list item: "• ", "- ", "1. ", "(2) ", "a) ". */
const ITEM_MARK = /^(?:[•·▪●◦‣○■□➢►–—-]|\*(?!\*)|\(?\d{1,2}[.)、]|\(?[a-z][.)])\s*/;
/** a line's number, which the splitter takes for a sentence of its own */
const NUMBER_ONLY = /^\(?\d{1,2}[.)]$/;
/** An item is a name, perhaps with a short note ("Japan (Chair)", "IBM – United States"), not a sentence. */
const ITEM_LENGTH = 80;
/** what may follow the last name of a line that lists several ("… and the EU (observer)") */
const LIST_TAIL = 40;
/** "…：" / "…:" ends a heading; "[G20 member countries and regions]", "【与会国家】" on a line of its own is one. */
const HEADING_END = /[:：]\s*$/;
const BRACKETED_HEADING = /^\s*(?:\[[^\]]{3,80}\]|【[^】]{2,40}】)\s*$/;

/** the longest evidence quoted from the heading down to an item */
const EVIDENCE_LENGTH = 400;
/** sentences before a heading that names no object ("The full list of signatories is:") which may name it */
const OBJECT_LOOKBACK = 2;

/** What the heading says the listed names are. */
const HEADING_ROLES: { pattern: RegExp; role: RelationRole; objects: EntityKind[]; namedInHeading?: boolean }[] = [
  // "The full list of signatories is:", "Signatories to the declaration include:", "The declaration was signed by:",
  // "endorsed by the following countries:", "签署国名单如下："
  {
    pattern:
      /\b(?:signatories|signatory (?:states|countries|nations|companies|parties)|(?:signed|endorsed)\s+(?:it\s+|so far\s+)?(?:by|were|are)\b|(?:countries|states|nations|companies|governments|parties) (?:that|which|who) (?:have |had )?(?:signed|endorsed)|(?:have|has|had)\s+(?:now\s+|so far\s+)?(?:signed|endorsed)\b)|签署国|签署方|签署了|已签署/i,
    role: "signatory",
    objects: ["initiative", "resolution"],
  },
  // "Co-sponsors of the resolution:", "The draft was co-sponsored by:"
  { pattern: /\bco-?sponsors?\b|\bco-?sponsored\s+by\b|共同提案国/i, role: "co-sponsor", objects: ["resolution"] },
  // "ASEAN comprises the following 10 member states:", "Founding members:", "The members of the network are:"
  {
    pattern:
      /\b(?:founding|founder|original|initial|current|new)?\s*(?:member\s+(?:states|countries|nations|economies|governments)|members)\b(?!\s+of\s+(?:staff|the\s+(?:public|press|team|panel|delegation)))|成员国|成员包括/i,
    role: "member",
    objects: ["organisation", "initiative"],
  },
  // "Participating countries and international organizations:", "Participants included:", "与会国家："
  {
    pattern:
      /\bparticipat(?:ing|ed\s+in|e\s+in)\b|\bparticipants\b|\battendees\b|\battended\s+by\b|\bdelegations?\s+(?:from|of)\b|\b(?:countries|states|nations|governments|leaders)\s+(?:that|which|who)\s+(?:attended|took part)|与会|出席|参会|参加/i,
    role: "participant",
    objects: ["event"],
  },
  // "[G7 countries and regions]", "BRICS countries:": a body's countries, the body named in the heading itself
  {
    pattern: /\b(?:countries|nations|economies)(?:\s+and\s+(?:regions|economies|organi[sz]ations))?\s*(?:\]|】|[:：])\s*$/i,
    role: "member",
    objects: ["organisation"],
    namedInHeading: true,
  },
];

const FOUNDING = /\b(?:founding|founder)\b|创始/i;

export function readHeadingLists({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    const heading = sentences[i];
    if (!(HEADING_END.test(heading.text) || BRACKETED_HEADING.test(heading.text)) || !startsLine({ text, at: heading.start })) continue;
    const stated = headingStatement({ text, sentences, index: i, mentions });
    if (!stated) continue;
    let afterMark = false;
    for (let j = i + 1; j < sentences.length; j++) {
      const item = sentences[j];
      // ("1. Chile": the splitter ends a sentence at "1.", and the name goes on in the next)
      if (!afterMark && NUMBER_ONLY.test(item.text) && startsLine({ text, at: item.start })) {
        afterMark = true;
        continue;
      }
      const names = itemNames({ text, item, mentions, objectId: stated.objectId, afterMark });
      afterMark = false;
      if (!names) break;
      // (the evidence runs from the heading to the item, unless the list before it is long)
      const from = item.end - heading.start <= EVIDENCE_LENGTH ? heading.start : item.start;
      for (const m of names) {
        out.push({
          ...relationOf({ subject: m, objectId: stated.objectId, role: stated.role, s: item, start: m.start, end: m.end }),
          evidence: source.slice(from, item.end),
          evidenceStart: from,
          why: { matched: source.slice(heading.start, heading.end).trim(), form: stated.role, rule: "pattern" },
        });
      }
    }
  }
  return out;
}

function startsLine({ text, at }: { text: string; at: number }): boolean {
  return at === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * The role and object a heading states: the role from its words, the object named in it, else (for "The full list
 * of signatories is:") the one fitting text or body named in the nearest of the two sentences before that names
 * one. Null for hedged and negated headings ("Countries that have not signed:", "States expected to attend:") and
 * for those of observers or guests.
 */
function headingStatement({
  text,
  sentences,
  index,
  mentions,
}: {
  text: string;
  sentences: Sentence[];
  index: number;
  mentions: FoundMention[];
}): { role: RelationRole; objectId: number } | null {
  const heading = sentences[index];
  const words = text.slice(heading.start, heading.end);
  if (saysRefusal(words) || HEDGE_EN.test(words) || /\b(?:observers?|non-members?|invited|guests?)\b/i.test(words)) return null;
  for (const { pattern, role, objects, namedInHeading } of HEADING_ROLES) {
    if (!pattern.test(words)) continue;
    const inHeading = mentions.filter((m) => m.start >= heading.start && m.end <= heading.end && objects.includes(m.kind));
    if (namedInHeading && !inHeading.length) continue;
    // (one object in the heading, or none there and one in the nearest sentence before that names any: which one is
    // meant must be plain)
    let object: FoundMention | undefined;
    if (inHeading.length) {
      if (new Set(inHeading.map((m) => m.entityId)).size !== 1) return null;
      object = inHeading[0];
    } else {
      for (let k = index - 1; k >= Math.max(0, index - OBJECT_LOOKBACK) && !object; k--) {
        const before = sentences[k];
        const named = mentions.filter((m) => m.start >= before.start && m.end <= before.end && objects.includes(m.kind));
        if (new Set(named.map((m) => m.entityId)).size > 1) return null;
        object = named[0];
      }
    }
    if (!object) return null;
    return { role: role === "member" && FOUNDING.test(words) ? "founder" : role, objectId: object.entityId };
  }
  return null;
}

/**
 * The states or bodies one list item names: the name that opens it ("• Brunei Darussalam", "Japan (Chair)",
 * "Google/Google DeepMind"), or the run of names it lists ("Canada, France, Germany … and EU"). Null when the
 * line is no list item (a sentence, a new heading, or a line that opens with no name), which ends the list.
 */
function itemNames({
  text,
  item,
  mentions,
  objectId,
  afterMark,
}: {
  text: string;
  item: Sentence;
  mentions: FoundMention[];
  objectId: number;
  /** the item goes on from a number on the same line */
  afterMark: boolean;
}): FoundMention[] | null {
  if (!(afterMark || startsLine({ text, at: item.start })) || HEADING_END.test(item.text) || BRACKETED_HEADING.test(item.text)) return null;
  const mark = ITEM_MARK.exec(item.text);
  const from = item.start + (mark ? mark[0].length : 0);
  const inItem = mentions.filter((m) => m.start >= from && m.end <= item.end && SUBJECT_KINDS.has(m.kind) && m.entityId !== objectId);
  const first = inItem.find((m) => /^[\s"“(]*(?:the\s+)?$/i.test(text.slice(from, m.start)));
  if (!first) return null;
  const names = [first];
  for (const m of inItem) {
    const last = names.at(-1)!;
    if (m.start >= last.end && isListGap({ gap: text.slice(last.end, m.start) })) names.push(m);
  }
  // one name with a long tail is a sentence about it; a list of names may run long, but not go on into a sentence
  if (names.length === 1) return item.end - from > ITEM_LENGTH ? null : names;
  const tail = text.slice(names.at(-1)!.end, item.end);
  return tail.length > LIST_TAIL && !/^\s*(?:\([^)]{0,30}\))?\s*[.;,]?\s*$/.test(tail) ? null : names;
}
