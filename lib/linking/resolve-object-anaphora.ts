import { sentenceIndexAt } from "./sentences";
import type { EntityKind } from "@/db/schema";
import type { Gazetteer } from "./gazetteer";
import { ANOTHER, GENERIC_MODIFIER } from "./resolve-references";
import type { FoundMention, FoundRelation, GazetteerEntry, Sentence } from "./types";

/**
 * Short noun phrases that point back at a body or a text the article named before: "the Network" (after
 * "International Network of AI Safety Institutes"), "the alliance", "the body", "the pact", "the report",
 * "该网络", "该组织", "之友小组", and the members of a body said without it ("The founding members comprise …",
 * "其成员包括…"). A participation statement often names its object this way, so the statement rules read these
 * as the entity named before. resolveReferences covers the nouns of summits, meetings and declarations; this
 * covers the rest, by the antecedent's kind, subtype and name: the head noun must fit the entity ("network" an
 * organisation whose name says Network or whose subtype is network), the nearest earlier fitting name wins, and
 * two different fitting names in that sentence make it ambiguous (nothing). Internal to the relation reading: the
 * results are never stored as mentions, so "the network" adds nothing to an article's organisations.
 */

type Head = {
  en?: string;
  zh?: string;
  kinds: EntityKind[];
  /** words the antecedent's name (or an alias) must contain */
  names?: RegExp;
  /** or subtypes it may have */
  subtypes?: string[];
  /** a noun any body of the kinds may be called ("the body", "该组织"): nearer antecedents only, and no "the body that …" */
  generic?: boolean;
};

const BODY_SUBTYPES = ["intergovernmental", "un-body", "un-agency", "advisory-body", "panel", "network", "group-of-friends", "forum"];

/** Ordered: the first head whose pattern matches the noun wins (multi-word heads first). */
const HEADS: Head[] = [
  { en: "friends group|group of friends", zh: "之友小组", kinds: ["organisation"], names: /friends|之友/i, subtypes: ["group-of-friends"] },
  { en: "networks?", zh: "网络", kinds: ["organisation"], names: /\bnetwork|网络/i, subtypes: ["network"] },
  { en: "alliance", zh: "联盟", kinds: ["organisation"], names: /alliance|coalition|联盟/i },
  // ("This multi-stakeholder global coalition includes …", of the Global Partnership on AI: a partnership is one too)
  { en: "coalition", kinds: ["organisation", "initiative"], names: /alliance|coalition|partnership|联盟|伙伴关系/i },
  { en: "partnership", zh: "伙伴关系", kinds: ["organisation", "initiative"], names: /partnership|伙伴关系/i },
  { en: "bloc|grouping|group", kinds: ["organisation"], subtypes: ["forum", "intergovernmental"], generic: true },
  { en: "union", kinds: ["organisation"], names: /\bunion\b|联盟/i },
  { en: "council", zh: "理事会", kinds: ["organisation"], names: /council|理事会|安理会/i },
  { en: "commission", kinds: ["organisation"], names: /commission|委员会/i },
  { en: "committee", zh: "委员会", kinds: ["organisation"], names: /committee|委员会/i },
  { en: "agency", kinds: ["organisation"], names: /agency|署/i },
  { en: "institute", zh: "研究所|研究院", kinds: ["organisation"], names: /institute|研究所|研究院/i },
  { en: "cent(?:re|er)", zh: "中心", kinds: ["organisation"], names: /cent(?:re|er)|中心/i, subtypes: ["centre"] },
  { en: "platform", zh: "平台", kinds: ["organisation", "initiative"], names: /platform|平台/i },
  { en: "mechanism", zh: "机制", kinds: ["organisation", "initiative"], names: /mechanism|机制/i },
  { en: "organi[sz]ation", zh: "组织", kinds: ["organisation"], names: /organi[sz]ation|组织/i, subtypes: ["intergovernmental", "un-agency"] },
  // "the world body": news prose's name for the United Nations (and its organs)
  { en: "world body|world organi[sz]ation", kinds: ["organisation"], names: /\bUnited Nations\b|^联合国|\| 联合国/ },
  { en: "body", zh: "机构", kinds: ["organisation"], subtypes: BODY_SUBTYPES, generic: true },
  { en: "pact|agreement|accord", zh: "协定|协议|契约", kinds: ["initiative", "resolution"], names: /pact|compact|agreement|accord|treaty|协定|协议|契约|条约/i },
  { en: "compact", kinds: ["initiative", "resolution"], names: /compact|契约/i },
  { en: "report", zh: "报告", kinds: ["initiative"], names: /report|报告/i, subtypes: ["report"] },
  { en: "recommendation", zh: "建议书", kinds: ["initiative"], names: /recommendation|建议/i, subtypes: ["recommendation"] },
  { en: "strategy", zh: "战略", kinds: ["initiative"], names: /strategy|战略/i, subtypes: ["strategy"] },
  // (by name only an Act: "the Rule of Law" in a convention's name does not make it a law)
  {
    en: "law|legislation|Act",
    zh: "法案|法律|法(?![院规律官庭案人国语治则制典条学])",
    kinds: ["initiative"],
    names: /\bAct\b|法案|基本法|推进法/,
    subtypes: ["law", "regulation"],
  },
  { en: "code of conduct|code", zh: "行为准则", kinds: ["initiative"], names: /code of conduct|行为准则/i, subtypes: ["code-of-conduct"] },
  { en: "(?:guiding )?principles|guidelines", zh: "原则|准则", kinds: ["initiative"], names: /principles|guidelines|原则|准则/i, subtypes: ["principles"] },
  { en: "charter", zh: "宪章", kinds: ["initiative"], names: /charter|宪章/i },
  { en: "roadmap|blueprint", zh: "路线图|蓝图", kinds: ["initiative", "event"], names: /roadmap|blueprint|路线图|蓝图/i },
  { en: "process", zh: "进程", kinds: ["initiative"], names: /process|进程/i, subtypes: ["process"] },
  { en: "programme|program", zh: "项目", kinds: ["initiative"], names: /programme|program|项目/i, subtypes: ["programme"] },
  { en: "guide", zh: "指南", kinds: ["initiative"], names: /guide|指南/i, subtypes: ["guide"] },
  // "countries participating in this initiative": a programme, process or group of states named before (not a text:
  // a declaration or a law is "the declaration", "the law"); resolveReferences reads it first for names with Initiative
  {
    en: "initiative",
    zh: "倡议",
    kinds: ["initiative", "organisation"],
    // (by name too: most bodies in the atlas carry no subtype that says "group" or "network")
    names: /\b(?:group|network|partnership|process|alliance|coalition|programme|program|platform|mechanism)\b|小组|网络|进程|伙伴关系/i,
    subtypes: ["initiative", "process", "programme", "action-plan", "dialogue", "study-group", "network", "group-of-friends"],
    generic: true,
  },
  { en: "(?:executive )?order", zh: "行政令", kinds: ["initiative"], names: /executive order|行政令/i, subtypes: ["executive-order"] },
];

const EN_HEADS = HEADS.filter((h) => h.en)
  .map((h) => h.en)
  .join("|");
/** "the 27-nation bloc", "the regional grouping", "the fledgling network": words that describe, not name. */
const DESCRIPTIVE_MODIFIER =
  /^(?:(?:\d+|[a-z]+)-(?:member|nation|country|state|strong)|regional|multilateral|intergovernmental|continental|informal|economic|political|influential|powerful|nascent|fledgling|voluntary|advisory|expert|ministerial|scientific|multi-stakeholder|multistakeholder)$/i;
/** Words that are no modifiers ("the rule of law" is not a law, "the state and the body" not one phrase). */
const FUNCTION_WORD = "(?:of|and|or|for|on|in|to|with|by|at|from|as|its|their|whose|which|that|the|a|an)\\b";
/** "the Network", "this new alliance", "the Network's", "the advisory body" (up to two modifiers). */
const EN_NOUN = new RegExp(`\\b(?:the|this|that)\\s+((?:(?!${FUNCTION_WORD})[a-z0-9][\\w-]*\\s+){0,2}?)(${EN_HEADS})\\b(?:['’]s\\b)?`, "gi");
const ZH_HEADS = HEADS.filter((h) => h.zh)
  .map((h) => h.zh)
  .join("|");
/** 该网络, 这一国际组织, 上述机制 (not the 该 of 应该); 之友小组 on its own after a clause break, a quote or a verb. */
const ZH_NOUN = new RegExp(
  `(?<!应)(?:该|这一|这个|这份|这项|该项|此项|上述|前述)([\\u4e00-\\u9fff]{0,4}?)(${ZH_HEADS})|(?<=^|[，,。；：:、\\n“"《「]|加入|参加|参与|成立|主持)(之友小组)`,
  "g",
);
/**
 * "The founding members comprise …", "Its members are …", "其成员包括": the members of the body talked about, when a
 * list of names follows ("The founding members were present at …" says nothing of the body).
 */
const MEMBERS_EN =
  /^[\s"“]*(?:(?:The|Its)\s+(?:(?:founding|initial|original|first|current|full)\s+)?members)(?=\s+(?:comprise|are|include|consist of|were)\s*:?\s+(?:the\s+)?[A-Z])/;
const MEMBERS_ZH = /(?<=^|[，,。；\s])(?:其|首批|创始|初始)(?=成员国?(?:包括|有|为)[:：]?)/;
/**
 * "the Network of AI Safety Institutes", "the group of friends": words after the noun that belong to a name ("signed
 * the pact on Monday", "on behalf of": a day, or a lower-case word after on/for, is no part of a name).
 */
const OF_WORDS =
  /^\s+(?:(?:of|for|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)((?:[A-Z][\w.'-]*\s*){1,5})|of\s+(?:the\s+)?([a-z][\w-]*))/;
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const POSSESSED_ROLE = /^\s+(?:(?:initial|founding|original|first|new|current|full|rotating)\s+)?(?:members?|membership|presidency|chair(?:manship)?|co-chairs?|founders?)\b/i;
const ZH_POSSESSED_OTHER = /^的?[\u4e00-\u9fff\d]{0,6}?(?:会议|峰会|论坛|活动|会晤|年会|大会|研讨会|报告|宣言|声明|文件)/;
/** "the body that drafted the text": a restrictive clause says which one anew, not "the one named before". */
const RESTRICTIVE = /^\s+(?:that|which|who|whose)\b/;
/** How far back (in sentences) a generic noun may point. */
const GENERIC_LOOKBACK = 4;
/** Bodies that have members ("The founding members …"): not companies, universities or ministries. */
const NO_MEMBERS = new Set(["company", "university", "national-agency", "regional-government", "research-institute"]);

type Found = { start: number; end: number; surface: string; fits: (e: GazetteerEntry) => boolean; generic: boolean; head?: Head };

function headOf(word: string, zh: boolean): Head | null {
  for (const h of HEADS) {
    const source = zh ? h.zh : h.en;
    if (source && new RegExp(`^(?:${source})$`, zh ? "" : "i").test(word)) return h;
  }
  return null;
}

const namesCache = new WeakMap<GazetteerEntry, string>();
function namesOf(e: GazetteerEntry): string {
  let names = namesCache.get(e);
  if (names === undefined) namesCache.set(e, (names = [e.nameEn, e.nameZh ?? "", ...e.aliases.map((a) => a.alias)].join(" | ")));
  return names;
}

/** A modifier is in the name as a word ("UN" in "UN Security Council", not in "Union"). */
function hasWord(names: string, word: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^\\p{L}\\p{N}])`, "iu").test(names);
}

function fitsHead(head: Head, e: GazetteerEntry): boolean {
  if (!head.kinds.includes(e.kind)) return false;
  if (head.names?.test(namesOf(e))) return true;
  if (e.subtype && head.subtypes?.includes(e.subtype)) return true;
  return false;
}

/** English noun phrases: the determiner, modifiers that must be in the name, the head, words after it. */
function findEnglish(text: string): Found[] {
  const out: Found[] = [];
  EN_NOUN.lastIndex = 0;
  for (let m; (m = EN_NOUN.exec(text));) {
    const word = m[2];
    // "the Act" is the law; "the act of signing" is not
    if (/^act$/i.test(word) && word !== "Act") continue;
    const head = headOf(word, false);
    if (!head) continue;
    const modifiers = m[1].trim().split(/\s+/).filter(Boolean);
    if (ANOTHER.test(m[1])) continue;
    const possessive = /['’]s$/.test(m[0]);
    const headEnd = m.index + m[0].length - (possessive ? 2 : 0);
    const after = text.slice(headEnd, headEnd + 60);
    // "hosted the network's second meeting": the thing possessed is what the statement is about, unless it is the
    // body's own membership or chair ("the alliance's presidency", "the Network's initial members")
    if (possessive && !POSSESSED_ROLE.test(after.slice(2))) continue;
    // "the Network Chair", "the Council Conclusions": a capitalised word after the noun makes another name
    const next = /^\s+([A-Z][\w-]*)/.exec(after);
    if (next && !DAY_OR_MONTH.test(next[1])) continue;
    const specific = modifiers.filter((w) => !GENERIC_MODIFIER.test(w.toLowerCase()) && !DESCRIPTIVE_MODIFIER.test(w));
    const of = OF_WORDS.exec(after);
    if (of)
      specific.push(
        ...(of[1] ?? of[2])
          .trim()
          .split(/\s+/)
          .filter((w) => !/^(?:the|and|of|on|for)$/i.test(w)),
      );
    if (head.generic && RESTRICTIVE.test(after)) continue;
    const wanted = specific.map((w) => w.toLowerCase().replace(/['’]s?$/, ""));
    const end = of && !head.generic ? headEnd + of[0].trimEnd().length : m.index + m[0].length;
    out.push({
      start: m.index,
      end,
      surface: text.slice(m.index, end),
      generic: !!head.generic,
      head,
      fits: (e) => fitsHead(head, e) && wanted.every((w) => hasWord(namesOf(e), w)),
    });
  }
  return out;
}

function findChinese(text: string): Found[] {
  const out: Found[] = [];
  ZH_NOUN.lastIndex = 0;
  for (let m; (m = ZH_NOUN.exec(text));) {
    const word = m[2] ?? m[3];
    const head = headOf(word, true);
    if (!head) continue;
    const modifiers = m[1] ?? "";
    // "该国际组织": a modifier is generic or in the name ("该国际网络" fits a name with 国际)
    const wanted = modifiers && !/^(?:国际|全球|多边|政府间|新)$/.test(modifiers) ? modifiers : "";
    if (/^新/.test(modifiers)) continue;
    // "主办了该网络第二次会议": the body's meeting or text is what the statement is about, not the body
    if (ZH_POSSESSED_OTHER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const start = m[3] ? m.index + m[0].length - word.length : m.index;
    out.push({
      start,
      end: m.index + m[0].length,
      surface: text.slice(start, m.index + m[0].length),
      generic: !!head.generic,
      head,
      fits: (e) => fitsHead(head, e) && namesOf(e).includes(wanted),
    });
  }
  return out;
}

/** Capitalised words before a capitalised head: "Continental Artificial Intelligence Strategy". */
const NAME_BEFORE = /(?:[A-Z][\w'-]*\s+(?:(?:of|on|for|and|the)\s+)*){1,8}$/;

/**
 * A name with the noun as its head that nothing was linked to: "Continental Artificial Intelligence Strategy",
 * "《人工智能利用促进法》" (a title in book or quotation marks ending in the noun).
 */
function unknownNameBetween({ text, from, to, head, taken }: { text: string; from: number; to: number; head: Head; taken: FoundMention[] }): boolean {
  if (to <= from) return false;
  const between = text.slice(from, to);
  const free = (a: number, b: number) => !taken.some((m) => m.start < from + b && from + a < m.end);
  if (head.en) {
    const re = new RegExp(`\\b(?:${head.en})\\b`, "gi");
    for (let m; (m = re.exec(between));) {
      // (the words just before the noun, not the whole stretch: the pattern is anchored at its end)
      const lead = Math.max(0, m.index - 120);
      const name = /^[A-Z]/.test(m[0]) ? NAME_BEFORE.exec(between.slice(lead, m.index)) : null;
      if (name && !/^(?:The|This|That|A|An|Its|Their)\s+$/.test(name[0]) && free(lead + name.index, m.index + m[0].length)) return true;
    }
  }
  if (head.zh) {
    const re = new RegExp(`[《“"「]([^》”"」]{0,40}?(?:${head.zh}|法))[》”"」]`, "g");
    for (let m; (m = re.exec(between));) if (free(m.index, m.index + m[0].length)) return true;
  }
  return false;
}

/** "The founding members comprise …": the members of the body the article is about (an organisation with members). */
function findMembers(text: string, sentences: Sentence[]): Found[] {
  const out: Found[] = [];
  const hasMembers = (e: GazetteerEntry) => e.kind === "organisation" && !NO_MEMBERS.has(e.subtype ?? "");
  for (const s of sentences) {
    const en = MEMBERS_EN.exec(text.slice(s.start, Math.min(s.end, s.start + 60)));
    if (en) {
      const start = s.start + en[0].length - en[0].trimStart().length;
      out.push({ start, end: s.start + en[0].length, surface: en[0].trim(), generic: true, fits: hasMembers });
    }
    const zh = MEMBERS_ZH.exec(text.slice(s.start, s.end));
    if (zh) out.push({ start: s.start + zh.index, end: s.start + zh.index + zh[0].length, surface: zh[0], generic: true, fits: hasMembers });
  }
  return out;
}

/** A name quoted as part of a longer title: “Terms of reference … the Independent International Scientific Panel …”. */
function insideTitle(text: string, m: FoundMention): boolean {
  const before = text.slice(Math.max(0, m.start - 240), m.start);
  const open = Math.max(before.lastIndexOf("“"), before.lastIndexOf("《"), before.lastIndexOf("「"));
  if (open < 0 || open < Math.max(before.lastIndexOf("”"), before.lastIndexOf("》"), before.lastIndexOf("」"))) return false;
  const after = text.slice(m.end, m.end + 240);
  const close = after.search(/[”》」]/);
  if (close < 0) return false;
  // (a quoted speech is no title: He said, “Delighted to announce that India has joined GPAI today. This …”)
  const quoted = before.slice(open + 1) + text.slice(m.start, m.end) + after.slice(0, close);
  if (/[.!?。！？]\s+\S|\b(?:I|we|We|our|Our|my|My)\b/.test(quoted)) return false;
  if (/\b(?:said|says|stated|added|noted|wrote|tweeted|posted|announced)\s*[,:]?\s*$|[:：]\s*$/.test(before.slice(0, open))) return false;
  // (a full stop or comma the quotation closes on is the sentence's: “… Safety Institutes.”)
  return before.slice(open + 1).trim().length > 0 || after.slice(0, close).replace(/[\s.,;:!?。，；：！？]/g, "").length > 0;
}

export function resolveObjectAnaphora({
  text,
  named,
  taken = named,
  gazetteer,
  sentences,
}: {
  text: string;
  /** the entities the article names (the antecedents), in text order */
  named: FoundMention[];
  /** spans already read as something (names, references): a noun phrase inside one is not read again */
  taken?: FoundMention[];
  gazetteer: Gazetteer;
  sentences: Sentence[];
}): FoundMention[] {
  const found = [...findEnglish(text), ...findChinese(text), ...findMembers(text, sentences)].sort((a, b) => a.start - b.start);
  if (!found.length) return [];
  const sentenceOf = (pos: number) => {
    const i = sentenceIndexAt({ sentences, pos });
    return i < 0 ? sentences.length : i;
  };
  // a reference back ("the Assembly") is the entity named before as well; a name inside another's quoted title
  // ("“Terms of reference … of the Scientific Panel …”") is not what the article talks about
  const ordered = [...new Set([...named, ...taken])].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundMention[] = [];
  for (const f of found) {
    if (taken.some((m) => m.start < f.end && f.start < m.end) || out.some((m) => m.start < f.end && f.start < m.end)) continue;
    const fits = (m: FoundMention) => {
      const e = gazetteer.entries.get(m.entityId);
      return !!e && e.status !== "proposed" && !m.why?.candidates && f.fits(e) && !insideTitle(text, m);
    };
    // the nearest earlier fitting name (the longest one at that place: "Hiroshima AI Process Friends Group")
    let antecedent: FoundMention | null = null;
    for (const m of ordered) {
      if (m.start >= f.start) break;
      if (m.end > f.start) continue;
      if (!fits(m)) continue;
      if (!antecedent || m.start >= antecedent.end || (m.start >= antecedent.start && m.end - m.start > antecedent.end - antecedent.start)) antecedent = m;
    }
    // "The United States, … make up the initial members of the network, which …" with "the AISI International
    // Network" named only further on: a specific noun (not "the body") may point ahead to the one entity that fits
    if (!antecedent && !f.generic) {
      const ahead = ordered.filter((m) => m.start >= f.end && fits(m));
      if (ahead.length && ahead.every((m) => m.entityId === ahead[0].entityId)) antecedent = ahead[0];
    }
    if (!antecedent) continue;
    // "…the EU AI Act. Japan's 《人工智能利用促进法》… 该法案": a name the atlas does not know, with the same head,
    // stands between; the phrase most likely means that one
    if (f.head && unknownNameBetween({ text, from: antecedent.end, to: f.start, head: f.head, taken })) continue;
    const home = sentenceOf(antecedent.start);
    if (f.generic && sentenceOf(f.start) - home > GENERIC_LOOKBACK) continue;
    // another fitting name in that sentence: which one is meant is a guess
    const a = antecedent;
    const rival = ordered.some((m) => m.end <= f.start && m.entityId !== a.entityId && fits(m) && sentenceOf(m.start) === home && (m.end <= a.start || m.start >= a.end));
    if (rival) continue;
    out.push({
      entityId: a.entityId,
      kind: a.kind,
      surface: f.surface,
      start: f.start,
      end: f.end,
      confidence: Math.min(a.confidence, 0.6),
      method: "descriptive",
      evidence: "",
      evidenceStart: f.start,
      why: { matched: f.surface, form: a.method === "pattern" && a.why?.form ? a.why.form : a.surface, rule: "description" },
    });
  }
  return out;
}

/**
 * A statement whose subject or object was read from such a noun phrase (and not also named in the statement) says
 * so in its why: the phrase as written, the name it points back to, the role and trigger.
 */
export function explainAnaphora({
  relations,
  anaphora,
  mentions,
  source,
}: {
  relations: FoundRelation[];
  anaphora: FoundMention[];
  /** every other mention the statements were read from */
  mentions: FoundMention[];
  source: string;
}): FoundRelation[] {
  if (!anaphora.length) return relations;
  return relations.map((r) => {
    const inside = (m: FoundMention) => m.start >= r.start && m.end <= r.end;
    const a = anaphora.find((x) => inside(x) && (x.entityId === r.objectId || x.entityId === r.subjectId) && !mentions.some((m) => m.entityId === x.entityId && inside(m)));
    if (!a) return r;
    return {
      ...r,
      why: { matched: source.slice(a.start, a.end), form: `${a.why?.form ?? a.surface} (${r.why.form}: “${r.why.matched}”)`, rule: "description" },
    };
  });
}
