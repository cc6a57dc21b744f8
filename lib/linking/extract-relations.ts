import type { EntityKind, RelationRole } from "@/db/schema";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/**
 * Participation statements read from one sentence at a time: "China and Zambia co-chair the Group of Friends",
 * "the convention was signed by Norway, Moldova and San Marino", "中方和赞方共同主持…", "由中国与赞比亚共同举办".
 * Rule-based on the linker's own mentions: a trigger word names the role; the subject is the list of countries or
 * organisations before it (active) or after "by"/"由" (passive); the object is the nearest initiative, resolution,
 * event or organisation after it (active) or before it (passive). Nothing crosses the sentence. Negated or
 * refused statements ("did not sign", "未签署", "拒绝加入") and bare counts ("by more than 120 countries") yield
 * nothing. Every result is a suggestion for an editor.
 */

type Trigger = { role: RelationRole; en?: RegExp; zh?: RegExp; objects: EntityKind[] };

const EVENTISH: EntityKind[] = ["event", "organisation", "initiative"];
const DOCUMENT: EntityKind[] = ["initiative", "resolution"];

/** Ordered: the more specific (co-…) forms first; a span taken by one trigger is not read again. */
const TRIGGERS: Trigger[] = [
  { role: "co-chair", en: /\bco-?chair(?:s|ed|ing|ship)?\b/g, zh: /共同(?:担任|出任)(?=[^。；]{0,40}?主席)|共同主持|联合主席|共同主席/g, objects: EVENTISH },
  { role: "co-host", en: /\bco-?host(?:s|ed|ing)?\b|\bjointly (?:hosted|organi[sz]ed|held)\b/g, zh: /共同(?:举办|主办|承办)|联合(?:举办|主办)/g, objects: EVENTISH },
  {
    role: "co-founder",
    en: /\bco-?found(?:ed|er|ers|ing)\b|\bjointly (?:founded|launched|established|initiated)\b/g,
    zh: /共同(?:发起成立|发起|成立|创立|创建|倡议成立)/g,
    objects: ["organisation", "initiative", "event"],
  },
  { role: "co-sponsor", en: /\bco-?sponsor(?:s|ed|ing|ship)?\b/g, zh: /联署|共同提案|共提|共同提出/g, objects: DOCUMENT },
  {
    role: "signatory",
    en: /\bsign(?:s|ed|ing|atory|atories)?\b|\bratif(?:y|ied|ies|ication)\b|\bendorse(?:d|s|ment)?\b/g,
    zh: /签署|签字|签约|批准|认可|核准/g,
    objects: ["initiative", "resolution"],
  },
  { role: "sponsor", en: /\bsponsor(?:s|ed|ing)?\b|\btabled\b|\bdrafted\b|\bintroduced\b|-led\b|-drafted\b|\bpenholder\b/g, zh: /主提|提交|起草|牵头/g, objects: DOCUMENT },
  { role: "adopted-by", en: /\badopt(?:s|ed|ing|ion)?\b|\bpassed\b/g, zh: /通过/g, objects: ["resolution", "initiative"] },
  { role: "host", en: /\bhost(?:s|ed|ing)?\b|\borgani[sz]ed\b/g, zh: /主办|举办|承办|东道主/g, objects: EVENTISH },
  { role: "chair", en: /\bchair(?:s|ed|ing|manship)?\b|\bpresided\b|\bpresidency\b/g, zh: /主持|担任.{0,6}主席|轮值主席/g, objects: EVENTISH },
  { role: "founder", en: /\bfound(?:ed|er|ers|ing)\b|\bestablished\b|\bset up\b/g, zh: /发起成立|(?<!倡议|提议)成立|创立|创建/g, objects: ["organisation", "initiative", "event"] },
  {
    role: "proposer",
    en: /\bpropos(?:ed|es|al)\b|\blaunch(?:ed|es)?\b|\bput forward\b|\bunveil(?:ed|s)?\b|\binitiated\b/g,
    zh: /倡议(?=成立)|提议(?=成立)|提出|发起|发布|宣布/g,
    objects: ["initiative", "resolution", "organisation"],
  },
  { role: "member", en: /\bjoin(?:s|ed|ing)?\b|\bmembers? of\b|\bmembership\b|\bacce(?:ded|ssion)\b/g, zh: /加入|成员/g, objects: ["organisation", "initiative"] },
  {
    role: "participant",
    en: /\battend(?:s|ed|ing|ees)?\b|\bparticipat(?:ed|es|ing|ion)\b|\btook part\b|\bdelegates?\b|\bdelegations?\b/g,
    zh: /出席|参加|参会|与会|参与/g,
    objects: ["event"],
  },
];

const SUBJECT_KINDS = new Set<EntityKind>(["country", "organisation"]);
/** Text that may stand between two names of one list. */
const LIST_GAP = /^\s*(?:,|，|、|;|and|&|as well as|along with|together with|和|与|及|以及|同|跟)?\s*(?:,|，|and)?\s*(?:the\s+)?$/i;
/** "in China", "在联合国总部": a place, not an actor. */
const PLACE_BEFORE = /(?:\b(?:in|at|to|against|toward|towards|on|over|into)\s+(?:the\s+)?|(?:在|于|赴|向|对|至)[\u4e00-\u9fff]{0,6})$/i;
/** "联合国总部", "UN headquarters": the name is part of a place. */
const PLACE_AFTER = /^\s*(?:总部|首都|大楼|会场|headquarters|HQ)/i;
const WITH_BEFORE = /(?:\b(?:with|together with|along with|alongside)\s+(?:the\s+)?|同|与|跟|和)$/i;
const NEGATION_EN = /\b(?:not|never|no longer|n't|declined|refused|refuses|refusing|rejected|failed|opposed|withdrew|without)\b/i;
const NEGATION_ZH = /未|没有|没|拒绝|不愿|不会|不予|反对|退出|并非|不(?=签|加入|参加|出席|支持|参与|批准|认可)/;

const MAX_OBJECT_GAP = 90;
const CLAUSE_BREAK = /[;；。]|,\s+(?:while|whereas|but|although|though)\b/;

type Group = { members: FoundMention[]; start: number; end: number };

/** Adjacent subject mentions joined by list separators form one group. */
function subjectGroups(text: string, subjects: FoundMention[]): Group[] {
  const groups: Group[] = [];
  for (const m of subjects) {
    const last = groups.at(-1);
    if (last && m.start >= last.end && LIST_GAP.test(text.slice(last.end, m.start))) {
      last.members.push(m);
      last.end = m.end;
    } else groups.push({ members: [m], start: m.start, end: m.end });
  }
  return groups;
}

export function roleFamily(role: string): string {
  return role.replace(/^co-/, "");
}

const CO_ROLES: Partial<Record<RelationRole, RelationRole>> = { host: "co-host", chair: "co-chair", founder: "co-founder", sponsor: "co-sponsor" };

export function extractRelations({
  text,
  sentences,
  mentions,
  language,
}: {
  text: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  language: "zh" | "en";
}): FoundRelation[] {
  const out: FoundRelation[] = [];
  const seen = new Set<string>();
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    const inSentence: FoundMention[] = [];
    for (let j = mi; j < mentions.length && mentions[j].start < s.end; j++) if (mentions[j].end <= s.end) inSentence.push(mentions[j]);
    if (inSentence.length < 2) continue;
    // one mention per span (an event name's inner names are not separate actors)
    const spans = inSentence.filter((m, i) => !inSentence.some((o, k) => k !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
    const subjects = spans.filter((m) => SUBJECT_KINDS.has(m.kind));
    if (!subjects.length) continue;
    const groups = subjectGroups(text, subjects);
    const taken: [number, number][] = [];
    for (const trig of TRIGGERS) {
      const re = (language === "zh" || /[\u4e00-\u9fff]/.test(s.text) ? trig.zh : trig.en) ?? null;
      if (!re) continue;
      re.lastIndex = 0;
      for (let m; (m = re.exec(s.text));) {
        const tStart = s.start + m.index;
        const tEnd = tStart + m[0].length;
        if (taken.some(([a, b]) => tStart < b && tEnd > a)) continue;
        // a trigger inside a name ("Group of Friends … co-chaired" is fine, "联合国大会通过" is not a name) is skipped
        if (spans.some((x) => x.start <= tStart && x.end >= tEnd)) continue;
        taken.push([tStart, tEnd]);
        const found = readStatement({ text, s, tStart, tEnd, trig, spans, groups });
        if (!found) continue;
        for (const r of found) {
          const key = `${r.subjectId}:${r.role}:${r.objectId}`;
          if (seen.has(key) || r.subjectId === r.objectId) continue;
          seen.add(key);
          out.push({ ...r, why: { matched: m[0], form: trig.role, rule: "pattern" } });
        }
      }
    }
  }
  return out;
}

function readStatement({
  text,
  s,
  tStart,
  tEnd,
  trig,
  spans,
  groups,
}: {
  text: string;
  s: Sentence;
  tStart: number;
  tEnd: number;
  trig: Trigger;
  spans: FoundMention[];
  groups: Group[];
}): Omit<FoundRelation, "why">[] | null {
  const after = text.slice(tEnd, s.end);
  const passiveEn = /^\s*(?:[a-z]+ly\s+)?by\b/i.exec(after);
  let group: Group | undefined;
  let objectSide: "before" | "after";
  if (passiveEn) {
    const from = tEnd + passiveEn[0].length;
    group = groups.find((g) => g.start >= from && /^\s*(?:the\s+|including\s+|countries such as\s+)?$/i.test(text.slice(from, g.start)));
    objectSide = "before";
  } else {
    // the nearest list before the trigger that is an actor, not a place
    const before = groups.filter((g) => g.end <= tStart);
    for (let k = before.length - 1; k >= 0; k--) {
      const g = before[k];
      if (PLACE_BEFORE.test(text.slice(s.start, g.start)) || PLACE_AFTER.test(text.slice(g.end, s.end))) continue;
      group = g;
      // "中国…同赞比亚共同发起": the list after 同/with joins the clause's own subject
      if (WITH_BEFORE.test(text.slice(s.start, g.start).trimEnd())) {
        const lead = before.slice(0, k).find((p) => !PLACE_BEFORE.test(text.slice(s.start, p.start)));
        if (lead) group = { members: [...lead.members, ...g.members], start: lead.start, end: g.end };
      }
      break;
    }
    objectSide = "after";
  }
  if (!group) return null;
  // negation between the subject and the trigger, or just before the trigger
  const between = passiveEn ? text.slice(Math.max(s.start, tStart - 24), tStart) : text.slice(group.end, tStart);
  const window = between.length > 60 ? between.slice(-60) : between;
  if (NEGATION_EN.test(window) || NEGATION_ZH.test(window)) return null;

  let object: FoundMention | undefined;
  if (trig.role === "adopted-by") {
    // grammatical subject: the adopting body; the relation reads resolution —adopted-by→ body
    const body = group.members.find((x) => x.kind === "organisation");
    const doc =
      objectSide === "after"
        ? spans.find((x) => x.start >= tEnd && trig.objects.includes(x.kind) && x.start - tEnd <= MAX_OBJECT_GAP && !CLAUSE_BREAK.test(text.slice(tEnd, x.start)))
        : [...spans].reverse().find((x) => x.end <= tStart && trig.objects.includes(x.kind) && tStart - x.end <= MAX_OBJECT_GAP);
    if (!body || !doc) return null;
    return [relationOf({ subject: doc, objectId: body.entityId, role: "adopted-by", s, start: Math.min(doc.start, body.start), end: Math.max(doc.end, body.end) })];
  }
  // the object stands in the same clause, near the trigger
  const near = (a: number, b: number) => b - a <= MAX_OBJECT_GAP && !CLAUSE_BREAK.test(text.slice(a, b));
  const fits = (x: FoundMention) => trig.objects.includes(x.kind) && !group!.members.includes(x);
  if (objectSide === "after") object = spans.find((x) => x.start >= tEnd && fits(x) && near(tEnd, x.start));
  else object = [...spans].reverse().find((x) => x.end <= tStart && fits(x) && near(x.end, tStart));
  // "China and Zambia, co-chairs of the Group of Friends" also reads forwards for noun forms
  if (!object && objectSide === "before") object = spans.find((x) => x.start >= tEnd && fits(x) && near(tEnd, x.start));
  if (!object) return null;
  let role: RelationRole = trig.role;
  if (group.members.length > 1 && CO_ROLES[role]) role = CO_ROLES[role]!;
  const start = Math.min(group.start, object.start, tStart);
  const end = Math.max(group.end, object.end, tEnd);
  return group.members.filter((x) => x.entityId !== object!.entityId).map((subject) => relationOf({ subject, objectId: object!.entityId, role, s, start, end }));
}

function relationOf({
  subject,
  objectId,
  role,
  s,
  start,
  end,
}: {
  subject: FoundMention;
  objectId: number;
  role: RelationRole;
  s: Sentence;
  start: number;
  end: number;
}): Omit<FoundRelation, "why"> {
  return { subjectId: subject.entityId, objectId, role, evidence: s.text, evidenceStart: s.start, start, end, confidence: 0.6 };
}
