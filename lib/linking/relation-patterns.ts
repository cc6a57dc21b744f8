import type { EntityKind, RelationRole } from "@/db/schema";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/* Patterns and role sets shared by the relation readers (extractRelations, readStatement and the clause readers). */

export const SUBJECT_KINDS = new Set<EntityKind>(["country", "organisation"]);
// ("shied away from signing", "opted out of", "refrained from", "held back from signing", "stopped short of",
// "abstained", "the signatories exclude …": refusals said without "not"; "didn’t", "hasn't": the n't is inside its
// word, where no word boundary goes before it)
export const NEGATION_EN =
  /\Bn['’]t\b|\b(?:not|never|no longer|declines?|declined|declining|refuse|refused|refuses|refusing|refusals?|rejects?|rejected|failed|opposed|withdrew|without|yet to|sh(?:y|ied|ies|ying) away from|refrain(?:ed|s|ing)? from|opt(?:ed|s|ing)? out|balk(?:ed|s)? at|h(?:olds?|eld|olding) back from|stop(?:s|ped|ping)? short of|steer(?:s|ed|ing)? clear of|st(?:ays?|ayed|aying) (?:away from|out of)|abstain(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|absent(?!\s+from\s+(?:the\s+)?(?:list|signatories|supporters|names)\b))\b/i;
export const NEGATION_ZH = /未|没有|没|拒绝|不愿|不会|不予|反对|退出|并非|不(?=是|签|加入|参加|出席|支持|参与|批准|认可)/;
/** Whether a stretch of text says "not", "declined", "拒绝", "未" …: what it reports is refused, not done. */
export const saysRefusal = (text: string) => NEGATION_EN.test(text) || NEGATION_ZH.test(text);

/** "following the UK", "after Korea", "承接英国", "继韩国": states named for what they did before */
const PREDECESSORS_BEFORE = /(?:\b(?:following|after|succeeding|in the footsteps of)\s+(?:the\s+)?|承接|接棒|接替|继)$/i;
/** what a phrase of names alone holds besides the names: no verb of its own ("After Kenya and Chile signed …") */
const ACT_IN_PHRASE = /\b(?:signed|hosted|adopted|joined|endorsed|launched|held|will|has|have|had|was|were|is|are|did)\b|签署|主办|举办|通过|加入|发布|了/i;

/**
 * "Following the UK and South Korea, France will host …", "法国…承接英国和韩国，于…主办": a phrase that names the
 * states another one follows, up to its comma, says nothing of them here. Where that phrase ends (-1: none at `at`).
 */
export function predecessorsEnd({ text, at, sentenceStart, sentenceEnd }: { text: string; at: number; sentenceStart: number; sentenceEnd: number }): number {
  if (!PREDECESSORS_BEFORE.test(text.slice(Math.max(sentenceStart, at - 16), at))) return -1;
  const rest = text.slice(at, Math.min(sentenceEnd, at + 80));
  const comma = rest.search(/[,，]/);
  if (comma < 0 || ACT_IN_PHRASE.test(rest.slice(0, comma))) return -1;
  return at + comma;
}
/**
 * "中国愿参加…", "hopes to join", "预计将很快签署", "its intention to sign", "is set to join": a wish, an offer, an
 * expectation, an intention or a plan, not participation (yet); ("announced intentions to form" a body proposes it:
 * read by the proposer's trigger)
 */
export const HEDGE_EN =
  /\b(?:would like|wish(?:es|ed)?|hopes?|hoped|willing|ready|invited|invites|urged|urges|called on|calls on|encouraged|considering|expected to|likely to|whether (?:to|it will|they will|it would|they would)|(?:intends?|intending|intentions?|(?:is|are) set) to (?:sign|join|ratify|accede|endorse|adopt|become|co-sponsor|sponsor))\b/i;
/** The verbs that invite or urge others to act ("invited", "urges", "called on"). */
const INVITING_VERBS = "invited|invites|inviting|urged|urges|urging|called on|calls on|calling on|encouraged|encourages|asked|asks";
/** What they are asked to do: "to become", "to sign", "to join" … */
export const ASKED_ACT = /\bto (?:become|sign|join|endorse|adopt|accede|ratify|support|co-sponsor|sponsor)\b/i;
/** "invited A to sign", "urged states to become parties": an act asked for, not done (HEDGE_EN's verbs, with what was asked). */
export const INVITED_TO_ACT = new RegExp(`\\b(?:${INVITING_VERBS})\\b[^.;:!?]{0,80}?${ASKED_ACT.source}`, "i");
/** The inviting verb right before a list ("to invite", "urged the"): what the list is asked to do comes after it. */
export const INVITES_BEFORE = new RegExp(`\\b(?:invite|urge|encourage|ask|${INVITING_VERBS})\\s+(?:the\\s+)?$`, "i");
/**
 * "the body includes government officials from Mexico to South Africa and academics from countries such as the U.S.":
 * people from a state are members of a body of persons; the state is not (the text before the state's list).
 */
export const PEOPLE_FROM =
  /\b(?:officials|academics|experts|executives|scientists|researchers|scholars|nationals|citizens|people|individuals)\s+from\s+(?:(?:countries|nations|states)\s+(?:such as|like|including)\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+to\s+(?:the\s+)?)?$/;
/** "may sign", "could join" (lower case: "on May 21" is a date). */
export const HEDGE_MODAL_EN = /\b(?:may|might|could)\b/;
/** (受邀签署 "invited to sign" has not signed; 受邀出席 "attended as an invited guest" did attend) */
export const HEDGE_ZH = /愿意?|希望|期待|有意|考虑|拟|欢迎|邀请|受邀(?=签署|签字|加入)|呼吁|预计|有望|可能|或将/;
/** "The resolution, once endorsed by the General Assembly, would …", "if adopted": a condition right before the act. */
export const CONDITION_BEFORE_EN = /\b(?:once|if|unless|until)\s+$/i;
export const LIST_NOUN_TRIGGER =
  /^(?:signatories|co-sponsors|sponsors|members?(?: of)?|participants|attendees|co-?chairs|chairs|co-?hosts|hosts|co-?founders|founders|supporters|backers)$/i;
export const EVENT_ROLES = new Set<RelationRole>(["host", "co-host", "chair", "co-chair", "participant"]);

/** Names of bodies and programmes one takes part in by joining them (not texts, not meetings). */
export const BODY_NAME_ANY = /network|group|partnership|alliance|coalition|initiative|programme|program|platform|mechanism|网络|小组|伙伴关系|联盟|倡议|计划|平台|机制/i;
/** Words that make an initiative a text one signs (declarations, statements, conventions), not a body one joins. */
export const DOCUMENT_NAME = /declaration|statement|convention|treaty|commitments|call to action|principles|charter|宣言|声明|公约|条约|承诺|宪章/i;

export const MAX_OBJECT_GAP = 90;
export const CLAUSE_BREAK = /[;；。]|,\s+(?:while|whereas|but|although|though)\b/;
/** How many sentences back an event may have been reported for "…等国派员参会" to refer to it. */
export const EVENT_LOOKBACK = 2;

const COMPANIES_EN =
  /^\s+(?:(?:tech|technology|AI|big|major|leading|internet|state-owned)\s+){0,2}(?:giants|companies|company|firms|firm|startups|start-ups|labs|developers|corporations|businesses)\b/;
const COMPANIES_ZH = /^(?:的)?(?:科技)?(?:企业|公司|巨头)/;
const NOT_THE_STATE_ZH = /政府|代表|外交|常驻|主席|总统|总理|部长|大使|使馆|共同|联合|主办|举办|承办|签署|加入|支持|提出|发起|出席|参加|参与|倡议/;
const INSTITUTION_ZH = /研究院|研究所|研究中心|研究网络|科学院|工程院|信通院|大学|学院|协会|学会|联合会|联盟|基金会|实验室|商会/;
const INSTITUTION_NAME_ZH = new RegExp(
  `^(?![与和及同、将已在于对向为是也都])(?:(?!${NOT_THE_STATE_ZH.source})[^\\P{Script=Han}和及同、的在于是对向为也都将已]){0,14}?(?:${INSTITUTION_ZH.source})`,
  "u",
);
/**
 * "US tech giants", "Chinese companies": a state that only says where companies come from is not an actor.
 * Nor is a state whose name opens an institution's ("由中国人工智能发展与安全研究网络主办", "中国信息通信研究院院长"):
 * a run of name characters, with no word of the state's own acts or offices in it, up to the institution noun.
 */
export const NOT_AN_ACTOR_AFTER = new RegExp([COMPANIES_EN.source, COMPANIES_ZH.source, INSTITUTION_NAME_ZH.source].join("|"), "u");

const CITY_BEFORE = /\b(?:in|at|to|from|visiting|visited)\s+[A-Z][\p{Ll}-]+(?:\s+[A-Z][\p{Ll}-]+){0,2},\s+(?:the\s+)?$/u;
const PHRASE_CLOSED_AFTER = /^\s*(?:[,;.)]|(?:on|in|at|for|from|during|last|this|next|earlier)\b)/;
/**
 * "traveled to Vilnius, Lithuania, on September 4-5 to sign": a state after its city, the phrase closed after it, is
 * where, not who (not "in Beijing, China launched …", where the state opens the clause). The city is capitalised, the
 * preposition not ("In addition, China …").
 */
export function isStateAfterItsCity({ before, after }: { before: string; after: string }): boolean {
  return CITY_BEFORE.test(before) && PHRASE_CLOSED_AFTER.test(after);
}

/** Bodies that adopt resolutions: an assembly, a council, a conference (not "the UN" as a whole). */
export const ADOPTING_BODY = /assembly|council|conference|commission|大会|理事会|安理会|委员会/i;

export const LEADING_ROLES = new Set<RelationRole>(["host", "co-host", "chair", "co-chair"]);

export function relationOf({
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

/** "the next summit", "下届会议": a meeting word that points at another meeting than the one reported. */
export const OTHER_MEETING = /\b(?:next|upcoming|following|previous|last|another|future)\b|下一?届|下次|上一?届/i;

/** A state or body that took part in a meeting: the statement over [start, end) of sentence s, read by a pattern. */
export function tookPartIn({
  source,
  s,
  subjectId,
  eventId,
  start,
  end,
}: {
  source: string;
  s: Sentence;
  subjectId: number;
  eventId: number;
  start: number;
  end: number;
}): FoundRelation {
  return {
    subjectId,
    objectId: eventId,
    role: "participant",
    evidence: source.slice(s.start, s.end),
    evidenceStart: s.start,
    start,
    end,
    confidence: 0.5,
    why: { matched: source.slice(start, end), form: "participant", rule: "pattern" },
  };
}

/**
 * An official right after the state or body they stand for: "German Chancellor", "Bhutan's Prime Minister",
 * "Kenya's Special Envoy", "Chinese Vice Minister", "Netherlands PM", "China's delegation".
 */
export const OFFICIAL_AFTER_EN =
  /^(?:['’]s?)?\s+(?:(?:outgoing|incoming|former|new|acting|then)\s+)?(?:(?:Vice|Deputy|Foreign|Prime|Senior|Special|Permanent|Cabinet|Chief)[- ])*(?:Premier|President|Minister|Envoy|Ambassador|Secretary|Chancellor|Delegate|Representative|King|Queen|Crown Prince|Emir|PM|delegation|delegates|representatives?|officials?)\b/;

/**
 * A leader's title, then "of", right before a state or body: "the Prime Ministers of Bhutan, …", "President of the
 * European Commission …": the person stands for the state or body.
 */
export const LEADER_OF =
  /\b(?:Prime Ministers?|Presidents?|Vice Presidents?|Kings?|Queens?|Emirs?|Chancellors?|Chair(?:man|woman|person)?s?|Heads?|Secretary-General|Director-General|leaders|heads of (?:state|government))\s+of\s+(?:the\s+)?$/i;

/**
 * A body's members named right after it: "成员", "的46个成员国", "'s 46 member states", "members of": the members act,
 * not the body.
 */
export const MEMBERS_NAMED_AFTER = /^(?:\s*(?:的\s*(?:\d+|[一二三四五六七八九十百]+)?多?个?)?(?:成员|会员)|(?:['’]s?)?\s*(?:\d+\s+)?members?\b)/i;

/** Right after a body's name: "Summit", "Leaders' Summit", "峰会" (the body's meeting, not the body). */
export const BODY_SUMMIT_AFTER = /^(?:\s+(?:Leaders['’]?\s+)?Summits?\b|\s*(?:领导人)?峰会)/;
