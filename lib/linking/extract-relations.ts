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

type Trigger = {
  role: RelationRole;
  en?: RegExp;
  zh?: RegExp;
  objects: EntityKind[];
  /** the sentence must also say this (the verb that makes "on behalf of" a sponsorship) */
  needs?: RegExp;
  /** the subjects follow the trigger ("on behalf of A, B"), the object precedes it */
  subjectsAfter?: boolean;
};

const EVENTISH: EntityKind[] = ["event", "organisation", "initiative"];
const DOCUMENT: EntityKind[] = ["initiative", "resolution"];

/** Ordered: the more specific (co-…) forms first; a span taken by one trigger is not read again. */
const TRIGGERS: Trigger[] = [
  { role: "co-chair", en: /\bco-?chair(?:s|ed|ing|ship)?\b/g, zh: /共同(?:担任|出任)(?=[^。；]{0,40}?主席)|共同主持|联合主席|共同主席/g, objects: EVENTISH },
  {
    role: "co-host",
    en: /\bco-?host(?:s|ed|ing)?\b|\bco-?organi[sz](?:e|es|ed|ing)\b|\bjointly (?:hosted|organi[sz]ed|held)\b/g,
    zh: /共同(?:举办|主办|承办)|联合(?:举办|主办)|合办/g,
    objects: EVENTISH,
  },
  {
    role: "co-founder",
    en: /\bco-?found(?:ed|er|ers|ing)\b|\bjointly (?:founded|launched|established|initiated)\b/g,
    zh: /共同(?:发起成立|发起|成立|创立|创建|倡议成立)/g,
    objects: ["organisation", "initiative", "event"],
  },
  { role: "co-sponsor", en: /\b[Cc]o-?sponsor(?:s|ed|ing|ship)?\b/g, zh: /联署|共同提案|共提|共同提出/g, objects: DOCUMENT },
  {
    role: "signatory",
    en: /\b[Ss]ign(?:s|ed|ing|atory|atories)?\b|\bratif(?:y|ied|ies|ication)\b|\bendors(?:e|ed|es|ing|ement)\b/g,
    zh: /签署|签字|签约|批准|认可|核准/g,
    objects: ["initiative", "resolution"],
  },
  // "presented the draft on behalf of A, B and C": the countries named are the draft's sponsors
  { role: "sponsor", en: /\bon behalf of\b/g, objects: DOCUMENT, needs: /\b(?:introduc|present|tabl|submitt?)(?:ed|ing|es|s)?\b/i, subjectsAfter: true },
  { role: "sponsor", en: /\bsponsor(?:s|ed|ing)?\b|\btabled\b|\bdrafted\b|\bintroduced\b|-led\b|-drafted\b|\bpenholder\b/g, zh: /主提|提交|起草|牵头/g, objects: DOCUMENT },
  { role: "adopted-by", en: /\badopt(?:s|ed|ing|ion)?\b|\bpassed\b|\bapproved\b/g, zh: /通过/g, objects: ["resolution", "initiative"] },
  { role: "host", en: /\bhost(?:s|ed|ing)?\b|\borgani[sz]ed\b/g, zh: /主办|举办|承办|东道主/g, objects: EVENTISH },
  { role: "chair", en: /\bchair(?:s|ed|ing|manship)?\b|\bpresided\b|\bpresidency\b/g, zh: /主持|担任.{0,6}主席|轮值主席/g, objects: EVENTISH },
  { role: "founder", en: /\bfound(?:ed|er|ers|ing)\b|\bestablished\b|\bset up\b/g, zh: /发起成立|(?<!倡议|提议)成立|创立|创建/g, objects: ["organisation", "initiative", "event"] },
  {
    role: "proposer",
    en: /\bpropos(?:ed|es|al)\b|\blaunch(?:ed|es)?\b|\bput forward\b|\bunveil(?:ed|s)?\b|\binitiated\b/g,
    zh: /倡议(?=成立)|提议(?=成立)|提出|发起|发布|宣布/g,
    objects: ["initiative", "resolution", "organisation"],
  },
  { role: "member", en: /\b[Jj]oin(?:s|ed|ing)?\b|\b[Mm]embers? of\b|\bmembership\b|\bacce(?:ded|ssion)\b/g, zh: /加入|成员/g, objects: ["organisation", "initiative"] },
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
/**
 * "塞尔维亚总统武契奇、印尼统筹部长卢胡特以及…", "Serbian President Vučić, Indonesian Minister Luhut and …": a
 * person named after the country's name (title, then name) does not break the list of countries.
 */
const LIST_GAP_PERSON_ZH = /^[\u4e00-\u9fff]{0,6}(?:总统|总理|首相|主席|部长|外长|大使|代表|国王|特使|领导人|首脑)[\u4e00-\u9fff·]{0,8}\s*(?:、|，|,|和|与|及|以及)\s*$/;
const LIST_GAP_PERSON_EN =
  /^\s+(?:[A-Z][a-z]+\s+){0,2}(?:President|Prime Minister|Minister|Foreign Minister|Ambassador|King|Envoy|Chancellor)\s+(?:[A-Z][\p{L}'-]+\s*){1,3}(?:,|and|, and)\s*(?:the\s+)?$/u;
/** "in China", "在联合国总部", "向第78届联合国大会": a place or a recipient, not an actor. */
const PLACE_BEFORE = /(?:\b(?:in|at|to|against|toward|towards|on|over|into)\s+(?:the\s+)?|(?:在|于|赴|向|对|至)[\u4e00-\u9fff\d]{0,8})$/i;
/** "联合国总部", "UN headquarters": the name is part of a place. */
const PLACE_AFTER = /^\s*(?:总部|首都|大楼|会场|headquarters|HQ)/i;
const WITH_BEFORE = /(?:\b(?:with|together with|along with|alongside)\s+(?:the\s+)?|同|与|跟|和)$/i;
const NEGATION_EN = /\b(?:not|never|no longer|n't|declined|refused|refuses|refusing|rejected|failed|opposed|withdrew|without)\b/i;
const NEGATION_ZH = /未|没有|没|拒绝|不愿|不会|不予|反对|退出|并非|不(?=签|加入|参加|出席|支持|参与|批准|认可)/;
/** "by consensus", "by a recorded vote of 152": how a text was adopted, not who adopted it. */
const BY_MANNER = /^\s*(?:consensus|acclamation|a (?:recorded |wide |large )?(?:vote|majority)|\d+ votes|unanimous|majority)/i;
/** "by more than 140 countries, including (a last-minute addition of) …": the named ones after the count. */
const BY_COUNT_INCLUDING =
  /^\s*(?:the\s+)?(?:(?:more than|over|nearly|about|some|almost|at least)\s+)?(?:\d+|several|many|numerous|dozens of|a number of)\s+(?:other\s+)?(?:countries|states|member states|nations|delegations|governments)\s*,?\s*(?:including|among them|such as)\b[^.;,]{0,40}?$/i;
/** "the countries that have signed the Convention so far are: …", "countries endorsing it include …", "signatories include …": a list after the copula. */
const LIST_COPULA = /^[^.;:]{0,160}?\b(?:are|were|include|included|includes|comprise)\b\s*:?|^[^.;:]{0,160}?:/i;
const LIST_NOUN_BEFORE =
  /\b(?:countries|states|nations|parties|members|governments|signatories|co-sponsors|sponsors|participants)\s+(?:(?:that|which|who)\s+(?:have\s+|had\s+|has\s+)?)?(?:so far\s+|already\s+|now\s+)?$/i;
const LIST_NOUN_TRIGGER = /^(?:signatories|co-sponsors|sponsors|members?(?: of)?|participants)$/i;
/** "expressed his gratitude to Armenia for signing", "thanked Japan for joining". */
const FOR_DOING = /\bfor\s+$/i;

/** Words that make an initiative a text one signs (declarations, statements, conventions), not a body one joins. */
const DOCUMENT_NAME = /declaration|statement|convention|treaty|commitments|call to action|principles|charter|宣言|声明|公约|条约|承诺|宪章/i;

const MAX_OBJECT_GAP = 90;
const CLAUSE_BREAK = /[;；。]|,\s+(?:while|whereas|but|although|though)\b/;
/** How many sentences back an event may have been reported for "…等国派员参会" to refer to it. */
const EVENT_LOOKBACK = 2;

type Group = { members: FoundMention[]; start: number; end: number };

/** "俄罗斯、法国等70多个国家及联合国、国际电信联盟等国际组织": the countries and the organisations are one list. */
const LIST_GAP_ETC_ZH = /^等[\d一二三四五六七八九十百]*多?个?(?:国家|国|方)(?:代表)?\s*(?:和|及|以及|、|，)\s*$/;

function isListGap(gap: string): boolean {
  return LIST_GAP.test(gap) || LIST_GAP_PERSON_ZH.test(gap) || LIST_GAP_PERSON_EN.test(gap) || LIST_GAP_ETC_ZH.test(gap);
}

/** Adjacent subject mentions joined by list separators form one group. */
function subjectGroups(text: string, subjects: FoundMention[]): Group[] {
  const groups: Group[] = [];
  for (const m of subjects) {
    const last = groups.at(-1);
    if (last && m.start >= last.end && isListGap(text.slice(last.end, m.start))) {
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

/** An event the article reports (proposeEvents), by the sentence it was read from. */
export type ReportedEvent = { sentenceStart: number; eventId: number };

export function extractRelations({
  text,
  source = text,
  sentences,
  mentions,
  language,
  reportedEvents = [],
}: {
  text: string;
  /** the article as written, when `text` is its simplified-character reading (same offsets): evidence and why quote it */
  source?: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  language: "zh" | "en";
  reportedEvents?: ReportedEvent[];
}): FoundRelation[] {
  const out: FoundRelation[] = [];
  const seen = new Set<string>();
  let mi = 0;
  sentences.forEach((s, index) => {
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    const inSentence: FoundMention[] = [];
    for (let j = mi; j < mentions.length && mentions[j].start < s.end; j++) if (mentions[j].end <= s.end) inSentence.push(mentions[j]);
    if (!inSentence.length) return;
    // one mention per span (an event name's inner names are not separate actors)
    const spans = inSentence.filter((m, i) => !inSentence.some((o, k) => k !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
    const subjects = spans.filter((m) => SUBJECT_KINDS.has(m.kind));
    if (!subjects.length) return;
    const groups = subjectGroups(text, subjects);
    // the event reported in this sentence or just before it: what "…等国派员参会" attended
    const recentEvent = reportedEvents
      .filter((e) => {
        const k = sentences.findIndex((x) => x.start === e.sentenceStart);
        return k >= 0 && k <= index && index - k <= EVENT_LOOKBACK;
      })
      .at(-1)?.eventId;
    const taken: [number, number][] = [];
    for (const trig of TRIGGERS) {
      const re = (language === "zh" || /[\u4e00-\u9fff]/.test(s.text) ? trig.zh : trig.en) ?? null;
      if (!re) continue;
      if (trig.needs && !trig.needs.test(s.text)) continue;
      re.lastIndex = 0;
      for (let m; (m = re.exec(s.text));) {
        const tStart = s.start + m.index;
        const tEnd = tStart + m[0].length;
        if (taken.some(([a, b]) => tStart < b && tEnd > a)) continue;
        // a trigger inside a name ("Group of Friends … co-chaired" is fine, "联合国大会通过" is not a name) is skipped
        if (spans.some((x) => x.start <= tStart && x.end >= tEnd)) continue;
        taken.push([tStart, tEnd]);
        const found = readStatement({ text, s, tStart, tEnd, trig, spans, groups, recentEvent });
        if (!found) continue;
        for (const r of found) {
          const key = `${r.subjectId}:${r.role}:${r.objectId}`;
          if (seen.has(key) || r.subjectId === r.objectId) continue;
          seen.add(key);
          out.push({
            ...r,
            evidence: source.slice(r.evidenceStart, r.evidenceStart + r.evidence.length),
            why: { matched: source.slice(tStart, tEnd), form: trig.role, rule: "pattern" },
          });
        }
      }
    }
  });
  return dropHostsAsParticipants(mergeSponsorship(out));
}

const LEADING_ROLES = new Set<RelationRole>(["host", "co-host", "chair", "co-chair"]);
/** Whoever hosts or chairs an event also attends it; the article's fact is the leading role, suggested once. */
function dropHostsAsParticipants(found: FoundRelation[]): FoundRelation[] {
  const leads = new Set(found.filter((r) => LEADING_ROLES.has(r.role)).map((r) => `${r.subjectId}:${r.objectId}`));
  return found.filter((r) => r.role !== "participant" || !leads.has(`${r.subjectId}:${r.objectId}`));
}

/**
 * A resolution's proposer is its sponsor ("中国提出的决议" … "中国主提的决议"): one fact, kept once, as the
 * sponsorship, so an article that says both does not yield two suggestions for one role.
 */
function mergeSponsorship(found: FoundRelation[]): FoundRelation[] {
  const sponsored = new Set(found.filter((r) => r.role === "sponsor" || r.role === "co-sponsor").map((r) => `${r.subjectId}:${r.objectId}`));
  return found.filter((r) => r.role !== "proposer" || !sponsored.has(`${r.subjectId}:${r.objectId}`));
}

type StatementInput = {
  text: string;
  s: Sentence;
  tStart: number;
  tEnd: number;
  trig: Trigger;
  spans: FoundMention[];
  groups: Group[];
  recentEvent?: number;
};

/** Where the subjects stand: after "by"/"on behalf of", in a list after a copula, or before the trigger. */
function findSubjects({ text, s, tStart, tEnd, trig, spans, groups }: StatementInput): { group: Group; objectSide: "before" | "after"; passive: boolean } | null {
  const after = text.slice(tEnd, s.end);
  const passiveEn = trig.subjectsAfter ? /^\s*/.exec(after) : /^\s*(?:[a-z]+ly\s+)?by\b/i.exec(after);
  if (passiveEn && !BY_MANNER.test(after.slice(passiveEn[0].length))) {
    const from = tEnd + passiveEn[0].length;
    const group =
      groups.find((g) => g.start >= from && /^\s*(?:the\s+|including\s+|countries such as\s+)?$/i.test(text.slice(from, g.start))) ??
      groups.find((g) => g.start >= from && BY_COUNT_INCLUDING.test(text.slice(from, g.start)));
    return group ? { group, objectSide: "before", passive: true } : null;
  }
  const before = text.slice(s.start, tStart);
  // "the countries that have signed the Convention so far are: A, B; observer states …: C and D"
  if (LIST_NOUN_BEFORE.test(before) || LIST_NOUN_TRIGGER.test(text.slice(tStart, tEnd))) {
    const rest = text.slice(tEnd, s.end);
    const copula = LIST_COPULA.exec(rest);
    if (copula) {
      const from = tEnd + copula.index + copula[0].length;
      // every country after the copula; an organisation only as a list item, not in "member states of the Council of Europe"
      const members = spans.filter(
        (x) => x.start >= from && SUBJECT_KINDS.has(x.kind) && (x.kind === "country" || !/\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, x.start - 8), x.start))),
      );
      if (members.length) return { group: { members, start: members[0].start, end: members.at(-1)!.end }, objectSide: "after", passive: false };
    }
  }
  // "thanked Armenia for signing": the one thanked did it
  if (FOR_DOING.test(before)) {
    const forAt = tStart - (/\s*for\s+$/i.exec(before)?.[0].length ?? 0);
    const g = groups.find((x) => x.end <= forAt && forAt - x.end <= 2);
    if (g) return { group: g, objectSide: "after", passive: false };
  }
  // the nearest list before the trigger that is an actor, not a place
  const candidates = groups.filter((g) => g.end <= tStart);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const g = candidates[k];
    if (PLACE_BEFORE.test(text.slice(s.start, g.start)) || PLACE_AFTER.test(text.slice(g.end, s.end))) continue;
    // "中国…同赞比亚共同发起": the list after 同/with joins the clause's own subject
    if (WITH_BEFORE.test(text.slice(s.start, g.start).trimEnd())) {
      const lead = candidates.slice(0, k).find((p) => !PLACE_BEFORE.test(text.slice(s.start, p.start)));
      if (lead) return { group: { members: [...lead.members, ...g.members], start: lead.start, end: g.end }, objectSide: "after", passive: false };
    }
    // "广邀之友小组成员参与", "invited members of …": the invited, or the members of a group, are not its actors
    if (/^\s*(?:成员|members\b)/i.test(text.slice(g.end, g.end + 8)) || /(?:邀请?|invit(?:ed|ing|es)\s+(?:the\s+)?)$/i.test(text.slice(Math.max(s.start, g.start - 12), g.start)))
      return null;
    // a subject must not be an event, initiative or resolution's inner name
    if (spans.some((x) => !SUBJECT_KINDS.has(x.kind) && x.start <= g.start && x.end >= g.end)) continue;
    return { group: g, objectSide: "after", passive: false };
  }
  return null;
}

function readStatement(input: StatementInput): Omit<FoundRelation, "why">[] | null {
  const { text, s, tStart, tEnd, trig, spans, recentEvent } = input;
  const found = findSubjects(input);
  if (!found) return null;
  const { group, objectSide, passive } = found;
  // negation between the subject and the trigger, or just before the trigger
  const between = passive || group.start > tEnd ? text.slice(Math.max(s.start, tStart - 24), tStart) : text.slice(group.end, tStart);
  const window = between.length > 60 ? between.slice(-60) : between;
  if (NEGATION_EN.test(window) || NEGATION_ZH.test(window)) return null;

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
  const fits = (x: FoundMention) => trig.objects.includes(x.kind) && !group.members.includes(x);
  let object: FoundMention | undefined;
  // subjects listed after the trigger ("on behalf of A, B", "…so far are: A, B"): the object is what the trigger governs
  const afterList = group.start >= tEnd;
  // "中国主办的年度“世界人工智能大会”": the thing named right after 的 is the object; if the atlas does not know it,
  // there is no object (not some organisation further on)
  if (objectSide === "after" && !afterList && /^的\s*[“"《「]/.test(text.slice(tEnd, tEnd + 3)) && !spans.some((x) => x.start >= tEnd && x.start <= tEnd + 3)) return null;
  // an organisation after "with"/"与" is a partner, not the thing hosted or signed
  const partner = (x: FoundMention) => WITH_BEFORE.test(text.slice(Math.max(s.start, x.start - 14), x.start).trimEnd());
  if (objectSide === "after" && !afterList) object = spans.find((x) => x.start >= tEnd && fits(x) && !partner(x) && near(tEnd, x.start));
  else if (objectSide === "after") object = spans.find((x) => x.start >= tEnd && x.end <= group.start && fits(x));
  else object = [...spans].reverse().find((x) => x.end <= tStart && fits(x) && near(x.end, tStart));
  // "China and Zambia, co-chairs of the Group of Friends" also reads forwards for noun forms
  if (!object && objectSide === "before") object = spans.find((x) => x.start >= tEnd && x.start < group.start && fits(x) && near(tEnd, x.start));
  if (!object && objectSide === "before" && !passive) object = spans.find((x) => x.start >= tEnd && fits(x) && near(tEnd, x.start));
  let objectId = object?.entityId;
  // "…等70多个国家派员参会": attending what was just reported
  if (
    objectId === undefined &&
    trig.role === "participant" &&
    recentEvent !== undefined &&
    !/\b(?:attend(?:ed|s)?|participated in|took part in)\s+(?:the\s+|a\s+)/i.test(text.slice(tStart, s.end))
  )
    objectId = recentEvent;
  if (objectId === undefined) return null;
  let role: RelationRole = trig.role;
  // "宣布之友小组正式成立", "announced the establishment of …": announcing a body's founding is founding it
  if (role === "proposer" && object?.kind === "organisation" && /^[\s"“”《》]*(?:正式)?(?:成立|启动)/.test(text.slice(object.end, object.end + 8))) role = "founder";
  // 联署 a resolution is co-sponsoring it; 联署 a summit's statement or declaration is co-signing it
  if (role === "co-sponsor" && object?.kind === "initiative") role = "signatory";
  // "also joined the declaration": joining a text is signing it; joining a group or a programme is membership
  if (role === "member" && object && object.kind === "initiative" && DOCUMENT_NAME.test(`${object.surface} ${object.why?.form ?? ""}`)) role = "signatory";
  if (group.members.length > 1 && CO_ROLES[role]) role = CO_ROLES[role]!;
  const start = Math.min(group.start, object?.start ?? tStart, tStart);
  const end = Math.max(group.end, object?.end ?? tEnd, tEnd);
  return group.members.filter((x) => x.entityId !== objectId).map((subject) => relationOf({ subject, objectId: objectId!, role, s, start, end }));
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
