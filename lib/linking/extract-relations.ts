import type { EntityKind, RelationRole } from "@/db/schema";
import { readEventSpeakers } from "./read-event-speakers";
import { readEventVenues } from "./read-event-venues";
import { readRoleTitles } from "./read-role-titles";
import { datesOverlap } from "./resolve-dates";
import type { DateMention, FoundMention, FoundRelation, Sentence } from "./types";

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
  /** only in the passive ("backed by A, B"): the active form says something weaker */
  passiveOnly?: boolean;
  /** the object is a declaration, statement or treaty (a text one signs), not any initiative */
  documentOnly?: boolean;
  /** the object is the name standing right before the trigger ("the G-7 groups A, B …") */
  objectAdjacent?: boolean;
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
    en: /\bco-?found(?:ed|er|ers)\b|\bco-?founding(?=\s+(?:of|the|a|an)\b)|\bjointly (?:founded|launched|established|initiated)\b/g,
    zh: /共同(?:发起成立|发起|成立|创立|创建|倡议成立)/g,
    objects: ["organisation", "initiative", "event"],
  },
  { role: "co-sponsor", en: /\b[Cc]o-?sponsor(?:s|ed|ing|ship)?\b/g, zh: /联署|共同提案|共提|共同提出/g, objects: DOCUMENT },
  {
    role: "signatory",
    // ("are parties to the Convention", "是公约缔约方": a party to a text has signed it)
    en: /\b[Ss]ign(?:s|ed|ing|atory|atories)?\b|\bratif(?:y|ied|ies|ication)\b|\bendors(?:e|ed|es|ing|ement)\b|\bpart(?:y|ies) to\b/g,
    zh: /签署|签字|签约|批准|认可|核准|缔约方|缔约国/g,
    objects: ["initiative", "resolution"],
  },
  // "presented the draft on behalf of A, B and C": the countries named are the draft's sponsors
  { role: "sponsor", en: /\bon behalf of\b/g, objects: DOCUMENT, needs: /\b(?:introduc|present|tabl|submitt?)(?:ed|ing|es|s)?\b/i, subjectsAfter: true },
  { role: "sponsor", en: /\bsponsor(?:s|ed|ing)?\b|\btabled\b|\bdrafted\b|\bintroduced\b|-led\b|-drafted\b|\bpenholder\b/g, zh: /主提|提交|起草|牵头/g, objects: DOCUMENT },
  // "led efforts for the assembly to adopt the resolution", "spearheaded by", "put forth by": who carried the text
  {
    role: "sponsor",
    en: /\bled (?:the )?(?:efforts?|negotiations|push|drive)\b|\bspearhead(?:ed|s|ing)?\b|\bchampion(?:ed|s)\b|\bput forth\b|\bled(?= by\b)/g,
    objects: DOCUMENT,
  },
  // "the Seoul Declaration was backed by A, B …": backing a declaration is subscribing to it
  // "A, B and C backed the report", "the plan, supported by A and B", "中方支持《…倡议》": support for a text or a
  // programme; "the Seoul Declaration was backed by A, B …" is subscribing to it (signatory, below)
  {
    role: "supporter",
    // (not "backed away from", "backed down")
    en: /\bback(?:s|ed|ing)?\b(?!\s+(?:away|down|off|out)\b)|\bsupport(?:s|ed|ing)?\b|\bmandated\b/g,
    zh: /支持(?=\s*了?\s*(?:[《“"]|该|这一|这项|上述))/g,
    objects: ["initiative", "resolution"],
  },
  { role: "adopted-by", en: /\badopt(?:s|ed|ing|ion)?\b|\bpassed\b|\bapproved\b/g, zh: /通过/g, objects: ["resolution", "initiative"] },
  { role: "host", en: /\bhost(?:s|ed|ing)?\b|\borgani[sz]ed\b/g, zh: /主办|举办|承办|东道主/g, objects: EVENTISH },
  { role: "chair", en: /\bchair(?:s|ed|ing|manship)?\b|\bpresided\b|\bpresidency\b/g, zh: /主持|担任(?=[^，。；]{0,30}?主席)|轮值主席/g, objects: EVENTISH },
  // 启动 a mechanism, platform or body founds it (启动 a programme or plan does not)
  {
    role: "founder",
    // ("the founding principles", "founding members": an adjective, not an act)
    en: /\bfound(?:ed|er|ers)\b|\bfounding(?=\s+(?:of|the|a|an)\b)|\bestablished\b|\bset up\b/g,
    zh: /发起成立|(?<!倡议|提议)成立|创立|创建|启动(?!仪式)(?=[^，。；,]{0,30}?(?:机制|平台|机构|中心|网络|小组|基金))/g,
    objects: ["organisation", "initiative", "event"],
  },
  {
    role: "proposer",
    en: /\bpropos(?:ed|es|al)\b|\blaunch(?:ed|es)?\b|\bput forward\b|\bunveil(?:ed|s)?\b|\binitiated\b/g,
    zh: /倡议(?=成立)|提议(?=成立)|提出|发起|发布|宣布/g,
    objects: ["initiative", "resolution", "organisation"],
  },
  // "the G-7 groups Britain, Canada … plus the EU", "BRICS comprises A, B", "七国集团由…组成" is read below
  {
    role: "member",
    // ("X, whose members include A, B", "X's members are A, B", "X now has three members: A, B")
    en: /\b(?:groups|comprises|comprised|comprise|consists of|consist of|is made up of|brings together)\b|,\s*whose\s+(?:[a-z]+\s+)?members\s+(?:include|includes|are|comprise)\b|['’]s?\s+(?:[a-z]+\s+)?members\s+(?:include|are|comprise)\b|\bhas\s+(?:[a-z\d]+\s+)?members\s*(?::|,?\s*(?:including|namely)\b)/g,
    zh: /(?:的)?成员国?(?:包括|有|为)[:：]?/g,
    objects: ["organisation"],
    subjectsAfter: true,
    objectAdjacent: true,
  },
  { role: "member", en: /\b[Jj]oin(?:s|ed|ing)?\b|\b[Mm]embers? of\b|\bmembership\b|\bacce(?:ded|ssion)\b/g, zh: /加入|(?<!非)成员/g, objects: ["organisation", "initiative"] },
  {
    role: "participant",
    en: /\b[Aa]ttend(?:s|ed|ing|ees)?\b|\bparticipat(?:ed|es|ing|ion)\b|\btook part\b|\bspoke at\b|\baddressed\b|\bdelivered (?:a |the )?(?:keynote |opening )?(?:speech|statement|remarks|address) at\b|\bdelegates?\b|\bdelegations?\b|\brepresentatives?\b|\b(?:was|were) (?:also )?present\b/g,
    // (not "参与联署", "参加签署": taking part in signing is the signing, read by its own trigger)
    zh: /出席|参加(?!签署|联署)|参会|与会|参与(?!联署|签署|起草)|到场/g,
    objects: ["event"],
  },
];

const SUBJECT_KINDS = new Set<EntityKind>(["country", "organisation"]);
/** Text that may stand between two names of one list. */
const LIST_GAP = /^\s*(?:,|，|、|;|and|&|plus|as well as|along with|together with|和|与|及|以及|同|跟)?\s*(?:,|，|and)?\s*(?:the\s+)?$/i;
/**
 * "塞尔维亚总统武契奇、印尼统筹部长卢胡特以及…", "Serbian President Vučić, Indonesian Minister Luhut and …": a
 * person named after the country's name (title, then name) does not break the list of countries.
 */
const LIST_GAP_PERSON_ZH = /^[\u4e00-\u9fff]{0,6}(?:总统|总理|首相|主席|部长|外长|大使|代表|国王|特使|领导人|首脑)[\u4e00-\u9fff·]{0,8}\s*(?:、|，|,|和|与|及|以及)\s*$/;
const LIST_GAP_PERSON_EN =
  /^(?:['’]s)?\s+(?:[A-Za-z][a-z]+\s+){0,2}(?:[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Ss]ecretary|[Aa]mbassador|King|[Ee]nvoy|[Cc]hancellor|[Pp]remier)\s+(?:[A-Z][\p{L}'-]+\s*){1,3}(?:,|and|, and)\s*(?:the\s+)?$/u;
/** "in China", "在联合国总部", "向第78届联合国大会": a place or a recipient, not an actor. */
/** (not the 在 of 旨在/正在/存在, the 于 of 由于/关于/对于 or of a date 于4月22日, the 对 of 面对/针对: those are no prepositions of place) */
const PLACE_BEFORE =
  /(?:\b(?:in|at|to|against|toward|towards|on|over|into)\s+(?:the\s+)?|(?:常驻|(?<![旨正现存所实好自])在|(?<![由对关至等属终])于(?![\d一二三四五六七八九十〇]+[年月日号])|赴|向|(?<![面针绝相应])对|(?<![以甚直乃])至)[\u4e00-\u9fff\d]{0,8})$/i;
/** "联合国总部", "UN headquarters": the name is part of a place. */
const PLACE_AFTER = /^\s*(?:总部|首都|大楼|会场|headquarters|HQ)/i;
/** (not the 与 of 参与, the 同 of 共同/协同, the 和 of 总和: those are no partners' "with") */
const WITH_BEFORE = /(?:\b(?:with|together with|along with|alongside)\s+(?:the\s+)?|(?<![共协如赞认])同|(?<![参给授])与|跟|(?<![总平缓温调])和)$/i;
const NEGATION_EN = /\b(?:not|never|no longer|n't|declined|refused|refuses|refusing|rejected|failed|opposed|withdrew|without|yet to)\b/i;
const NEGATION_ZH = /未|没有|没|拒绝|不愿|不会|不予|反对|退出|并非|不(?=是|签|加入|参加|出席|支持|参与|批准|认可)/;
/** "中国愿参加…", "hopes to join", "预计将很快签署": a wish, an offer or an expectation, not participation (yet). */
const HEDGE_EN = /\b(?:would like|wish(?:es|ed)?|hopes?|hoped|willing|ready|invited|invites|urged|urges|called on|calls on|encouraged|considering|expected to|likely to)\b/i;
/** "may sign", "could join" (lower case: "on May 21" is a date). */
const HEDGE_MODAL_EN = /\b(?:may|might|could)\b/;
const HEDGE_ZH = /愿意?|希望|期待|有意|考虑|拟|欢迎|邀请|呼吁|预计|有望|可能|或将/;
/** "urged Peru to sign", "呼吁秘鲁加入": the list after a verb of asking is asked, not acting. */
const URGED_BEFORE =
  /(?:\b(?:urged|urges|urging|called on|calls on|asked|asks|invited|invites|encouraged|encourages|pressed|pressing|pushed)\s+(?:the\s+)?|(?:呼吁|敦促|邀请|鼓励|要求|促请)\s*)$/i;
/** "by consensus", "by a recorded vote of 152": how a text was adopted, not who adopted it. */
const BY_MANNER = /^\s*(?:consensus|acclamation|a (?:recorded |wide |large )?(?:vote|majority)|\d+ votes|unanimous|majority)/i;
/** "by more than 140 countries, including (a last-minute addition of) …": the named ones after the count. */
const BY_COUNT_INCLUDING =
  /^\s*(?:the\s+)?(?:(?:more than|over|nearly|about|some|almost|at least)\s+)?(?:\d+|several|many|numerous|dozens of|a number of)\s+(?:other\s+)?(?:countries|states|member states|nations|delegations|governments)(?:\s+and\s+(?:international\s+)?(?:organi[sz]ations|institutions|bodies))?\s*,?\s*(?:including|among them|such as|like)\b[^.;,]{0,40}?$|^\s*(?:the\s+)?(?:(?:more than|over|nearly|about|some|almost|at least)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-[a-z]+|several|many|dozens of)\s+(?:other\s+)?(?:countries|states|member states|nations|governments)\s+(?:and|as well as|plus)\s+(?:the\s+)?$/i;
/** "the countries that have signed the Convention so far are: …", "countries endorsing it include …", "signatories include …": a list after the copula. */
const LIST_COPULA = /^[^.;:]{0,160}?\b(?:are|were|include|included|includes|including|comprise)\b\s*:?|^[^.;:]{0,160}?:/i;
const LIST_NOUN_BEFORE =
  /\b(?:countries|states|nations|parties|members|governments|signatories|co-sponsors|sponsors|participants|[Tt]hose)\s+(?:(?:that|which|who)\s+(?:have\s+|had\s+|has\s+)?)?(?:so far\s+|already\s+|now\s+)?$/i;
const LIST_NOUN_TRIGGER =
  /^(?:signatories|co-sponsors|sponsors|members?(?: of)?|participants|attendees|co-?chairs|chairs|co-?hosts|hosts|co-?founders|founders|supporters|backers)$/i;
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
const PASSIVE_BY =
  /^\s*(?:over\s+)?(?:(?:[a-z]+ly|(?:last|this|earlier this|next)\s+(?:year|month|week)|(?:on|in|at)\s+(?:[A-Z][\p{L}.]*|\d{1,2}|\d{4})(?:[-–]\d{1,2})?(?:\s+(?:\d{1,4}|[A-Z][a-z]+)(?:[-–]\d{1,2})?)?)\s*,?\s+){0,2}by\b/iu;
/**
 * "co-chaired by Ambassador Egriselda López of El Salvador and Ambassador Rein Tammsaar of Estonia", "by Foreign
 * Minister X of Chile": an envoy or minister named with the state they act for (the state is the subject).
 */
const ENVOY_OF_EN =
  /(?:(?:[Ss]enior|[Ff]oreign|[Dd]eputy|[Ss]pecial|[Pp]ermanent)\s+)?(?:Ambassador|Minister|Secretary|President|Prime Minister|Representative|Envoy|Director-General|Chancellor|Premier)\s+(?:[A-Z][\p{L}.'-]*\s+){1,3}(?:of|from)\s+(?:the\s+)?$/u;
const BY_ENVOY_PREFIX = new RegExp(`^\\s*(?:both\\s+)?${ENVOY_OF_EN.source}`, "u");
const LIST_GAP_ENVOY_EN = new RegExp(`^\\s*(?:,|and|, and)\\s+${ENVOY_OF_EN.source}`, "u");
/** People who attend for their countries ("representatives from …"). */
const PARTICIPANT_NOUN = /^(?:representatives?|delegates?|delegations?)$/i;
/** "与会代表包括", "出席者有", "参会企业包括": the people or bodies taking part, then the list. */
const ZH_ATTENDEES_LIST = /^(?:的)?(?:代表|者|嘉宾|人士|各方|国家|企业|公司|机构)(?:还|则)?(?:包括|有|为)[:：]?\s*/;
/** "签署该宣言的国家包括", "出席会议的国家有": the list after the copula. */
const ZH_LIST_AFTER = /^[^，。；,;]{0,24}?的(?:国家和地区|国家|成员国|成员|各方|国)(?:还|则|已)?(?:包括|有|为|是)[:：]?\s*/;
/** (and "印度政府预估将有25万人与会", "India expects 250,000 people to attend": a count of people is the subject) */
const OWN_SUBJECT_BETWEEN =
  /[、，,]\s*(?:\d+|[一二三四五六七八九十百]+)多?个(?:国家|成员国|会员国|国)|\b(?:where|whereas|while)\b|\b(?:\d+|dozens|scores|many|several|some|most|other|more than \d+|over \d+)\s+(?:of\s+)?(?:other\s+)?(?:countries|states|nations|governments|leaders|delegations|members)\b|(?:\d[\d,.]*\s*[万千百]?|[一二三四五六七八九十百千万]+)多?(?:名|位)?(?:人次|人|嘉宾|观众|访客)(?=[\u4e00-\u9fff]{0,4}$)|\b\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:people|visitors|attendees|participants|guests)\b/i;
const AMONG_COUNT =
  /^\s*,?\s*(?:were|are|was|is|became)\s+(?:also\s+)?(?:among\s+)?(?:the\s+)?(?:(?:\d+|first|latest|only|[a-z]+)\s+)?(?:other\s+)?(?:countries|states|nations|governments|members|signatories)\s+(?:that|which|who|to)\s+(?:have\s+|had\s+|has\s+)?(?:already\s+|so far\s+)?$/i;
const AMONG_BEFORE = /\b(?:is|are|was|were)\s+(?:also\s+)?among\s+(?:the\s+)?$/i;
/** "…, alongside the United States, the EU …": others who did the same. */
const ALONGSIDE = /^[^.;:]{0,40}?\b(?:alongside|along with|together with|as did|joined by)\s+/i;
const CO_SUBJECT_ROLES = new Set<RelationRole>(["signatory", "participant", "member"]);
const EVENT_ROLES = new Set<RelationRole>(["host", "co-host", "chair", "co-chair", "participant"]);
/** "expressed his gratitude to Armenia for signing", "thanked Japan for joining". */
const FOR_DOING = /\bfor\s+$/i;

/** Names of bodies and programmes one takes part in by joining them (not texts, not meetings). */
const BODY_NAME_ANY = /network|group|partnership|alliance|coalition|initiative|programme|program|platform|mechanism|网络|小组|伙伴关系|联盟|倡议|计划|平台|机制/i;
/** Words that make an initiative a text one signs (declarations, statements, conventions), not a body one joins. */
const DOCUMENT_NAME = /declaration|statement|convention|treaty|commitments|call to action|principles|charter|宣言|声明|公约|条约|承诺|宪章/i;

const MAX_OBJECT_GAP = 90;
const CLAUSE_BREAK = /[;；。]|,\s+(?:while|whereas|but|although|though)\b/;
/** How many sentences back an event may have been reported for "…等国派员参会" to refer to it. */
const EVENT_LOOKBACK = 2;

type Group = { members: FoundMention[]; start: number; end: number };

/** "俄罗斯、法国等70多个国家及联合国、国际电信联盟等国际组织": the countries and the organisations are one list. */
/** "法国、共同主席国印度、中国": a title before the next state of the list. */
const LIST_GAP_TITLE_ZH = /^\s*(?:、|，|,|和|与|及|以及)\s*(?:共同|联合|轮值)?(?:主席国|东道国|东道主)\s*$/;
/** "摩尔多瓦共和国、圣马力诺": the rest of a state's long name after its short one. */
const LIST_GAP_STATE_SUFFIX_ZH = /^(?:共和国|王国|联邦|公国|大公国|合众国|民主共和国|联合共和国)\s*(?:、|，|,|和|与|及|以及)\s*$/;
const LIST_GAP_ETC_ZH = /^等[\d一二三四五六七八九十百]*多?个?(?:国家|国|方)(?:代表)?\s*(?:和|及|以及|、|，)\s*$/;

function isListGap(gap: string): boolean {
  return (
    LIST_GAP.test(gap) ||
    LIST_GAP_PERSON_ZH.test(gap) ||
    LIST_GAP_PERSON_EN.test(gap) ||
    LIST_GAP_ETC_ZH.test(gap) ||
    LIST_GAP_STATE_SUFFIX_ZH.test(gap) ||
    LIST_GAP_TITLE_ZH.test(gap) ||
    LIST_GAP_ENVOY_EN.test(gap)
  );
}

/**
 * Adjacent subject mentions joined by list separators form one group. "International Telecommunication Union
 * (ITU)" is one member (the abbreviation in brackets is skipped); in "U.N. General Assembly" the first name only
 * qualifies the second, which is the member.
 */
function subjectGroups(text: string, subjects: FoundMention[]): Group[] {
  const groups: Group[] = [];
  for (const m of subjects) {
    const last = groups.at(-1);
    const prev = last?.members.at(-1);
    if (last && prev && m.start >= last.end) {
      const gap = text.slice(last.end, m.start);
      if (m.entityId === prev.entityId && /^\s*\(\s*$/.test(gap)) {
        const close = /^\s*\)/.exec(text.slice(m.end, m.end + 4));
        if (close) last.end = m.end + close[0].length;
        continue;
      }
      if (/^\s*$/.test(gap) && m.kind === "organisation" && prev.kind === "organisation") {
        last.members[last.members.length - 1] = m;
        last.end = m.end;
        continue;
      }
    }
    if (last && m.start >= last.end && isListGap(text.slice(last.end, m.start))) {
      last.members.push(m);
      last.end = m.end;
    } else groups.push({ members: [m], start: m.start, end: m.end });
  }
  return groups;
}

/**
 * The family a role is compared in: a joint role is its role ("co-host" is hosting). A text's proposer and its
 * sponsor are one family: news prose and the labels say "China-proposed resolution", "中方主提的决议" and
 * "the Chinese-sponsored resolution" of the same fact (the main sponsor puts the draft forward; an initiative's
 * proposer is the state that puts it forward), and mergeSponsorship already keeps only one of the two per pair.
 * Co-sponsors stay sponsors (co- is dropped first), supporters and signatories stay apart.
 */
export function roleFamily(role: string): string {
  const base = role.replace(/^co-/, "");
  return base === "proposer" ? "sponsor" : base;
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
  dates = [],
  dateOf = () => null,
  publishedAt = null,
  eventsOnPublicationDay = [],
}: {
  text: string;
  /** the article as written, when `text` is its simplified-character reading (same offsets): evidence and why quote it */
  source?: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  language: "zh" | "en";
  reportedEvents?: ReportedEvent[];
  /** the article's dates and the atlas's date of an entity: an implied event must fit the sentence's date */
  dates?: DateMention[];
  dateOf?: (id: number) => string | null | undefined;
  publishedAt?: string | null;
  /** events the atlas dates on the publication day (± 1): what "the meeting" of a same-day report may be */
  eventsOnPublicationDay?: number[];
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
    // "中国外交部长王毅出席…": a minister (…部长) acts for the state named in the title, not for the ministry
    const minister = (o: FoundMention) => o.kind === "organisation" && /部$/.test(o.surface) && /^[长長]/.test(text.slice(o.end, o.end + 1));
    const spans = inSentence.filter(
      (m, i) =>
        !(minister(m) && inSentence.some((c) => c.kind === "country" && c.start === m.start && c.end < m.end)) &&
        !inSentence.some(
          (o, k) => k !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start && !(minister(o) && m.kind === "country" && m.start === o.start),
        ),
    );
    const subjects = spans.filter((m) => SUBJECT_KINDS.has(m.kind) && !(m.kind === "country" && COMPANY_NOUN_AFTER.test(text.slice(m.end, m.end + 40))));
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
        const implied = (kind: "event" | "document" | "body", pronoun = false) =>
          impliedObject({ kind, pronoun, text, s, index, tStart, tEnd, sentences, mentions, reportedEvents, dates, dateOf, publishedAt, eventsOnPublicationDay });
        const found = readStatement({ text, s, tStart, tEnd, trig, spans, groups, recentEvent, implied });
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
  const clauses = [
    ...readListContinuations({ text, source, sentences, mentions, found: out }),
    ...readJointStatementParties({ text, source, sentences, mentions }),
    ...readMembershipClauses({ text, source, sentences, mentions }),
    ...readRoleNounsZh({ text, source, sentences, mentions }),
    ...readOwnedTexts({ text, source, sentences, mentions }),
    ...readEventSpeakers({ text, source, sentences, mentions, reportedEvents }),
    ...readEventVenues({ text, source, sentences, mentions }),
    ...readRoleTitles({ text, source, sentences, mentions, reportedEvents }),
    ...readBodiesResolutions({ text, source, sentences, mentions }),
  ].filter((r) => {
    // (one fact once, whichever clause reader read it first)
    const key = `${r.subjectId}:${r.role}:${r.objectId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return dropSupportOfOwnTexts(dropVenuesOfJointHosts(dropHostsAsParticipants(mergeSponsorship(dropProposersOfFounded({ found: [...out, ...clauses] })))));
}

/** "是…的提出者/发起方/主办国/签署国/成员": the role noun after 的 and the role it names. */
const ROLE_NOUN_ZH: [RegExp, RelationRole, EntityKind[]][] = [
  [/^(?:提出者|提出方|提出国|倡议者|倡导者|首倡者|主提国)/, "proposer", ["initiative", "resolution", "organisation"]],
  [/^(?:发起者|发起方|发起国|创始国|创建者|创立者)/, "founder", ["organisation", "initiative", "event"]],
  [/^(?:共同发起方|共同发起国)/, "co-founder", ["organisation", "initiative", "event"]],
  [/^(?:主办方|主办国|东道国|东道主|举办国|承办方)/, "host", ["event"]],
  [/^(?:签署方|签署国|缔约方|缔约国)/, "signatory", ["initiative", "resolution"]],
  [/^(?:创始成员国?|首批成员国?|成员国|成员)/, "member", ["organisation", "initiative"]],
  [/^(?:联署国|共同提案国)/, "co-sponsor", ["resolution"]],
];

/**
 * "中国是《全球人工智能治理倡议》的提出者", "韩国是峰会的东道国", "肯尼亚也是该网络的创始成员": a state or body, a
 * copula, the object, 的, then a noun that names the role. The object stands right after the copula (in 《》 or
 * quotes at most); a negated copula ("不是", "并非") says nothing.
 */
function readRoleNounsZh({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    if (!/是|为/.test(text.slice(s.start, s.end)) || !/[\u4e00-\u9fff]/.test(text.slice(s.start, s.end))) continue;
    const inS: FoundMention[] = [];
    for (let j = mi; j < mentions.length && mentions[j].start < s.end; j++) if (mentions[j].end <= s.end) inS.push(mentions[j]);
    for (let i = 0; i + 1 < inS.length; i++) {
      const subject = inS[i];
      if (!SUBJECT_KINDS.has(subject.kind)) continue;
      const object = inS.find((x) => x.start >= subject.end && x !== subject);
      if (!object) continue;
      const copula = /^(?:方|国)?\s*(?:也|还|则|就|均|都)?(?:是|为|系)\s*(?:该|本次|此次)?[《“"「]?$/.exec(text.slice(subject.end, object.start));
      // (the copula admits no 不/并非: "中国不是…的签署国" does not match)
      if (!copula) continue;
      const tail = /^[》”"」]?\s*的\s*(?:主要|唯一|共同)?/.exec(text.slice(object.end, object.end + 8));
      if (!tail) continue;
      const noun = text.slice(object.end + tail[0].length, object.end + tail[0].length + 8);
      const hit = ROLE_NOUN_ZH.find(([re, , kinds]) => re.test(noun) && kinds.includes(object.kind));
      if (!hit) continue;
      const end = object.end + tail[0].length + (hit[0].exec(noun)?.[0].length ?? 0);
      out.push({
        ...relationOf({ subject, objectId: object.entityId, role: hit[1], s, start: subject.start, end }),
        evidence: source.slice(s.start, s.end),
        why: { matched: source.slice(subject.start, end), form: hit[1], rule: "pattern" },
      });
    }
  }
  return out;
}

/** A joint statement or declaration by its name: "the China-France Joint Statement on AI", 《中法关于…的联合声明》. */
const JOINT_TEXT = /joint\s+(?:statement|declaration|communiqu[eé])|联合声明|联合宣言|共同声明|联合公报/i;

/**
 * 《中法关于人工智能和全球治理的联合声明》, "the US-UK Joint Statement on AI": a joint text whose name opens with two or
 * three states names its parties, who sign it. The states must stand at the head of the name, before the words
 * "joint statement" (not "the Joint Statement on AI in China and France").
 */
function readJointStatementParties({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const d of mentions) {
    if (d.kind !== "initiative") continue;
    const joint = JOINT_TEXT.exec(text.slice(d.start, d.end));
    if (!joint) continue;
    const head = d.start + joint.index;
    const inner = mentions.filter((c) => c.kind === "country" && c.start >= d.start && c.end <= head && c !== d);
    // the states open the name ("中法", "China-France", "the US-UK"), one after another
    if (!inner.length || !/^[\s《“"]*(?:the\s+)?$/i.test(text.slice(d.start, inner[0].start))) continue;
    const parties = [...new Set(inner.map((c) => c.entityId))];
    if (parties.length < 2 || parties.length > 3) continue;
    const s = sentences.find((x) => x.start <= d.start && d.end <= x.end);
    if (!s) continue;
    for (const c of inner.filter((x, i) => inner.findIndex((y) => y.entityId === x.entityId) === i))
      out.push({
        ...relationOf({ subject: c, objectId: d.entityId, role: "signatory", s, start: d.start, end: d.end }),
        evidence: source.slice(s.start, s.end),
        why: { matched: source.slice(d.start, d.end), form: "signatory", rule: "pattern" },
      });
  }
  return out;
}

/** "They also include …", "Others include …", "此外还包括…": a sentence that only goes on with the list before it. */
const CONTINUES_LIST =
  /^[\s"“]*(?:(?:They|These|Those|Others|Other\s+(?:signatories|members|participants|supporters|backers))\s+(?:also\s+|further\s+)?(?:include|included|comprise)\b|This\s+(?:also\s+)?(?:includes|included)\b|Among\s+them\s+(?:are|were)\b|(?:此外|另外|其中)?[，,]?(?:还|也)包括)/;
/** Roles stated of a list, which another sentence may go on with. */
const LISTED_ROLES = new Set<RelationRole>(["signatory", "member", "participant", "supporter", "co-sponsor"]);
/** "Europe (Cohere and Mistral AI)", "organizations from France": a place a list item comes from, not an item. */
const FROM_PLACE_BEFORE = /\b(?:from|in|based in|of)\s+(?:the\s+)?$|(?:来自|在)$/i;

/**
 * "The commitments' signatories include A, B and C. They also include D and E.": the names of a sentence that goes
 * on with the list of the one before take the same role towards the same object (only when that sentence stated
 * one role towards one object, and with names of the same kind: companies go on with companies).
 */
function readListContinuations({
  text,
  source,
  sentences,
  mentions,
  found,
}: {
  text: string;
  source: string;
  sentences: Sentence[];
  mentions: FoundMention[];
  found: FoundRelation[];
}): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const head = CONTINUES_LIST.exec(text.slice(s.start, s.end));
    if (!head) continue;
    const stated = found.filter((r) => r.evidenceStart === sentences[i - 1].start);
    const unnamed = stated.length ? null : unnamedListStatement({ text, s: sentences[i - 1], sentences, index: i - 1, mentions });
    const prev = unnamed ? [unnamed] : stated;
    const facts = new Set(prev.map((r) => `${r.role}:${r.objectId}`));
    if (facts.size !== 1 || !LISTED_ROLES.has(prev[0].role)) continue;
    const window = text.slice(s.start, s.end);
    if (NEGATION_EN.test(window) || NEGATION_ZH.test(window)) continue;
    const kinds = unnamed ? new Set<EntityKind | undefined>(unnamed.kinds) : new Set(stated.map((r) => mentions.find((m) => m.entityId === r.subjectId)?.kind));
    const inS = mentions.filter((m) => m.start >= s.start + head[0].length && m.end <= s.end);
    for (const m of inS) {
      if (!SUBJECT_KINDS.has(m.kind) || !kinds.has(m.kind) || m.entityId === prev[0].objectId) continue;
      if (inS.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) continue;
      if (FROM_PLACE_BEFORE.test(text.slice(Math.max(s.start, m.start - 12), m.start)) || COMPANY_NOUN_AFTER.test(text.slice(m.end, m.end + 40))) continue;
      out.push({
        ...relationOf({ subject: m, objectId: prev[0].objectId, role: prev[0].role, s, start: s.start, end: m.end }),
        evidence: source.slice(s.start, s.end),
        why: { matched: source.slice(s.start, s.start + head[0].length).trim(), form: prev[0].role, rule: "pattern" },
      });
    }
  }
  return out;
}

/**
 * "More than 50 countries have signed the convention.", "… with nations from all continents agreeing to its terms.":
 * an act stated of actors the sentence does not name (a count or a plural noun), which the next sentence may list.
 */
const UNNAMED_ACTORS_ACT =
  /\b(?:countries|nations|states|governments|companies|firms|organi[sz]ations|labs|signatories)\b(?:\s+from\s+[^,;.]{1,40}?)?\s+(?:(?:have|has|had)\s+)?(?:also\s+|now\s+|already\s+)?(sign(?:ed|ing)|endors(?:ed|ing)|join(?:ed|ing)|back(?:ed|ing)|support(?:ed|ing)|agree(?:d|ing) to|attend(?:ed|ing)|took part in|taking part in|participat(?:ed|ing) in)\b\s*(?:up\s+to\s+)?/i;

const PRONOUN_LOOKBACK = 4;

function unnamedListStatement({
  text,
  s,
  sentences,
  index,
  mentions,
}: {
  text: string;
  s: Sentence;
  sentences: Sentence[];
  index: number;
  mentions: FoundMention[];
}): { role: RelationRole; objectId: number; kinds: EntityKind[] } | null {
  const local = text.slice(s.start, s.end);
  const m = UNNAMED_ACTORS_ACT.exec(local);
  if (!m || NEGATION_EN.test(local.slice(Math.max(0, m.index - 30), m.index + m[0].length)) || HEDGE_EN.test(local.slice(0, m.index + m[0].length))) return null;
  const verb = m[1].toLowerCase();
  const role: RelationRole = /^(?:sign|endors|agree)/.test(verb) ? "signatory" : /^join/.test(verb) ? "member" : /^(?:back|support)/.test(verb) ? "supporter" : "participant";
  const objects: EntityKind[] = role === "participant" ? ["event"] : role === "member" ? ["organisation", "initiative"] : ["initiative", "resolution"];
  const at = s.start + m.index + m[0].length;
  // the object named right after the verb, or "its terms", "signed it": the last text named in this sentence or
  // the few before ("The statement boasts … nations agreeing to its terms" after a quote about the declaration)
  let object = mentions.find((x) => x.start >= at && x.end <= s.end && objects.includes(x.kind) && x.start - at <= MAX_OBJECT_GAP && !CLAUSE_BREAK.test(text.slice(at, x.start)));
  if (!object && /^(?:it|its|them|their)\b/i.test(text.slice(at, at + 6))) {
    const first = sentences[Math.max(0, index - PRONOUN_LOOKBACK)].start;
    object = [...mentions].reverse().find((x) => x.end <= at && x.start >= first && objects.includes(x.kind));
  }
  if (!object) return null;
  const kinds: EntityKind[] = /companies|firms|organi[sz]ations|labs/i.test(m[0]) ? ["organisation"] : /signatories/i.test(m[0]) ? ["country", "organisation"] : ["country"];
  return { role, objectId: object.entityId, kinds };
}

/** "US tech giants", "Chinese companies": a state that only says where companies come from is not an actor. */
const COMPANY_NOUN_AFTER =
  /^\s+(?:(?:tech|technology|AI|big|major|leading|internet|state-owned)\s+){0,2}(?:giants|companies|company|firms|firm|startups|start-ups|labs|developers|corporations|businesses)\b|^(?:的)?(?:科技)?(?:企业|公司|巨头)/;

/** "co-hosted by Korea and Britain … the summit in Korea": the venue adds nothing to a host the article names. */
function dropVenuesOfJointHosts(found: FoundRelation[]): FoundRelation[] {
  const led = new Set(found.filter((r) => r.why.form !== "venue" && LEADING_ROLES.has(r.role)).map((r) => `${r.subjectId}:${r.objectId}`));
  const seen = new Set<string>();
  return found.filter((r) => {
    if (r.why.form !== "venue") return true;
    const k = `${r.subjectId}:${r.objectId}`;
    if (led.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "中方提出并支持《…倡议》": a state that put a text forward, signed or joined it is more than a supporter. */
function dropSupportOfOwnTexts(found: FoundRelation[]): FoundRelation[] {
  const more = new Set(found.filter((r) => r.role !== "supporter").map((r) => `${r.subjectId}:${r.objectId}`));
  return found.filter((r) => r.role !== "supporter" || !more.has(`${r.subjectId}:${r.objectId}`));
}

/** "联合国宣布成立…机构": announcing a body one founds is founding it; the founding is the one fact. */
function dropProposersOfFounded({ found }: { found: FoundRelation[] }): FoundRelation[] {
  const founded = new Set(found.filter((r) => r.role === "founder" || r.role === "co-founder").map((r) => `${r.subjectId}:${r.objectId}`));
  return found.filter((r) => r.role !== "proposer" || !founded.has(`${r.subjectId}:${r.objectId}`));
}

/**
 * Standing roles stated as a clause about the subject: "作为联合国安理会的常任理事国…，中方…" / "As a permanent
 * member of the Security Council, China …" (member), "金砖轮值主席国巴西" / "Brazil, which holds the rotating
 * BRICS presidency" / "Brazil's BRICS presidency" (chair).
 */
function readMembershipClauses({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  const at = (pos: number) => mentions.find((m) => m.start === pos);
  const add = (subject: FoundMention, object: FoundMention, role: RelationRole, s: Sentence, matched: string) =>
    out.push({
      ...relationOf({ subject, objectId: object.entityId, role, s, start: Math.min(subject.start, object.start), end: Math.max(subject.end, object.end) }),
      evidence: source.slice(s.start, s.end),
      why: { matched, form: role, rule: "pattern" },
    });
  for (const s of sentences) {
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    if (inS.length < 2) continue;
    const local = text.slice(s.start, s.end);
    // 作为 ORG 的常任理事国/成员国…，COUNTRY
    const zh = /作为([^，。；]{0,30}?)(?:的)?(?:常任理事国|非常任理事国|理事国|成员国|创始成员国?|成员)[^，。；]{0,20}[，,]\s*/.exec(local);
    const en = /^\s*As an? (?:(?:permanent|non-permanent|founding|full|elected)\s+)?member(?: state)? of ([^,]{0,80}),\s*(?:the\s+)?/.exec(local);
    for (const [m, orgFrom] of [
      [zh, zh ? 2 : 0],
      [en, en ? local.indexOf(en[1]) : 0],
    ] as const) {
      if (!m) continue;
      const org = inS.find((x) => x.kind === "organisation" && x.start >= s.start + orgFrom && x.end <= s.start + m.index + m[0].length);
      const subject = at(s.start + m.index + m[0].length);
      if (org && subject && subject.kind === "country") add(subject, org, "member", s, m[0].trim());
    }
    // "the G7 countries — Canada, France …", "BRICS members Brazil, Russia …", "七国集团成员国美国、英国…"
    for (const org of inS.filter((x) => x.kind === "organisation")) {
      const lead = /^\s*(?:(?:countries|members|member states|nations|partners)\s*(?:[—–:(]|--|-\s)?\s*(?:the\s+)?|(?:成员国|成员)(?:[:：—（(])?)/i.exec(
        text.slice(org.end, org.end + 24),
      );
      if (!lead || !lead[0].trim()) continue;
      const first = at(org.end + lead[0].length);
      if (first?.kind !== "country") continue;
      const list = [first];
      for (const m of inS) {
        const last = list.at(-1)!;
        if (m.start >= last.end && m.kind === "country" && isListGap(text.slice(last.end, m.start))) list.push(m);
      }
      // a list, not one country that happens to follow ("BRICS members Brazil said")
      if (list.length >= 2) for (const c of list) add(c, org, "member", s, text.slice(org.start, list.at(-1)!.end));
    }
    // ORG (轮值)主席国 COUNTRY; "“ORG”共同主席、赞比亚常驻联合国代表…" (a title, then the state whose envoy holds it)
    for (const org of inS.filter((x) => x.kind === "organisation")) {
      const zhChair = /^[\s”"》]*(?:的)?(?:(轮值)?主席国|(共同|联合)?主席[、，,]?)\s*/.exec(text.slice(org.end, org.end + 10));
      const country = zhChair ? at(org.end + zhChair[0].length) : undefined;
      if (zhChair && country?.kind === "country") add(country, org, zhChair[2] ? "co-chair" : "chair", s, text.slice(org.start, country.end));
    }
    // COUNTRY, which holds the (rotating) ORG presidency / COUNTRY's ORG presidency
    for (const country of inS.filter((x) => x.kind === "country")) {
      const rest = text.slice(country.end, Math.min(s.end, country.end + 70));
      const m = /^(?:,\s*which\s+(?:holds|held|has taken over|took over|assumed)\s+the\s+(?:rotating\s+)?|['’]s\s+)/.exec(rest);
      if (!m) continue;
      const org = inS.find((x) => x.kind === "organisation" && x.start === country.end + m[0].length);
      if (org && /^\s+(?:rotating\s+)?(?:presidency|chairmanship|chair)\b/i.test(text.slice(org.end, org.end + 24)))
        add(country, org, "chair", s, text.slice(country.start, org.end));
    }
  }
  return out;
}

/** "a Chinese resolution", "China's resolution", "the U.S. resolution": the state that put the text forward. */
const OWNER_GAP_EN = /^(?:['’]s)?\s+$/;
/** "王毅宣布中国《人工智能能力建设普惠计划》": a state named right before a text it is said to put forward. */
const OWNER_VERB_ZH = /(?:提出|宣布|发布|发起|推出|倡议)(?:了)?$/;
/** "… resolution with US support", "with the support of the United States". */
const WITH_SUPPORT = /^\s+with\s+(?:the\s+)?$/i;

/**
 * Texts named with their owner: "adopted a Chinese resolution with US support" (CHN sponsor, USA supporter),
 * "王毅宣布中国《…计划》" (CHN proposer). An initiative named after a state in English only counts when it is an
 * initiative or plan, not a declaration or treaty many states sign ("the UK's Bletchley Declaration").
 */
function readOwnedTexts({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  // one pass over the mentions (sorted): only sentences with a state right before a text are read
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    let hit = false;
    for (let j = mi; j + 1 < mentions.length && mentions[j + 1].start < s.end; j++) {
      if (mentions[j].kind === "country" && (mentions[j + 1].kind === "resolution" || mentions[j + 1].kind === "initiative")) {
        hit = true;
        break;
      }
    }
    if (!hit) continue;
    const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    for (let i = 0; i + 1 < inS.length; i++) {
      const c = inS[i];
      const doc = inS[i + 1];
      if (c.kind !== "country" || (doc.kind !== "resolution" && doc.kind !== "initiative")) continue;
      const gap = text.slice(c.end, doc.start);
      const before = text.slice(Math.max(s.start, c.start - 40), c.start);
      if (NEGATION_EN.test(before.slice(-24)) || NEGATION_ZH.test(before.slice(-6))) continue;
      let role: RelationRole | null = null;
      if (/^[《“"]?$/.test(gap) && OWNER_VERB_ZH.test(text.slice(Math.max(s.start, c.start - 4), c.start))) role = doc.kind === "resolution" ? "sponsor" : "proposer";
      else if (OWNER_GAP_EN.test(gap) && /^[A-Z]/.test(c.surface) && !/\b(?:of|in|at|to|for|from|by|on)\s+(?:the\s+)?$/i.test(before))
        role = doc.kind === "resolution" ? "sponsor" : /initiative|plan\b/i.test(doc.surface) && !DOCUMENT_NAME.test(doc.surface) ? "proposer" : null;
      if (!role) continue;
      const add = (subject: FoundMention, r: RelationRole, end: number) =>
        out.push({
          ...relationOf({ subject, objectId: doc.entityId, role: r, s, start: c.start, end }),
          evidence: source.slice(s.start, s.end),
          why: { matched: source.slice(c.start, end), form: r, rule: "pattern" },
        });
      add(c, role, doc.end);
      // "… with US support": the state named as supporting it
      const next = inS[i + 2];
      if (doc.kind === "resolution" && next?.kind === "country" && WITH_SUPPORT.test(text.slice(doc.end, next.start)) && /^\s+support\b/i.test(text.slice(next.end, next.end + 10)))
        add(next, "supporter", next.end + 8);
    }
  }
  return out;
}

/** Bodies that adopt resolutions: an assembly, a council, a conference (not "the UN" as a whole). */
const ADOPTING_BODY = /assembly|council|conference|commission|大会|理事会|安理会|委员会/i;
/** "联合国大会“…”决议", "the General Assembly's resolution", "Security Council resolution 2719": the body's own text. */
const BODY_BEFORE_RESOLUTION = /^(?:\s*['’]s)?\s*(?:(?:resolution|决议)\s*)?(?:第\d+届)?[“"《]?$/i;

/** A resolution named right after the body that adopts such texts was adopted by it. */
function readBodiesResolutions({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  let k = 0;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const body = mentions[i];
    const doc = mentions[i + 1];
    if (body.kind !== "organisation" || doc.kind !== "resolution" || !ADOPTING_BODY.test(body.surface)) continue;
    if (!BODY_BEFORE_RESOLUTION.test(text.slice(body.end, doc.start))) continue;
    // (a draft is not yet the body's: "a draft General Assembly resolution", "…决议草案")
    if (/\bdraft\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, body.start - 8), body.start)) || /^\s*草案/.test(text.slice(doc.end, doc.end + 4))) continue;
    while (k < sentences.length && sentences[k].end <= body.start) k++;
    const s = sentences[k];
    if (!s || doc.end > s.end) continue;
    out.push({
      ...relationOf({ subject: doc, objectId: body.entityId, role: "adopted-by", s, start: body.start, end: doc.end }),
      evidence: source.slice(s.start, s.end),
      why: { matched: source.slice(body.start, doc.end), form: "adopted-by", rule: "pattern" },
    });
  }
  return out;
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
  /** what "a summit", "the session", "The initiative" mean here: see impliedObject */
  implied: (kind: "event" | "document" | "body", pronoun?: boolean) => number | undefined;
};

/** Where the subjects stand: after "by"/"on behalf of", in a list after a copula, or before the trigger. */
type Subjects = { group: Group; objectSide: "before" | "after"; passive: boolean; asRole?: boolean };

function findSubjects({ text, s, tStart, tEnd, trig, spans, groups }: StatementInput): Subjects | null {
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
    const members = spans.filter((x) => x.start >= from && SUBJECT_KINDS.has(x.kind) && !(x.kind === "country" && COMPANY_NOUN_AFTER.test(text.slice(x.end, x.end + 40))));
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
          !(x.kind === "country" && COMPANY_NOUN_AFTER.test(text.slice(x.end, x.end + 40))) &&
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
    if (PLACE_BEFORE.test(text.slice(s.start, g.start)) || PLACE_AFTER.test(text.slice(g.end, s.end))) continue;
    // "智利是网络的创始成员": the body before 的 + a role noun is what the subject is a member of, not the subject
    if (/^(?:成员|缔约方|缔约国)/.test(text.slice(tStart, tEnd)) && /^[”》"]?\s*的[\u4e00-\u9fff]{0,2}$/.test(text.slice(g.end, tStart)) && k > 0) continue;
    // "briefings from U.N. Secretary-General Antonio Guterres, Jack Clark, co-founder of Anthropic": the title
    // after a person's name between commas is that person's, not the list's before it
    if (/,\s*(?:[A-Z][\p{L}.'-]+\s+){1,3}[A-Z][\p{L}'-]+,\s*(?:the\s+)?$/u.test(text.slice(g.end, tStart))) return null;
    // "A and B were among the U.N. members that led …": the body whose members they are is not the actor
    if (AMONG_BEFORE.test(text.slice(s.start, g.start))) continue;
    // "France co-chaired the summit, where dozens of countries signed …": the clause in between has a subject
    // of its own (unnamed), so the names before it did not do this
    // "A, B and C were among the 30 countries that endorsed …", "were the first states to sign": the count is theirs
    if (AMONG_COUNT.test(text.slice(g.end, tStart))) return { group: g, objectSide: "after", passive: false };
    if (OWN_SUBJECT_BETWEEN.test(text.slice(g.end, tStart))) return null;
    // "中国…同赞比亚共同发起": the list after 同/with joins the clause's own subject
    if (WITH_BEFORE.test(text.slice(s.start, g.start).trimEnd())) {
      const lead = candidates.slice(0, k).find((p) => !PLACE_BEFORE.test(text.slice(s.start, p.start)));
      if (lead) return { group: { members: [...lead.members, ...g.members], start: lead.start, end: g.end }, objectSide: "after", passive: false };
    }
    // "广邀之友小组成员参与", "invited members of …": the invited, or the members of a group, are not its actors
    // ("three Council of Europe member states have ratified it": the members, not the body)
    if (/^\s*(?:成员|members?\b)/i.test(text.slice(g.end, g.end + 8)) || /(?:邀请?|invit(?:ed|ing|es)\s+(?:the\s+)?)$/i.test(text.slice(Math.max(s.start, g.start - 12), g.start)))
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
/** "The founding members comprise …", "首批成员包括…": members of the body the article has just named. */
const MEMBERS_START =
  /^[\s"“]*(?:(?:The|Its|Their)\s+(?:(?:founding|initial|original|first|current|new|full)\s+)?(?:members|member states|membership)\s*|(?:其|该[\u4e00-\u9fff]{1,6}?的?)?(?:首批|创始|初始|现有|第一批)?)$/;

/** "习近平主席", "马克龙总统", "国家主席习近平" right before the verb (宣布 may stand between). */
const HEAD_OF_STATE_BEFORE_ZH = /(?:^|[，,、\s]|[年月日])(?:国家主席)?[\u4e00-\u9fff·]{2,5}(?:国家主席|主席|总统|总理|首相)(?:宣布|亲自|在[^，。；]{0,12}上)?\s*$/;
/** "… co-hosted the meeting with Zambia", "… 与赞比亚共同主持": a list after "with" in the same clause. */
const WITH_PARTNER = /^[^.;:；。]{0,80}?\b(?:with|alongside)\s+(?:the\s+)?/i;
function withPartner({ text, s, from, groups }: { text: string; s: Sentence; from: number; groups: Group[] }): Group | undefined {
  const m = WITH_PARTNER.exec(text.slice(from, s.end));
  if (!m || CLAUSE_BREAK.test(m[0])) return undefined;
  const at = from + m.index + m[0].length;
  return groups.find((g) => g.start >= at && /^\s*(?:the\s+)?$/.test(text.slice(at, g.start)));
}

function readStatement(input: StatementInput): Omit<FoundRelation, "why">[] | null {
  const { text, s, tStart, tEnd, trig, spans, recentEvent } = input;
  const found = findSubjects(input);
  if (!found) return null;
  const { group, objectSide, passive, asRole } = found;
  // negation between the subject and the trigger, or just before the trigger
  const between = passive || group.start > tEnd ? text.slice(Math.max(s.start, tStart - 24), tStart) : text.slice(group.end, tStart);
  // (with the trigger itself, so "不" in "不签署" sees what it negates)
  // ("China did not sign X, although it attended Y": a negation in a clause before the trigger's is not its own)
  const clause = between.replace(/^[\s\S]*(?:,\s+(?:although|though|but|yet|while|whereas)\b|，\s*(?:但|却|不过|然而))/i, "");
  const window = (clause.length > 60 ? clause.slice(-60) : clause) + text.slice(tStart, tEnd);
  if (NEGATION_EN.test(window) || NEGATION_ZH.test(window)) return null;
  if (HEDGE_EN.test(window) || HEDGE_MODAL_EN.test(window) || HEDGE_ZH.test(window)) return null;
  // "Chile urged Peru to sign …", "敦促秘鲁签署": the one urged or invited has not done it
  if (!passive && group.end <= tStart && URGED_BEFORE.test(text.slice(Math.max(s.start, group.start - 24), group.start))) return null;
  // "智利宣布退出…网络", "announced its withdrawal from": what is announced is leaving, not founding or joining
  if (/^\s*(?:将|已)?(?:退出|撤出|终止|暂停|不再|放弃)|^\s+(?:its\s+)?(?:withdrawal|exit|suspension)\b/i.test(text.slice(tEnd, tEnd + 12))) return null;
  // "中方参加了在首尔举办的峰会": 在 + a place + 举办的 describes the event (a relative clause with no subject of its
  // own); the state before it attended, it did not host (unlike "中国在北京举办的论坛")
  if (!passive && group.end <= tStart && /^的/.test(text.slice(tEnd, tEnd + 1))) {
    const venue = /在[^，。；、]{1,10}$/.exec(text.slice(Math.max(s.start, tStart - 11), tStart));
    if (venue && text.slice(group.end, tStart - venue[0].length).trim() !== "") return null;
  }

  // "主持例行记者会，有记者就…提问", "chaired a press briefing on …": the press conference is what is chaired
  if (
    (trig.role === "chair" || trig.role === "host") &&
    /^\s*(?:了)?(?:例行|定期)?(?:记者会|新闻发布会|发布会|吹风会|记者招待会)|^\s+(?:a|the|its|his|her)\s+(?:regular\s+|daily\s+)?(?:press conference|press briefing|news conference|media briefing)/i.test(
      text.slice(tEnd, tEnd + 30),
    )
  )
    return null;
  // "《欧盟AI法案》获得欧盟议会批准", "approved by the EU Council": a body's parliament or council approving a text
  // adopts it (a state that ratifies signs; an organ of a body passes its law)
  if (trig.role === "signatory" && group.members.length === 1 && group.members[0].kind === "organisation" && /^(?:批准|核准)$/.test(text.slice(tStart, tEnd))) {
    const body = group.members[0];
    if (/^\s*(?:议会|理事会|大会|部长理事会)/.test(text.slice(body.end, body.end + 6))) {
      const doc =
        [...spans].reverse().find((x) => x.end <= body.start && trig.objects.includes(x.kind) && !CLAUSE_BREAK.test(text.slice(x.end, body.start))) ??
        spans.find((x) => x.start >= tEnd && trig.objects.includes(x.kind) && x.start - tEnd <= MAX_OBJECT_GAP && !CLAUSE_BREAK.test(text.slice(tEnd, x.start)));
      return doc ? [relationOf({ subject: doc, objectId: body.entityId, role: "adopted-by", s, start: Math.min(doc.start, body.start), end: Math.max(doc.end, tEnd) })] : null;
    }
  }
  if (trig.role === "adopted-by") {
    // grammatical subject: the adopting body; the relation reads resolution —adopted-by→ body
    // "中国向联合国大会提交的…决议获得通过", "the draft China submitted to the General Assembly was adopted": the
    // body a text was put to adopted it, when the text is said to be adopted without an agent
    const putTo = (x: FoundMention) =>
      x.kind === "organisation" &&
      ADOPTING_BODY.test(x.surface) &&
      x.end <= tStart &&
      ((/向$/.test(text.slice(Math.max(s.start, x.start - 1), x.start)) && /^[^，。；,;]{0,6}?(?:提交|提出)/.test(text.slice(x.end, x.end + 12))) ||
        /\b(?:submitted|presented|tabled|introduced)\s+(?:it\s+)?to\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, x.start - 30), x.start)));
    const agentless =
      /(?:获得?|得到|被|顺利|一致)$|\b(?:was|were|has been|had been)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(s.start, tStart - 14), tStart)) &&
      !PASSIVE_BY.test(text.slice(tEnd, s.end));
    const own = group.members.find((x) => x.kind === "organisation");
    const body = own ?? (agentless ? spans.find(putTo) : undefined);
    // "The Council of Europe's “Convention …” was adopted in Strasbourg": the body's own text, adopted with no other
    // agent named, was adopted by it
    const ownText =
      own && agentless
        ? spans.find((x) => x.start >= own.end && x.end <= tStart && trig.objects.includes(x.kind) && /^(?:\s*['’]s?\s*|的)?[“"《]?$/.test(text.slice(own.end, x.start)))
        : undefined;
    const doc =
      ownText ??
      (objectSide === "after" && own
        ? spans.find((x) => x.start >= tEnd && trig.objects.includes(x.kind) && x.start - tEnd <= MAX_OBJECT_GAP && !CLAUSE_BREAK.test(text.slice(tEnd, x.start)))
        : [...spans].reverse().find((x) => x.end <= tStart && trig.objects.includes(x.kind) && tStart - x.end <= MAX_OBJECT_GAP));
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
  // (unless the quoted title and the noun after it are what the atlas matched: "中方主提的“加强…”决议")
  const quotedThen = (() => {
    const close = text.slice(tEnd, Math.min(s.end, tEnd + 80)).search(/[”"》」]/);
    return close >= 0 && spans.some((x) => x.start === tEnd + close + 1 && fits(x) && /^[\u4e00-\u9fff]{1,4}$/.test(x.surface));
  })();
  if (objectSide === "after" && !afterList && /^的\s*[“"《「]/.test(text.slice(tEnd, tEnd + 3)) && !spans.some((x) => x.start >= tEnd && x.start <= tEnd + 3) && !quotedThen)
    return null;
  // an organisation after "with"/"与" is a partner, not the thing hosted or signed
  const partner = (x: FoundMention) => WITH_BEFORE.test(text.slice(Math.max(s.start, x.start - 14), x.start).trimEnd());
  // "host an event at the United Nations Headquarters": a place, not what is hosted
  const place = (x: FoundMention) =>
    x.kind === "organisation" && (PLACE_AFTER.test(text.slice(x.end, x.end + 14)) || /\b(?:at|in)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, x.start - 8), x.start)));
  // "hosted a meeting on the sidelines of the summit", "在峰会期间举办": the host of a side meeting, not of the summit
  // (not "ahead of the AI Action Summit hosted by France": the verb right after the name says who hosts that one)
  const beside = (x: FoundMention) =>
    LEADING_ROLES.has(trig.role) &&
    !(passive && /^\s*,?\s*$/.test(text.slice(x.end, tStart))) &&
    (/\b(?:sidelines|margins|fringes?) of\s+(?:the\s+)?$|\b(?:during|ahead of|after|before)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, x.start - 30), x.start)) ||
      /^\s*(?:期间|前夕|之际|场边|边会)/.test(text.slice(x.end, x.end + 4)));
  // "由外交部主办、清华大学承办的研讨班": a name followed by a verb of its own is another actor, not the object
  const actor = (x: FoundMention) => SUBJECT_KINDS.has(x.kind) && /^\s*(?:共同|联合)?(?:主办|承办|协办|举办|支持|指导|合办)/.test(text.slice(x.end, x.end + 6));
  // "定期举办“之友小组”活动", "hosted a G20 workshop": a body's activity is hosted, not the body (a meeting of a
  // group of friends is read by groupChairs: its conveners chair the group)
  const activityOf = (x: FoundMention) =>
    EVENT_ROLES.has(trig.role) &&
    x.kind !== "event" &&
    /^[”"》」]?\s*(?:的)?(?:系列|专题)?(?:活动|研讨会|研讨班|培训班|边会|峰会|领导人会晤|会晤)|^\s+(?:events?|workshops?|seminars?|side[- ]events?|training|(?:leaders['’]?\s+)?summits?)\b/i.test(
      text.slice(x.end, x.end + 12),
    );
  // "向联合国大会提交", "presented to the General Assembly": the body a text goes to is its recipient, not the text
  const recipient = (x: FoundMention) =>
    x.kind === "organisation" && !EVENT_ROLES.has(trig.role) && trig.role !== "member" && /(?:向|\bto\s+(?:the\s+)?)$/i.test(text.slice(Math.max(s.start, x.start - 8), x.start));
  // "India would host the next summit, Modi said at the AI Action Summit": the verb's own object is another event
  // named by its kind ("the next summit", "下届峰会"), so a name further on is not what is hosted
  const otherEventFirst = (x: FoundMention) =>
    EVENT_ROLES.has(trig.role) &&
    x.kind === "event" &&
    /^\s*(?:the|a|an|its|their)?\s*(?:[\w'-]+\s+){0,3}?(?:summit|meeting|session|conference|forum|gathering|edition)s?\b|^[^，。；]{0,6}?(?:峰会|会议|论坛)[，,]/i.test(
      text.slice(tEnd, x.start),
    ) &&
    /\b(?:next|upcoming|following|another|future)\b|下一?届|下次|明年/i.test(text.slice(tEnd, Math.min(x.start, tEnd + 40)));
  const fitsHere = (x: FoundMention) => fits(x) && !(EVENT_ROLES.has(trig.role) && place(x)) && !beside(x) && !actor(x) && !activityOf(x) && !recipient(x);
  // "会议由中国和赞比亚共同举办，旨在落实…决议": after 由 the verb's object is the topic before it, not a name
  // further on (only when the verb ends the clause: "由A主办的X", "由中国提出、…联署的决议" name it after)
  // (获/得到/被 + the list + the verb is the same passive: "《宣言》已获A、B等40国签署")
  const byZh =
    !passive && /(?:由|获|获得|得到|被)\s*$/.test(text.slice(Math.max(s.start, group.start - 2), group.start)) && /^\s*(?:[，,。；;]|$)/.test(text.slice(tEnd, tEnd + 2));
  if (byZh) object = undefined;
  // ("The Network, launched in San Francisco in 2024, brings together …": a participle phrase may stand between)
  else if (trig.objectAdjacent)
    object = [...spans]
      .reverse()
      .find(
        (x) =>
          x.end <= tStart &&
          fits(x) &&
          /^\s*(?:,\s*(?:launched|founded|established|created|set up|formed|based)\b[^,;.]{0,60},)?\s*(?:now|currently|also)?\s*$/.test(text.slice(x.end, tStart)),
      );
  else if (objectSide === "after" && !afterList) object = spans.find((x) => x.start >= tEnd && fitsHere(x) && !partner(x) && near(tEnd, x.start) && !otherEventFirst(x));
  else if (objectSide === "after") object = spans.find((x) => x.start >= tEnd && x.end <= group.start && fits(x));
  else object = [...spans].reverse().find((x) => x.end <= tStart && fitsHere(x) && near(x.end, tStart));
  // "Among the countries participating in this initiative are A, B": taking part in a body or a programme, listed
  // after a copula, is membership (an event taken part in stays participation)
  let listedMembers = false;
  // "由智利发起、秘鲁和挪威参与的…网络": the body or programme right after 参与的 is one they take part in
  if (!object && !afterList && trig.role === "participant" && /^(?:参与|参加)$/.test(text.slice(tStart, tEnd)) && /^的/.test(text.slice(tEnd, tEnd + 1))) {
    object = spans.find(
      (x) => x.start >= tEnd + 1 && x.start - tEnd <= 12 && (x.kind === "organisation" || x.kind === "initiative") && BODY_NAME_ANY.test(`${x.surface} ${x.why?.form ?? ""}`),
    );
    listedMembers = !!object;
  }
  if (!object && afterList && !asRole && trig.role === "participant" && /^particip|^参与|^参加/i.test(text.slice(tStart, tEnd))) {
    object = spans.find((x) => x.start >= tEnd && x.end <= group.start && (x.kind === "organisation" || (x.kind === "initiative" && !DOCUMENT_NAME.test(x.surface))));
    listedMembers = !!object;
  }
  // "The founding members comprise A, B …": the body named just before (a sentence or two back)
  const bodyId = trig.objectAdjacent && !object && MEMBERS_START.test(text.slice(s.start, tStart)) ? input.implied("body") : undefined;
  if (trig.objectAdjacent && !object && bodyId === undefined) return null;
  // "智利是网络的创始成员", "秘鲁是公约缔约方": a noun trigger after "X的" names X as the object
  if (!object && !passive && /^(?:成员|缔约方|缔约国|主席|东道)/.test(text.slice(tStart, tEnd)))
    object = [...spans].reverse().find((x) => x.end <= tStart && x.start >= group.end && fits(x) && /^[”》"]?\s*的?[\u4e00-\u9fff]{0,2}$/.test(text.slice(x.end, tStart)));
  // "As co-chairs, A, B …" names what they chair between "As" and the role noun, or after the list
  if (asRole && !object)
    object =
      spans.find((x) => x.end <= tStart && x.start >= s.start && fits(x)) ??
      spans.find((x) => x.start >= group.end && fits(x) && !CLAUSE_BREAK.test(text.slice(group.end, x.start)));
  if (trig.documentOnly && object && !DOCUMENT_NAME.test(`${object.surface} ${object.why?.form ?? ""}`)) return null;
  // "the declaration was backed by A, B": backing a declaration in the passive is subscribing to it
  const subscribed =
    trig.role === "supporter" && passive && /^backed$/i.test(text.slice(tStart, tEnd)) && !!object && DOCUMENT_NAME.test(`${object.surface} ${object.why?.form ?? ""}`);
  // "China and Zambia, co-chairs of the Group of Friends" also reads forwards for noun forms
  if (!object && !byZh && objectSide === "before") object = spans.find((x) => x.start >= tEnd && x.start < group.start && fits(x) && near(tEnd, x.start));
  if (!object && !byZh && objectSide === "before" && !passive) object = spans.find((x) => x.start >= tEnd && fitsHere(x) && near(tEnd, x.start));
  // "AI首尔峰会是…的后续会议，由韩英共同主办": after 由 the sentence's topic (its first name) is what they did
  // (not when the clause goes on to another event: "峰会结束后将举行后续会议，由英韩共同主办")
  if (!object && !passive && /(?:由|获|获得|得到|被)\s*$/.test(text.slice(Math.max(s.start, group.start - 2), group.start)))
    object = spans.find(
      (x) =>
        x.end <= group.start &&
        fitsHere(x) &&
        /^[\s"“《]*$/.test(text.slice(s.start, x.start)) &&
        // "X是…的后续会议，由…" still speaks of X
        (/^[\s"”》]*(?:是|为|系)/.test(text.slice(x.end, x.end + 3)) || !OTHER_EVENT.test(text.slice(x.end, group.start))),
    );
  // else the nearest name before 由 in the same clause ("会议由中国和赞比亚共同举办")
  if (!object && byZh)
    object = [...spans]
      .reverse()
      .find((x) => x.end <= group.start && fitsHere(x) && !CLAUSE_BREAK.test(text.slice(x.end, group.start)) && !OTHER_EVENT.test(text.slice(x.end, group.start)));
  // "Kenya will host the forum, which Chile and Peru will co-chair": the name before ", which" is the object
  if (!object && bodyId === undefined && !passive && /,\s*(?:which|that)\s+$/.test(text.slice(Math.max(s.start, group.start - 10), group.start))) {
    const which = text.lastIndexOf(",", group.start);
    object = [...spans].reverse().find((x) => x.end <= which && fits(x) && /^\s*$/.test(text.slice(x.end, which)));
  }
  let objectId = object?.entityId ?? bodyId;
  // "…等70多个国家派员参会": attending what was just reported
  if (
    objectId === undefined &&
    trig.role === "participant" &&
    recentEvent !== undefined &&
    !/\b(?:attend(?:ed|s)?|participated in|took part in)\s+(?:the\s+|a\s+)/i.test(text.slice(tStart, s.end))
  )
    objectId = recentEvent;
  // "will jointly host a summit in Seoul", "a virtual session co-chaired by …", "The initiative, led by …": the
  // event or text the article is about, when the sentence names it only by its kind
  if (objectId === undefined && !trig.documentOnly) {
    // ("Attendees included A, B", "与会代表包括A、B": a list of those present points back at the event just reported)
    if (EVENT_ROLES.has(trig.role))
      objectId = input.implied("event", afterList && trig.role === "participant" && /^(?:attendees|participants|与会|参会|出席)$/i.test(text.slice(tStart, tEnd)));
    // "calling it “an unprecedented effort” supported by 30 nations and …": a passive whose object is "it" just before
    // ("Those who signed include A, B": a list of who did it, about the text just named)
    else if (trig.objects.includes("resolution"))
      objectId = input.implied(
        "document",
        (passive && PRONOUN_BEFORE_PASSIVE.test(text.slice(Math.max(s.start, tStart - 70), tStart))) ||
          (afterList &&
            /^[\s"“]*(?:Those|The (?:countries|states|nations|governments))\s+(?:that|which|who)\s+(?:have\s+|had\s+)?(?:also\s+)?$/i.test(text.slice(s.start, tStart))),
      );
  }
  if (objectId === undefined) return null;
  // "巴西提出了金砖国家领导人会晤的优先议题", "announced to the General Assembly": a body one puts something
  // forward in or to is not put forward; only its founding is ("proposed the creation of …", "倡议成立…")
  if (
    trig.role === "proposer" &&
    object?.kind === "organisation" &&
    !/^(?:launch|initiat|倡议|提议|发起)/i.test(text.slice(tStart, tEnd)) &&
    !/成立|建立|设立|创建|组建|\b(?:creation|establish(?:ing|ment)?|setting up|formation|founding)\b/i.test(text.slice(tEnd, object.start)) &&
    !/^[\s"“”《》]*(?:正式)?(?:成立|启动)/.test(text.slice(object.end, object.end + 8))
  )
    return null;
  let role: RelationRole = listedMembers ? "member" : subscribed ? "signatory" : trig.role;
  // "China and Zambia launched the Group of Friends", "initiated the Network": launching a body is founding it
  if (role === "proposer" && object?.kind === "organisation" && /^(?:launch|initiat|发起|启动)/i.test(text.slice(tStart, tEnd))) role = "founder";
  // "宣布之友小组正式成立", "announced the establishment of …": announcing a body's founding is founding it
  if (role === "proposer" && object?.kind === "organisation" && /^[\s"“”《》]*(?:正式)?(?:成立|启动)/.test(text.slice(object.end, object.end + 8))) role = "founder";
  // "共同发布《…声明》", "jointly issued the declaration": several states issuing a text together sign it
  if (
    role === "proposer" &&
    group.members.length > 1 &&
    object?.kind === "initiative" &&
    DOCUMENT_NAME.test(`${object.surface} ${object.why?.form ?? ""}`) &&
    /(?:共同|联合)$|\bjointly\s+$/i.test(text.slice(Math.max(s.start, tStart - 8), tStart))
  )
    role = "signatory";
  // 联署 a resolution is co-sponsoring it; 联署 a summit's statement or declaration is co-signing it
  if (role === "co-sponsor" && object?.kind === "initiative") role = "signatory";
  // "also joined the declaration": joining a text is signing it; joining a group or a programme is membership
  if (role === "member" && object && object.kind === "initiative" && DOCUMENT_NAME.test(`${object.surface} ${object.why?.form ?? ""}`)) role = "signatory";
  // ("法国总统马克龙宣布，法国将主办…": one state named twice is one host, not two co-hosts)
  if (new Set(group.members.map((x) => x.entityId)).size > 1 && CO_ROLES[role]) role = CO_ROLES[role]!;
  const start = Math.min(group.start, object?.start ?? tStart, tStart);
  const end = Math.max(group.end, object?.end ?? tEnd, tEnd);
  const subjects = [...group.members];
  // "Korea co-chaired the summit with Britain": both hold the joint role
  if (trig.role.startsWith("co-") && !passive && group.end <= tStart) {
    const more = withPartner({ text, s, from: Math.max(object?.end ?? tEnd, tEnd), groups: input.groups });
    if (more) subjects.push(...more.members.filter((x) => !subjects.includes(x)));
  }
  // "Georgia signed the Convention on 5 September, alongside the United States, the EU …": they signed too
  if (CO_SUBJECT_ROLES.has(role) && !passive && group.end <= tStart) {
    const from = Math.max(object?.end ?? tEnd, tEnd);
    const along = ALONGSIDE.exec(text.slice(from, s.end));
    if (along) {
      const at = from + along.index + along[0].length;
      const more = input.groups.find((g) => g.start >= at && /^\s*(?:the\s+)?$/.test(text.slice(at, g.start)));
      if (more) subjects.push(...more.members);
    }
  }
  return subjects.filter((x) => x.entityId !== objectId).map((subject) => relationOf({ subject, objectId: objectId!, role, s, start, end }));
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

/** "a summit", "the session", "该会议": an event named by its kind; the words before it may say it is another one. */
const EVENT_NOUN_EN = /\b(?:a|an|the|this|that|its|their)\s+((?:[\w'-]+\s+){0,3}?)(summit|meeting|sessions?|conference|forum|event|gathering|talks)\b/gi;
/** Chinese: a session (环节) of the meeting, or a meeting word after a determiner (该会议, 此次峰会); a bare
 * 论坛 after other words is usually the name of a forum the atlas does not know ("AI全球论坛"). */
const EVENT_NOUN_ZH = /(?:该|此次|本次|这次|本届|此届|这一|上述)(峰会|会议|会晤|论坛|活动)|(环节)/g;
const OTHER_EVENT =
  /\b(?:next|upcoming|following|previous|last|another|future|earlier|first|second|third|annual|regular|mini|follow-up)\b|下一?届|下次|明年|上一?届|前一?届|后续|首届|第[一二三四五六七八九十\d]+[届次]/i;
/** "The initiative, led by …", "It was tabled by …": the sentence's subject is a text named by its kind. */
const DOCUMENT_NOUN_START =
  /^\s*(?:It\b|(?:The|This) (?:[\w-]+\s+){0,2}?(?:initiative|text|measure|resolution|draft|proposal|document)\b|(?:The|Its) (?:first |initial |original )?(?:signatories|co-sponsors|sponsors)\b)/;
/** "calling it “a landmark text” (which was) backed by": "it", a name for it at most, then the participle. */
const PRONOUN_BEFORE_PASSIVE =
  /\b(?:calling|called|describing|described|labelling|labeling|hailing|hailed)\s+it\s+(?:as\s+)?(?:[“"][^”"]{1,60}[”"]|(?:an?|the)\s+[\w\s,-]{1,50}?)\s*,?\s*(?:(?:which|that)\s+(?:was|is|has been)\s+)?$/i;
/** "… signed it.", "签署了它": the object is a pronoun for the text named before. */
const DOCUMENT_PRONOUN_AFTER = /^(?:\s+(?:it|them)\b(?!\s+(?:is|was|would|will|has|had)\b)(?!['’])|了?它(?!们))/;
const NOUN_WINDOW = 80;
const SUMMIT_GENERIC = /^(?:ai|global|international|high-level|two-day|hybrid|leaders'?|landmark|historic|inaugural)$/i;

/**
 * The event or text a sentence names only by its kind ("will jointly host a summit in Seoul in May", "During a
 * virtual session co-chaired by …", "The initiative, led by the United States, …"): the one the article is
 * reporting around it. Events: one reported in this sentence, else the nearest named in the two sentences
 * before, else in the next one; a "summit" must be a summit, and a date in the sentence must fit the event's.
 * Texts: the last resolution or initiative named before, within two sentences. Nothing when the noun phrase
 * says it is another one ("the next summit", "下届峰会").
 */
function impliedObject({
  kind,
  pronoun = false,
  text,
  s,
  index,
  tStart,
  tEnd,
  sentences,
  mentions,
  reportedEvents,
  dates,
  dateOf,
  publishedAt,
  eventsOnPublicationDay,
}: {
  kind: "event" | "document" | "body";
  /** the sentence calls the text "it" (the caller read the pronoun) */
  pronoun?: boolean;
  text: string;
  s: Sentence;
  index: number;
  tStart: number;
  tEnd: number;
  sentences: Sentence[];
  mentions: FoundMention[];
  reportedEvents: ReportedEvent[];
  dates: DateMention[];
  dateOf: (id: number) => string | null | undefined;
  publishedAt?: string | null;
  eventsOnPublicationDay: number[];
}): number | undefined {
  const inMention = (a: number) => mentions.some((m) => m.start <= a && m.end > a);
  const sentenceOf = (pos: number) => sentences.findIndex((x) => x.start <= pos && pos < x.end);
  if (kind === "body") {
    // the last organisation or initiative (not a text one signs) named in this sentence or the two before
    const earlier = mentions.filter(
      (m) => (m.kind === "organisation" || (m.kind === "initiative" && !DOCUMENT_NAME.test(m.surface))) && m.end <= tStart && index - sentenceOf(m.start) <= EVENT_LOOKBACK,
    );
    // a body or programme by its name ("…Network", "…Group") first; any other only when it is the one named
    const bodies = earlier.filter((m) => BODY_NAME_ANY.test(m.surface));
    if (bodies.length) return bodies.at(-1)!.entityId;
    return new Set(earlier.map((m) => m.entityId)).size === 1 ? earlier[0].entityId : undefined;
  }
  if (kind === "document") {
    // "The initiative, led by …", "… signed it", "签署了它", "the number of signatories to 13, including …"
    const anaphor =
      pronoun ||
      DOCUMENT_NOUN_START.test(text.slice(s.start, tEnd)) ||
      DOCUMENT_PRONOUN_AFTER.test(text.slice(tEnd, tEnd + 12)) ||
      LIST_NOUN_TRIGGER.test(text.slice(tStart, tEnd));
    if (!anaphor) return undefined;
    const earlier = mentions.filter((m) => (m.kind === "resolution" || m.kind === "initiative") && m.end <= tStart && index - sentenceOf(m.start) <= EVENT_LOOKBACK);
    return earlier.at(-1)?.entityId;
  }
  const from = Math.max(s.start, tStart - NOUN_WINDOW);
  const to = Math.min(s.end, tEnd + NOUN_WINDOW);
  const window = text.slice(from, to);
  let summit = false;
  let found = false;
  const nouns = new Set<string>();
  // "a meeting", "an event" bring in a new one (named later, if at all); "the meeting" and a session (a part of
  // the event named before) point back
  let pointsBack = pronoun;
  const re = /[\u4e00-\u9fff]/.test(window) ? EVENT_NOUN_ZH : EVENT_NOUN_EN;
  re.lastIndex = 0;
  for (let m; (m = re.exec(window));) {
    const zh = re === EVENT_NOUN_ZH;
    const noun = zh ? (m[1] ?? m[2]) : m[2];
    const at = from + m.index + m[0].length - noun.length;
    if (inMention(at)) continue;
    const lead = zh ? text.slice(Math.max(s.start, at - 6), at) : m[1];
    if (OTHER_EVENT.test(lead)) return undefined;
    // "the mini virtual summit": a summit described by more than generic words is another one
    if (!zh && /summit/i.test(noun) && lead.split(/\s+/).some((w) => w && !SUMMIT_GENERIC.test(w))) return undefined;
    // "the AI Global Forum": a capitalised title the atlas does not know is another event, not the one named before
    if (!zh && /^[A-Z]/.test(noun) && /^(?:[A-Z][\w'-]*\s+)+$/.test(lead)) return undefined;
    found = true;
    pointsBack ||= zh || /session|环节/i.test(noun) || !/^an?\s/i.test(m[0]);
    nouns.add(noun.toLowerCase().replace(/s$/, ""));
    summit ||= /summit|峰会/i.test(noun);
  }
  // "法国将于2025年举办的人工智能峰会": a bare meeting word, when this sentence reports a known event
  const reportedHere = reportedEvents.filter((r) => r.sentenceStart === s.start).map((r) => r.eventId);
  if (!found && reportedHere.length && re === EVENT_NOUN_ZH && /峰会|会议|会晤|论坛|活动/.test(window) && !OTHER_EVENT.test(window)) return reportedHere[0];
  if (!found && !pronoun) return undefined;
  // "Korea will co-host …": a future act is not about an event the article reports as past
  const future = /\bwill\b|\bto be held\b|将|即将/.test(text.slice(s.start, s.end));
  const published = publishedAt?.slice(0, 10);
  const sentenceDates = dates.filter((d) => d.start >= s.start && d.end <= s.end);
  const fitsEvent = (id: number) => {
    const e = dateOf(id);
    if (future && published && e && e.slice(0, 10) < published.slice(0, e.length > 10 ? 10 : e.length)) return false;
    // and a past act is not about an event still to come ("Japan hosted a meeting. The summit opens next month.")
    if (!future && published && e && (e.length >= 10 ? Date.parse(e.slice(0, 10)) - Date.parse(published) > 86400000 : e > published.slice(0, e.length))) return false;
    if (summit && !mentions.some((m) => m.entityId === id && /summit|峰会/i.test(m.surface)) && !reportedEvents.some((r) => r.eventId === id)) return false;
    return !e || !sentenceDates.length || sentenceDates.some((d) => datesOverlap(d.date, e, 3));
  };
  // a name inside a quoted theme or title ("以“基于人工智能安全峰会迈向…”为主题") is not the event itself
  const quotedPart = (m: FoundMention) => {
    const open = text.lastIndexOf("“", m.start);
    const close = text.indexOf("”", m.end);
    return open >= 0 && close >= 0 && open >= text.lastIndexOf("”", m.start) && close - open - 1 > m.end - m.start + 1;
  };
  const eventsIn = (k: number) => {
    const x = sentences[k];
    if (!x) return [];
    const named = mentions.filter((m) => m.kind === "event" && m.start >= x.start && m.start < x.end && !quotedPart(m));
    // the sentence's topic (its opening name) first: "AI首尔峰会是…首届人工智能安全峰会的后续会议" is about the first
    const topic = named.filter((m) => /^[\s"“”《]*$/.test(text.slice(x.start, m.start)));
    return [...reportedEvents.filter((r) => r.sentenceStart === x.start).map((r) => r.eventId), ...topic.map((m) => m.entityId), ...named.map((m) => m.entityId)];
  };
  // the next sentence only goes on about the same thing when this one announces it ("will jointly host a summit …
  // The AI Seoul Summit …") or it opens on the same noun ("… host a significant event … The side event …")
  const next = sentences[index + 1];
  const sameNoun = new RegExp(`^[\\s"“]*(?:(?:The|This|That|该|此次|本次|这次)\\s*)(?:[\\w'-]+\\s+){0,3}?(?:${[...nouns].join("|") || "(?!)"})`, "i");
  const goesOn = !!next && (future || sameNoun.test(text.slice(next.start, next.end)));
  const order = [...(pointsBack ? [index, ...Array.from({ length: EVENT_LOOKBACK }, (_, i) => index - 1 - i)] : []), ...(goesOn ? [index + 1] : [])].filter(
    (k) => k >= 0 && k < sentences.length,
  );
  for (const k of order) {
    const ids = eventsIn(k);
    const pick = ids.find(fitsEvent);
    if (pick !== undefined) return pick;
  }
  if (!pointsBack) return undefined;
  // nothing named near it: the one event the atlas has on the article's day ("中方出席了会议" in a report of that
  // day), if the article names it somewhere (a report of another meeting that day does not)
  const sameDay = eventsOnPublicationDay.filter((id) => fitsEvent(id) && (mentions.some((m) => m.entityId === id) || reportedEvents.some((r) => r.eventId === id)));
  return sameDay.length === 1 ? sameDay[0] : undefined;
}
