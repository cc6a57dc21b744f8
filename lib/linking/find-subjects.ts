import { ENVOY_OF_EN, LIST_GAP_TITLE_ZH, type Group } from "./group-subjects";
import { CLAUSE_BREAK, NOT_AN_ACTOR_AFTER, EVENT_ROLES, isStateAfterItsCity, LIST_NOUN_TRIGGER, MEMBERS_NAMED_AFTER, SUBJECT_KINDS, predecessorsEnd } from "./relation-patterns";
import type { Trigger } from "./relation-triggers";
import type { FoundMention, Sentence } from "./types";

/** "in China", "在联合国总部", "向第78届联合国大会": a place or a recipient, not an actor. */
/** (not the 在 of 旨在/正在/存在, the 于 of 由于/关于/对于 or of a date 于4月22日, the 对 of 面对/针对: those are no prepositions of place) */
const PLACE_BEFORE =
  /(?:\b(?:in|at|to|against|toward|towards|on|over|into|visiting|visited|visits|visit)\s+(?:the\s+)?|(?:常驻|(?<![旨正现存所实好自])在|(?<![由对关至等属终])于(?![\d一二三四五六七八九十〇]+[年月日号])|赴|向|(?<![面针绝相应])对|(?<![以甚直乃])至)[\u4e00-\u9fff\d]{0,8})$/i;
const isPlace = ({ before, after }: { before: string; after: string }) => PLACE_BEFORE.test(before) || isStateAfterItsCity({ before, after });
/** "联合国总部", "UN headquarters": the name is part of a place. */
export const PLACE_AFTER = /^\s*(?:总部|首都|大楼|会场|headquarters|HQ)/i;
/** (not the 与 of 参与, the 同 of 共同/协同, the 和 of 总和: those are no partners' "with") */
// (read on text with its trailing space trimmed: "… uniting with", "… together with the")
export const WITH_BEFORE = /(?:\b(?:with|together with|along with|alongside)(?:\s+the)?\s*|(?<![共协如赞认])同|(?<![参给授])与|跟|(?<![总平缓温调])和)$/i;
/** "by consensus", "by a recorded vote of 152": how a text was adopted, not who adopted it. */
const BY_MANNER = /^\s*(?:consensus|acclamation|a (?:recorded |wide |large )?(?:vote|majority)|\d+ votes|unanimous|majority)/i;
/** ("28 attendee countries", "other states": a word may say which countries the count is of) */
const COUNTED_KIND = String.raw`(?:(?:other|attendee|attending|participating|signatory|member|partner)\s+)?`;
/**
 * "by more than 140 countries, including (a last-minute addition of) …", "by 28 attendee countries and the EU": the
 * named ones after the count.
 */
const BY_COUNT_INCLUDING = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:(?:more than|over|nearly|about|some|almost|at least)\s+)?(?:\d+|several|many|numerous|dozens of|a number of)\s+${COUNTED_KIND}(?:countries|states|member states|member nations|nations|delegations|governments)(?:\s+and\s+(?:international\s+)?(?:organi[sz]ations|institutions|bodies))?\s*[,—–]?\s*(?:including|among them|such as|like)\b[^.;,]{0,40}?$|^\s*(?:the\s+)?(?:(?:more than|over|nearly|about|some|almost|at least)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-[a-z]+|several|many|dozens of)\s+${COUNTED_KIND}(?:countries|states|member states|nations|governments)\s+(?:and|as well as|plus)\s+(?:the\s+)?$`,
  "i",
);
/** "the countries that have signed the Convention so far are: …", "countries endorsing it include …", "signatories include …": a list after the copula. */
const LIST_COPULA = /^[^.;:]{0,160}?\b(?:are|were|include|included|includes|including|comprise)\b\s*:?|^[^.;:]{0,160}?:/i;
const LIST_NOUN_BEFORE =
  /\b(?:countries|states|nations|parties|members|governments|signatories|co-sponsors|sponsors|participants|[Tt]hose)\s+(?:(?:that|which|who)\s+(?:have\s+|had\s+|has\s+)?)?(?:so far\s+|already\s+|now\s+)?$/i;
/**
 * After "by": the list, perhaps introduced by its kind ("by participating countries Australia, Canada …") or by the
 * people who act for it ("co-chaired by officials from both countries", "by ministers of A and B").
 */
const BY_PREFIX =
  /^\s*(?:both\s+)?(?:(?:the\s+)?(?:(?:senior|foreign|defen[cs]e|digital|science|trade|economy|prime)\s+)?(?:officials|representatives|delegates|delegations|ministers|envoys|diplomats|leaders|presidents|heads of (?:state|government))\s+(?:from|of)\s+)?(?:the\s+)?(?:(?:participating|signatory|member|founding|other|partner)\s+)?(?:(?:countries|states|nations|governments|member states|delegations)\s*,?\s*)?(?:(?:including|such as|like|namely)\s+)?(?:the\s+)?$/i;
/**
 * The agent after a passive: "adopted by", "unanimously adopted by", and with a time or place phrase between
 * ("adopted last year by the Council of Europe", "signed in Vilnius on 5 September by …"), or "presided over by".
 */
export const PASSIVE_BY =
  /^\s*(?:over\s+)?(?:(?:[a-z]+ly|(?:last|this|earlier this|next)\s+(?:year|month|week)|(?:on|in|at)\s+(?:[A-Z][\p{L}.]*|\d{1,2}|\d{4})(?:[-–]\d{1,2})?(?:\s+(?:\d{1,4}|[A-Z][a-z]+)(?:[-–]\d{1,2})?)?)\s*,?\s+){0,2}by\b/iu;
const BY_ENVOY_PREFIX = new RegExp(`^\\s*(?:both\\s+)?${ENVOY_OF_EN.source}`, "u");
/** "world leaders representing", "ministers from": people who act for the states named next. */
const PEOPLE_OF = /\b(?:leaders|ministers|representatives|delegates|delegations|heads of state(?: and government)?|officials)\s+(?:representing|from|of)\s+(?:the\s+)?$/i;
/** People who attend for their countries ("representatives from …"). */
const PARTICIPANT_NOUN = /^(?:representatives?|delegates?|delegations?)$/i;
/** "与会代表包括", "出席者有", "参会企业包括": the people or bodies taking part, then the list. */
const ZH_ATTENDEES_LIST = /^(?:的)?(?:代表|者|嘉宾|人士|各方|国家|企业|公司|机构)(?:还|则)?(?:包括|有|为)[:：]?\s*/;
/** "签署该宣言的国家包括", "出席会议的国家有": the list after the copula. */
const ZH_LIST_AFTER = /^[^，。；,;]{0,24}?的(?:国家和地区|国家|成员国|成员|各方|国)(?:还|则|已)?(?:包括|有|为|是)[:：]?\s*/;
/** (and "印度政府预估将有25万人与会", "India expects 250,000 people to attend": a count of people is the subject) */
const OWN_SUBJECT_BETWEEN =
  /[、，,]\s*(?:\d+|[一二三四五六七八九十百]+)多?个(?:国家|成员国|会员国|国)|\b(?:where|whereas|while)\b|\b(?:\d+|dozens|scores|many|several|some|most|other|more than \d+|over \d+)\s+(?:of\s+)?(?:other\s+)?(?:countries|states|nations|governments|leaders|delegations|members)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozens|several|many)\s+(?:(?:leading|major|big|global|other|more|domestic|foreign|overseas|international|and|tech|AI)\s+){0,4}(?:companies|firms|developers|labs)\b|(?:\d[\d,.]*\s*[万千百]?|[一二三四五六七八九十百千万]+)多?(?:名|位)?(?:人次|人|嘉宾|观众|访客)(?=[\u4e00-\u9fff]{0,4}$)|\b\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:people|visitors|attendees|participants|guests)\b/i;
const AMONG_COUNT =
  /^\s*,?\s*(?:were|are|was|is|became)\s+(?:also\s+)?(?:among\s+)?(?:the\s+)?(?:(?:\d+|first|latest|only|[a-z]+)\s+)?(?:other\s+)?(?:countries|states|nations|governments|members|signatories)\s+(?:that|which|who|to)\s+(?:have\s+|had\s+|has\s+)?(?:already\s+|so far\s+)?$/i;
const AMONG_BEFORE = /\b(?:is|are|was|were)\s+(?:also\s+)?among\s+(?:the\s+)?$/i;
/** "expressed his gratitude to Armenia for signing", "thanked Japan for joining". */
const FOR_DOING = /\bfor\s+$/i;

export type StatementInput = {
  text: string;
  s: Sentence;
  tStart: number;
  tEnd: number;
  trig: Trigger;
  spans: FoundMention[];
  groups: Group[];
  recentEvent?: number;
  /** what "a summit", "the session", "The initiative" mean here: see findImpliedObject */
  implied: (kind: "event" | "document" | "body", pronoun?: boolean) => number | undefined;
};

/** Where the subjects stand: after "by"/"on behalf of", in a list after a copula, or before the trigger. */
type Subjects = { group: Group; objectSide: "before" | "after"; passive: boolean; asRole?: boolean };

export function findSubjects({ text, s, tStart, tEnd, trig, spans, groups }: StatementInput): Subjects | null {
  const after = text.slice(tEnd, s.end);
  // "representatives from over 70 countries, including Russia, France …": the people's countries attend
  const fromNoun = PARTICIPANT_NOUN.test(text.slice(tStart, tEnd)) ? /^\s+(?:from|of)\b/i.exec(after) : null;
  const passiveEn = fromNoun ?? (trig.subjectsAfter ? /^\s*/.exec(after) : PASSIVE_BY.exec(after));
  if (passiveEn && !BY_MANNER.test(after.slice(passiveEn[0].length))) {
    const from = tEnd + passiveEn[0].length;
    const group =
      groups.find((g) => g.start >= from && (BY_PREFIX.test(text.slice(from, g.start)) || BY_ENVOY_PREFIX.test(text.slice(from, g.start)))) ??
      groups.find((g) => g.start >= from && BY_COUNT_INCLUDING.test(text.slice(from, g.start)));
    return group ? { group, objectSide: "before", passive: true } : null;
  }
  if (trig.passiveOnly || trig.subjectsAfter) return null;
  // "The GPAI Secretariat is hosted at the OECD": the body a thing is hosted at (or within) hosts it
  const hostedAt =
    trig.role === "host" && /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(s.start, tStart - 24), tStart))
      ? /^\s+(?:at|within)\s+/i.exec(after)
      : null;
  if (hostedAt) {
    const from = tEnd + hostedAt[0].length;
    // (its name, or its long name the atlas spells otherwise and its short one in brackets: "the Organization for … (OECD)")
    const group = groups.find(
      (g) =>
        g.start >= from && /^\s*(?:the\s+)?(?:(?:[A-Z][\w-]*|for|of|and|on)\s+){0,10}?\(?$/.test(text.slice(from, g.start)) && g.members.every((x) => x.kind === "organisation"),
    );
    if (group) return { group, objectSide: "before", passive: true };
  }
  // "Gathered at the AI Seoul Summit on 21 May 2024, …, world leaders representing A, B and C affirm …": the
  // participle opening the sentence says what the people of the states named later did
  if (/^[\s"“\d.]*$/.test(text.slice(s.start, tStart)) && /^Gathered$/.test(text.slice(tStart, tStart + 8))) {
    const g = groups.find((x) => x.start >= tEnd && PEOPLE_OF.test(text.slice(Math.max(tEnd, x.start - 40), x.start)));
    return g ? { group: g, objectSide: "after", passive: false } : null;
  }
  // "法国、共同主席国印度、中国等都签署宣言": a title inside a list, not a statement of its own
  if (/主席$/.test(text.slice(tStart, tEnd)) && LIST_GAP_TITLE_ZH.test(text.slice(Math.max(s.start, tStart - 2), tEnd + 1))) return null;
  // "“之友小组”共同主席、赞比亚…": a title after the body's name; the body is what is chaired (read as a clause)
  if (/主席$/.test(text.slice(tStart, tEnd))) {
    const g = groups.filter((x) => x.end <= tStart).at(-1);
    if (g && /^[\s”"》]*(?:的)?$/.test(text.slice(g.end, tStart)) && g.members.every((x) => x.kind === "organisation")) return null;
  }
  // "The Network, launched in San Francisco, …", "The summit, hosted in Seoul, …": a participle after the name
  // and a comma describes that name (its object); with no "by" the act has no subject here
  // (not "Sixteen companies, including A and B, signed the commitments": a verb with its own object after it)
  if (!/[\u4e00-\u9fff]/.test(text.slice(tStart, tEnd)) && /ed$/i.test(text.slice(tStart, tEnd)) && /^\s+(?:in|at|on|during|last|earlier|this|since|from)\b/i.test(after)) {
    const g = groups.filter((x) => x.end <= tStart).at(-1);
    if (g && /^\s*,\s*$/.test(text.slice(g.end, tStart))) return null;
  }
  // "China's representative said …": a speaker, not a list of attending states
  if (/^representatives?$/i.test(text.slice(tStart, tEnd))) return null;
  // "签署该宣言的国家包括巴西、法国…": the countries listed after 包括 did it
  const zhList = ZH_LIST_AFTER.exec(after);
  if (zhList) {
    const from = tEnd + zhList[0].length;
    const members = spans.filter((x) => x.start >= from && SUBJECT_KINDS.has(x.kind));
    const g = groups.find((x) => x.start >= from && /^\s*$/.test(text.slice(from, x.start)));
    if (g && members.length) return { group: g, objectSide: "after", passive: false };
  }
  // "与会代表包括…，以及…公司的负责人，这些公司包括A、B": those taking part are listed after 包括 (every name after it)
  const zhAttendees = trig.role === "participant" && /^(?:与会|参会|出席)$/.test(text.slice(tStart, tEnd)) ? ZH_ATTENDEES_LIST.exec(after) : null;
  if (zhAttendees) {
    const from = tEnd + zhAttendees[0].length;
    const members = spans.filter((x) => x.start >= from && SUBJECT_KINDS.has(x.kind) && !(x.kind === "country" && NOT_AN_ACTOR_AFTER.test(text.slice(x.end, x.end + 40))));
    if (members.length) return { group: { members, start: members[0].start, end: members.at(-1)!.end }, objectSide: "after", passive: false };
  }
  const before = text.slice(s.start, tStart);
  // "As the first set of co-chairs, Austria, Bahrain and Canada will …", "作为本次会议的共同主席，A和B…": the
  // role noun opens the sentence and the list right after the comma holds it
  if (AS_ROLE_BEFORE.test(before) && /^(?:co-?chairs?|chairs?|co-?hosts?|hosts?|共同主席|联合主席|主席国|东道主|东道国)$/i.test(text.slice(tStart, tEnd))) {
    const comma = AS_ROLE_AFTER.exec(text.slice(tEnd, s.end));
    const from = comma ? tEnd + comma[0].length : -1;
    const g = comma ? groups.find((x) => x.start === from) : undefined;
    if (g) return { group: g, objectSide: "after", passive: false, asRole: true };
  }
  // "论坛的共同主席为肯尼亚、智利和秘鲁", "峰会的东道主是韩国": the role noun, a copula, then the list
  // ("《宣言》的签署国包括智利和秘鲁": a verb + 国/方 is the role noun too)
  const zhRoleNoun =
    /^(?:共同主席|联合主席|东道主|东道国)$/.test(text.slice(tStart, tEnd)) || (/^(?:签署|批准)$/.test(text.slice(tStart, tEnd)) && /^[国方]/.test(text.slice(tEnd, tEnd + 1)));
  if (zhRoleNoun) {
    const copula = /^(?:国|方)?(?:分别)?(?:为|是|包括|有)[:：]?\s*/.exec(text.slice(tEnd, s.end));
    const g = copula ? groups.find((x) => x.start === tEnd + copula[0].length) : undefined;
    if (g) return { group: g, objectSide: "after", passive: false, asRole: true };
  }
  // "the countries that have signed the Convention so far are: A, B; observer states …: C and D"
  if (LIST_NOUN_BEFORE.test(before) || LIST_NOUN_TRIGGER.test(text.slice(tStart, tEnd))) {
    const rest = text.slice(tEnd, s.end);
    const copula = LIST_COPULA.exec(rest);
    if (copula) {
      const from = tEnd + copula.index + copula[0].length;
      // every country after the copula; an organisation only as a list item, not in "member states of the Council of Europe"
      const members = spans.filter(
        (x) =>
          x.start >= from &&
          SUBJECT_KINDS.has(x.kind) &&
          !(x.kind === "country" && NOT_AN_ACTOR_AFTER.test(text.slice(x.end, x.end + 40))) &&
          (x.kind === "country" ||
            // "… of the Council of Europe", "three Council of Europe member states": the body qualifies a noun
            (!/\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, x.start - 8), x.start)) &&
              !/^\s+(?:member|members|countries|states)\b/i.test(text.slice(x.end, x.end + 12)))),
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
  // "共有28个国家签署了《宣言》，其中包括中国、美国和英国": a counted subject, then the named ones after the object
  if (!groups.some((g) => g.end <= tStart) && /(?:\d+|[一二三四五六七八九十百]+)多?个?(?:国家|国|成员国|方|家企业|家公司)[^，。；]{0,4}$/.test(text.slice(s.start, tStart))) {
    const incl = /^[^，。；]{1,60}?[，,]\s*(?:其中|当中)?(?:包括|有)[:：]?\s*/.exec(after);
    const from = incl ? tEnd + incl[0].length : -1;
    const g = incl ? groups.find((x) => x.start === from) : undefined;
    if (g) return { group: g, objectSide: "after", passive: false };
  }
  // the nearest list before the trigger that is an actor, not a place
  const candidates = groups.filter((g) => g.end <= tStart);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const g = candidates[k];
    if (isPlace({ before: text.slice(s.start, g.start), after: text.slice(g.end, s.end) }) || PLACE_AFTER.test(text.slice(g.end, s.end))) continue;
    // "智利是网络的创始成员": the body before 的 + a role noun is what the subject is a member of, not the subject
    if (/^(?:成员|缔约方|缔约国)/.test(text.slice(tStart, tEnd)) && /^[”》"]?\s*的[\u4e00-\u9fff]{0,2}$/.test(text.slice(g.end, tStart)) && k > 0) continue;
    // "briefings from U.N. Secretary-General Antonio Guterres, Jack Clark, co-founder of Anthropic": the title
    // after a person's name between commas is that person's, not the list's before it
    if (/,\s*(?:[A-Z][\p{L}.'-]+\s+){1,3}[A-Z][\p{L}'-]+,\s*(?:the\s+)?$/u.test(text.slice(g.end, tStart))) return null;
    // "A and B were among the U.N. members that led …": the body whose members they are is not the actor
    if (AMONG_BEFORE.test(text.slice(s.start, g.start))) continue;
    // "France … has decided to build on the momentum generated by the UK and Korea, which organized the previous two
    // Summits, by offering to host …": names after a preposition, with a relative clause of their own closed before
    // the verb, are not its subject
    if (
      /\b(?:by|from|of|with|to|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, g.start - 10), g.start)) &&
      /^\s*,\s*(?:which|who)\s+[^,;.]{1,80},/i.test(text.slice(g.end, tStart))
    )
      continue;
    // "Following the UK and South Korea, France will host …", "法国…承接英国和韩国，…主办": those it follows did
    // it before, not here (the phrase naming them ends at its comma)
    const followed = predecessorsEnd({ text, at: g.start, sentenceStart: s.start, sentenceEnd: s.end });
    if (followed >= 0) {
      const rest = g.members.filter((x) => x.start > followed);
      if (!rest.length) continue;
      return { group: { members: rest, start: rest[0].start, end: g.end }, objectSide: "after", passive: false };
    }
    // "France co-chaired the summit, where dozens of countries signed …": the clause in between has a subject
    // of its own (unnamed), so the names before it did not do this
    // "A, B and C were among the 30 countries that endorsed …", "were the first states to sign": the count is theirs
    if (AMONG_COUNT.test(text.slice(g.end, tStart))) return { group: g, objectSide: "after", passive: false };
    if (OWN_SUBJECT_BETWEEN.test(text.slice(g.end, tStart))) return null;
    // "2024年联合国大会通过…决议；以及…60个国家和国际组织签署声明": a list in a clause closed before the verb's is
    // not its subject
    if (/[;；]/.test(text.slice(g.end, tStart))) return null;
    // "中国…同赞比亚共同发起": the list after 同/with joins the clause's own subject
    if (WITH_BEFORE.test(text.slice(s.start, g.start).trimEnd())) {
      // ("The OECD's 36 member countries, along with A and B": the body that owns the noun is not among the actors)
      const lead = candidates
        .slice(0, k)
        .find((p) => !isPlace({ before: text.slice(s.start, p.start), after: text.slice(p.end, s.end) }) && !/^['’]s?\s/.test(text.slice(p.end, p.end + 3)));
      if (lead) return { group: { members: [...lead.members, ...g.members], start: lead.start, end: g.end }, objectSide: "after", passive: false };
    }
    // "广邀之友小组成员参与", "invited members of …": the invited, or the members of a group, are not its actors
    // ("three Council of Europe member states have ratified it": the members, not the body)
    if (MEMBERS_NAMED_AFTER.test(text.slice(g.end, g.end + 16)) || /(?:邀请?|invit(?:ed|ing|es)\s+(?:the\s+)?)$/i.test(text.slice(Math.max(s.start, g.start - 12), g.start)))
      return null;
    // a subject must not be an event, initiative or resolution's inner name
    if (spans.some((x) => !SUBJECT_KINDS.has(x.kind) && x.start <= g.start && x.end >= g.end)) continue;
    // "Chile and Peru were joined by Norway in signing …": those joined did it too
    const lead = candidates[k - 1];
    if (lead && /^\s*,?\s*in\s+$/i.test(text.slice(g.end, tStart)) && JOINED_BY.test(text.slice(lead.end, g.start)))
      return { group: { members: [...lead.members, ...g.members], start: lead.start, end: g.end }, objectSide: "after", passive: false };
    return { group: g, objectSide: "after", passive: false };
  }
  // "习近平主席提出《全球人工智能治理倡议》，…提出中国方案": a head of state or government named by name and title
  // only acts for the one state the sentence names (the labels' convention: a leader's act is the state's)
  // (texts only: at an event a leader's presence is not the state's role there)
  if (!EVENT_ROLES.has(trig.role) && HEAD_OF_STATE_BEFORE_ZH.test(text.slice(Math.max(s.start, tStart - 12), tStart))) {
    const states = [
      ...new Set(
        groups
          .flatMap((g) => g.members)
          .filter((x) => x.kind === "country")
          .map((x) => x.entityId),
      ),
    ];
    const own = groups.find((g) => g.members.length === 1 && g.members[0].kind === "country");
    if (states.length === 1 && own && !groups.some((g) => g.end <= tStart && g.members.some((x) => x.kind === "organisation")))
      return { group: own, objectSide: "after", passive: false };
  }
  // "[President Yoon] co-chaired the summit … with British Prime Minister Rishi Sunak": the partner named after
  // "with" shares the joint role even when the first actor is a person the atlas does not know
  if (trig.role.startsWith("co-")) {
    const g = withPartner({ text, s, from: tEnd, groups });
    if (g) return { group: g, objectSide: "after", passive: false };
  }
  return null;
}

/** "As the first set of co-chairs, …", "作为本届峰会的共同主席，…": a role noun opening the sentence. */
const AS_ROLE_BEFORE = /^[\s"“]*(?:As\s+(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,4}?|作为[^，,。；;]{0,30}?)$/i;
/** "… co-chairs of the plenary, A, B": the rest of the noun phrase up to the comma before the list. */
const AS_ROLE_AFTER = /^(?:\s+(?:of|for)\s+[^,;.]{0,80}?)?\s*[,，]\s*(?:the\s+)?/i;
/** "… were joined by Norway in signing": the list before is joined by the one after. */
const JOINED_BY = /^\s+(?:were|was|have been|has been|had been)\s+(?:also\s+)?joined\s+by\s+(?:the\s+)?$/i;

/** "习近平主席", "马克龙总统", "国家主席习近平" right before the verb (宣布 may stand between). */
const HEAD_OF_STATE_BEFORE_ZH = /(?:^|[，,、\s]|[年月日])(?:国家主席)?[\u4e00-\u9fff·]{2,5}(?:国家主席|主席|总统|总理|首相)(?:宣布|亲自|在[^，。；]{0,12}上)?\s*$/;
/** "… co-hosted the meeting with Zambia", "… 与赞比亚共同主持": a list after "with" in the same clause. */
const WITH_PARTNER = /^[^.;:；。]{0,80}?\b(?:with|alongside)\s+(?:the\s+)?/i;
export function withPartner({ text, s, from, groups }: { text: string; s: Sentence; from: number; groups: Group[] }): Group | undefined {
  const m = WITH_PARTNER.exec(text.slice(from, s.end));
  if (!m || CLAUSE_BREAK.test(m[0])) return undefined;
  const at = from + m.index + m[0].length;
  return groups.find((g) => g.start >= at && /^\s*(?:the\s+)?$/.test(text.slice(at, g.start)));
}
