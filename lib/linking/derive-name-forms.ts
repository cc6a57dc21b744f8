import { hasCjk } from "./normalise";

/**
 * Forms of an entity's own names that articles write but the atlas does not store one by one. Every form is made
 * from a stored name or alias by a rule of writing, never from outside knowledge:
 * - a name with its short name in brackets ("… Act (AI Basic Act)", "…基本法（人工智能基本法）") is written either
 *   way: the long name alone and the short name alone;
 * - Chinese news writes 人工智能 as "AI" ("AI 基本法", "《欧盟 AI 法案》"), English news writes "Artificial
 *   Intelligence" as "AI" and the other way round ("the Unesco recommendation on the ethics of AI");
 * - a text named after the place it was adopted is written "the Shanghai Declaration"; a law "… Act" is also
 *   "… Law", "…法案" also "…法";
 * - "… Friends Group" is also "Group of Friends of the …";
 * - a title that names its issuer first ("African Union Continental AI Strategy") is written without it once the
 *   issuer is clear ("the Continental AI Strategy"): see `withoutIssuer`; a yearly text without its year: see
 *   `withoutYear`.
 */

export type NameForm = { form: string; aliasType: string };

/** Kinds whose names are titles of texts, bodies or meetings (country names have their own curated forms). */
const TITLE_KINDS = new Set(["initiative", "organisation", "event", "resolution"]);

/** "（2024年修订版）", "(2024 update of …)", "(with annex …)", "(proposed)": a qualifier, not another name. */
function bracketIsName(inner: string): boolean {
  if (hasCjk(inner)) return inner.length >= 4 && !/[\d年版，,：:、]/.test(inner);
  const words = inner.trim().split(/\s+/);
  return /^[A-Z]/.test(inner) && words.length <= 6 && !/[,;:]/.test(inner) && !/^\d/.test(inner);
}

const ZH_BRACKET = /^(.{4,}?)\s*[（(]([^（）()]+)[）)]\s*$/;

/** The long name without its bracketed short name, and the short name. Initiatives and bodies only: an event's
 * bracket is its place or year ("(Paris)", "（2023年，海牙）"), a resolution's its committee. */
function splitBracket(form: string, kind: string, isOthers: (form: string) => boolean): NameForm[] {
  if (kind !== "initiative" && kind !== "organisation") return [];
  const m = ZH_BRACKET.exec(form);
  // "Ministry of … (Egypt)": a bracket that names another entity says whose it is; the rest alone is anyone's
  if (!m || !bracketIsName(m[2]) || isOthers(m[2].trim())) return [];
  return [
    { form: m[1].trim(), aliasType: "name" },
    { form: m[2].trim(), aliasType: "short" },
  ];
}

/**
 * "BRICS Leaders' Statement/Declaration on … (17th BRICS Summit, Rio de Janeiro)": a title stored with two
 * alternative words and a bracket saying where it was adopted is written with one of the words and without the
 * bracket. The bracket goes only when it is no name and at least four words are left (not "Principles (2024 update)").
 */
function alternativeForms(form: string): string[] {
  if (hasCjk(form)) return [];
  const qualifier = /^(.+?)\s*\(([^()]+)\)$/.exec(form);
  const bare = qualifier && !bracketIsName(qualifier[2]) && qualifier[1].split(/\s+/).length >= 4 ? qualifier[1] : null;
  const out = bare ? [bare] : [];
  for (const f of [form, ...out]) {
    const alt = /\b([A-Z][a-z]+)\/([A-Z][a-z]+)\b/.exec(f);
    if (alt) for (const word of [alt[1], alt[2]]) out.push(f.slice(0, alt.index) + word + f.slice(alt.index + alt[0].length));
  }
  return out;
}

/** 人工智能 → "AI" (tight, and spaced where it meets Han characters: "AI 基本法", "欧盟 AI 法案"). */
function zhAiForms(form: string): string[] {
  if (!form.includes("人工智能") || form.replace(/人工智能/g, "").length < 2) return [];
  const tight = form.replace(/人工智能/g, "AI");
  const spaced = form
    .replace(/人工智能/g, " AI ")
    .replace(/^ AI /, "AI ")
    .replace(/ AI $/, " AI")
    .replace(/([《“"「（(，,：:、])\s+AI/g, "$1AI")
    .replace(/AI\s+([》”"」）)，,：:、])/g, "AI$1");
  return tight === spaced ? [tight] : [tight, spaced];
}

/**
 * "Artificial Intelligence" ↔ "AI" ↔ "A.I." ↔ "Artificial Intelligence (AI)" (news prose spells the abbreviation out
 * at its first use) in an English title of at least three words (not a brand: "Mistral AI").
 */
function enAiForms(form: string): string[] {
  if (form.split(/\s+/).length < 3) return [];
  const out: string[] = [];
  const spelled = (re: RegExp) => form.replace(re, "Artificial Intelligence (AI)");
  if (/\bArtificial Intelligence\b/i.test(form)) {
    out.push(form.replace(/\bArtificial Intelligence\b/gi, "AI"), form.replace(/\bArtificial Intelligence\b/gi, "A.I."), spelled(/\bArtificial Intelligence\b/i));
  } else if (/\bAI\b/.test(form)) out.push(form.replace(/\bAI\b/g, "Artificial Intelligence"), form.replace(/\bAI\b/g, "A.I."), spelled(/\bAI\b/));
  return out;
}

/**
 * A law's name written the other usual way: "… Act" as "… Law" ("AI Basic Law"), "…法案" as "…法" ("欧盟人工智能法"),
 * when the name says more than "AI Act" / "人工智能法案" (which are anyone's).
 */
function lawForms(form: string): string[] {
  if (hasCjk(form)) {
    const m = /^(.*)法案([》”"]?)$/.exec(form);
    if (m) return m[1].replace(ZH_GENERIC, "").length >= 2 ? [`${m[1]}法${m[2]}`] : [];
    // "…推进法" is debated as a bill, "…推进法案" (not 方法, 办法, 算法, 语法: methods, measures, algorithms)
    const law = /^(.*)(?<![方办算语手做说看想立宪])法([》”"]?)$/.exec(form);
    return law && law[1].replace(ZH_GENERIC, "").length >= 2 ? [`${law[1]}法案${law[2]}`] : [];
  }
  const m = /^(.+)\bAct$/.exec(form);
  const words = form.replace(/Artificial Intelligence|A\.I\./gi, "AI").split(/\s+/);
  // before it passes, the "AI Promotion Act" is the "AI Promotion Bill"
  return m && words.length >= 3 && words.some((w) => !EN_GENERIC.test(w)) ? [`${m[1]}Law`, `${m[1]}Bill`] : [];
}

/**
 * "US Executive Order 14110 on Safe, Secure, and Trustworthy …", "…的第14110号行政令": a numbered order goes by its
 * number alone ("Executive Order 14110", "EO 14110", "第14110号行政命令"): the number is the order's own.
 */
function numberedOrderForms(form: string): string[] {
  const en = /\bExecutive Order (\d{4,6})\b/.exec(form);
  if (en) return [`Executive Order ${en[1]}`, `EO ${en[1]}`, `E.O. ${en[1]}`, `Executive Order No. ${en[1]}`];
  const zh = /第(\d{4,6})号行政令/.exec(form);
  return zh ? [`第${zh[1]}号行政令`, `第${zh[1]}号行政命令`, `${zh[1]}号行政令`, `${zh[1]}号行政命令`] : [];
}

/**
 * "人工智能独立国际科学小组" → "独立国际科学小组", "Independent International Scientific Panel on Artificial
 * Intelligence" → "Independent International Scientific Panel": a name without the field it is about, once the
 * article is about that field, when what is left still tells it apart (seven characters or three capitalised words
 * beyond the generic ones).
 */
function withoutTopic(form: string): string[] {
  if (hasCjk(form)) {
    const m = /^(?:人工智能|AI)(.{7,})$/.exec(form.replace(/（[^）]*）$/, ""));
    return m && !/^[的和与及、]/.test(m[1]) && m[1].replace(ZH_GENERIC, "").length >= 4 ? [m[1]] : [];
  }
  const m = /^(.+?) (?:on|for) (?:Artificial Intelligence|AI)$/.exec(form);
  if (!m) return [];
  const words = m[1].split(/\s+/);
  return words.length >= 3 && words.every((w) => /^[A-Z]/.test(w)) && words.filter((w) => !EN_GENERIC.test(w)).length >= 2 ? [m[1]] : [];
}

/** British and American spellings of one name: "Organization"/"Organisation", "Center"/"Centre", "Program"/"Programme". */
function spellingForms(form: string): string[] {
  if (hasCjk(form)) return zhGroupForms(form);
  const swaps: [RegExp, string][] = [
    [/(?<=[a-z])ization\b/g, "isation"],
    [/(?<=[a-z])isation\b/g, "ization"],
    [/\b([Cc])enter\b/g, "$1entre"],
    [/\b([Cc])entre\b/g, "$1enter"],
    [/\b([Pp])rogramme\b/g, "$1rogram"],
    [/\b([Pp])rogram\b/g, "$1rogramme"],
  ];
  const out: string[] = [];
  for (const [re, to] of swaps) {
    const v = form.replace(re, to);
    if (v !== form) out.push(v);
  }
  return out;
}

/**
 * "20国集团人工智能原则" is also written "G20人工智能原则", "七国集团…" "G7…" (and back): the groups' two spellings;
 * "…峰会" is also "…高峰会".
 */
const ZH_GROUP_SPELLINGS: [RegExp, string][] = [
  [/二十国集团|20国集团/g, "G20"],
  [/七国集团/g, "G7"],
  [/G20(?=[\u4e00-\u9fff《“])/g, "二十国集团"],
  [/G7(?=[\u4e00-\u9fff《“])/g, "七国集团"],
  // ("人工智慧首爾高峰會": Taiwan and Hong Kong write a summit 高峰会)
  [/(?<!高)峰会/g, "高峰会"],
];
function zhGroupForms(form: string): string[] {
  return ZH_GROUP_SPELLINGS.map(([re, to]) => form.replace(re, to)).filter((v) => v !== form && v.replace(/[^\u4e00-\u9fff]/g, "").length >= 4);
}

/** Words a company's name may end with that say what it makes or what kind of company it is, not which it is. */
const COMPANY_TAIL = /^(.{4,}?)\s+(?:AI|Electronics|Technologies|Technology|Group|Holdings|Inc\.?|Corp\.?|Corporation|Co\.?|Ltd\.?|Limited|Labs)$/;
/**
 * "Samsung Electronics" is "Samsung", "Mistral AI" is "Mistral", "三星电子" is "三星": a company's name without the word for
 * its trade or legal form (a capitalised word of four letters or more, so that a common word is not a company).
 */
function companyForms(form: string): string[] {
  if (hasCjk(form)) {
    // "三星电子" is "三星", "国际商业机器公司" "国际商业机器"
    const zh = /^(.{2,}?)(?:股份有限公司|有限公司|集团|公司|电子|科技)$/.exec(form);
    return zh && (hasCjk(zh[1]) ? zh[1].length >= 2 : /^[A-Z][A-Za-z0-9]{2,}/.test(zh[1])) ? [zh[1].trim()] : [];
  }
  const m = COMPANY_TAIL.exec(form);
  return m && /^[A-Z][A-Za-z0-9]{3,}$/.test(m[1]) && !EN_GENERIC.test(m[1]) ? [m[1]] : [];
}

/** Words that open a title without saying where it was adopted ("Political Declaration", "Joint Statement"). */
const GENERIC_LEAD =
  /^(?:The|Political|Joint|Global|International|Ministerial|Leaders|Final|Chair|General|Universal|Revised|Interim|Framework|Presidential|Summit|Declaration|Statement|New|First|Second|Third)$/;
/**
 * "Shanghai Declaration on Global AI Governance" → "Shanghai Declaration": a text named after the place it was
 * adopted, without what it is about. The place is one or two capitalised words that are not a generic opening.
 */
function placeLedForm(form: string): string | null {
  const m = /^(?:The\s+)?((?:[A-Z][a-z]+\s+){1,2}?)(Declaration|Statement|Communiqué|Consensus|Commitments)\s+(?:on|for|by|of)\s+\S/.exec(form);
  if (!m) return null;
  const place = m[1].trim().split(/\s+/);
  return place.every((w) => !GENERIC_LEAD.test(w)) ? `${place.join(" ")} ${m[2]}` : null;
}

/**
 * "International AI Safety Report 2025" → "International AI Safety Report": a yearly text's name without its
 * year, kept only when what is left still tells it apart. The year comes back as `editionYear`, for the linker
 * to check the article is from that year (find-mentions.ts): next year's report has the same name.
 */
export function withoutYear(form: string): { form: string; editionYear: number } | null {
  const m = /^(.{8,}?)\s+((?:19|20)\d\d)$/.exec(form) ?? /^((?:19|20)\d\d)\s+(.{8,})$/.exec(form);
  if (!m) return null;
  const [rest, year] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
  if (hasCjk(rest) || /[()]/.test(rest)) return null;
  const words = rest.split(/\s+/);
  if (words.length < 3 || !/^[A-Z]/.test(rest) || !words.some((w) => !EN_GENERIC.test(w.replace(/[^A-Za-z]/g, "")))) return null;
  return { form: rest, editionYear: Number(year) };
}

/** The forms to add for one entity, given its stored names and aliases (which are not repeated). */
export function deriveNameForms({
  kind,
  subtype,
  forms,
  isOthers = () => false,
}: {
  kind: string;
  /** "company": a company's name is also written without its trade word */
  subtype?: string | null;
  forms: NameForm[];
  /** true for a stored form of another entity: never derived */
  isOthers?: (form: string) => boolean;
}): NameForm[] {
  if (!TITLE_KINDS.has(kind)) return [];
  const have = new Set(forms.map((f) => f.form));
  const out: NameForm[] = [];
  const add = (f: NameForm) => {
    if (f.form.length < 2 || have.has(f.form) || isOthers(f.form)) return;
    have.add(f.form);
    out.push(f);
  };
  // an alias stored in title marks (《全球人工智能治理倡议》) is also written without them
  for (const f of forms) if (/^《[^《》]+》$/.test(f.form)) add({ form: f.form.slice(1, -1), aliasType: f.aliasType });
  for (const f of [...forms, ...out]) for (const s of splitBracket(f.form, kind, isOthers)) add(s);
  if (kind === "initiative") for (const f of [...forms]) for (const v of alternativeForms(f.form)) add({ form: v, aliasType: "short" });
  if (kind === "initiative")
    for (const f of [...forms, ...out]) {
      const place = placeLedForm(f.form);
      if (place) add({ form: place, aliasType: "short" });
      for (const law of lawForms(f.form)) add({ form: law, aliasType: f.aliasType === "name" ? "short" : f.aliasType });
      for (const order of numberedOrderForms(f.form)) add({ form: order, aliasType: "short" });
    }
  if (kind === "organisation" || kind === "initiative") for (const f of [...forms]) for (const v of withoutTopic(f.form)) add({ form: v, aliasType: "short" });
  for (const f of [...forms, ...out]) for (const v of spellingForms(f.form)) add({ form: v, aliasType: f.aliasType });
  if (kind === "organisation" && subtype === "company") for (const f of [...forms]) for (const v of companyForms(f.form)) add({ form: v, aliasType: "short" });
  if (kind === "organisation") for (const f of [...forms]) for (const v of friendsGroupForms(f.form)) add({ form: v, aliasType: "short" });
  // "the G20 principles", "the OECD principles": a body's AI principles named by the body alone
  if (kind === "initiative")
    for (const f of [...forms]) {
      const m = /^([A-Z][A-Z0-9]{1,5}) AI (Principles)$/.exec(f.form);
      if (m) add({ form: `${m[1]} ${m[2]}`, aliasType: "short" });
    }
  // the AI forms of every name, including the bracket halves just made
  for (const f of [...forms, ...out]) {
    const variants = hasCjk(f.form) ? zhAiForms(f.form) : enAiForms(f.form);
    // a derived form is never surer than a short name
    for (const v of variants) add({ form: v, aliasType: f.aliasType === "name" ? "short" : f.aliasType });
  }
  return out;
}

/**
 * "Hiroshima AI Process Friends Group" is also written "Group of Friends of the Hiroshima AI Process" (a UN-style
 * group named after what it supports, said either way round).
 */
function friendsGroupForms(form: string): string[] {
  const m = /^(.+?)\s+Friends\s+Group$/.exec(form);
  if (!m || hasCjk(form)) return [];
  return [`Group of Friends of the ${m[1]}`, `Group of Friends of ${m[1]}`];
}

/** Words of an English title that say what kind of text it is or that it is about AI: not what tells it apart. */
const EN_GENERIC =
  /^(?:ai|artificial|intelligence|the|of|on|for|and|in|to|a|an|global|international|governance|act|law|principles|declaration|statement|strategy|plan|action|initiative|report|recommendation|guide|convention|framework|code|conduct|process|group|commitments|compact|partnership|summit|meeting)$/i;
/** The same for a Chinese title: what is left must be at least three characters of its own. */
const ZH_GENERIC =
  /人工智能|AI|全球|国际|关于|的|和|与|及|法案|法|原则|宣言|声明|战略|行动计划|计划|倡议|报告|建议书|建议|指南|公约|框架|进程|准则|承诺|契约|峰会|会议|[《》“”"\s]/g;

/**
 * "African Union Continental Artificial Intelligence Strategy" → "Continental Artificial Intelligence Strategy":
 * the title without the issuer it opens with (`issuerLength`: the length of the issuer's name at the start, found
 * by the caller in the gazetteer). Kept only when what is left still tells the text apart: a word or three
 * characters beyond AI and the kind of text ("AI Principles", "人工智能原则" are left out).
 */
export function withoutIssuer({ form, issuerLength }: { form: string; issuerLength: number }): string | null {
  const after = form.slice(issuerLength);
  // "China-France Joint Statement", "中国—东盟…中心", "中美…": a joint title, not one issuer's
  if (!/^(?:['’]s)?\s/.test(after) && !(hasCjk(form) && /^[\u4e00-\u9fff]/.test(after) && !/^[和与及]/.test(after))) return null;
  const rest = after.replace(/^(?:['’]s)?\s*/, "").trim();
  if (!rest) return null;
  if (hasCjk(rest)) return rest.length >= 6 && rest.replace(ZH_GENERIC, "").length >= 3 ? rest : null;
  const words = rest.split(/\s+/);
  if (words.length < 3 || !/^[A-Z]/.test(rest)) return null;
  return words.some((w) => !EN_GENERIC.test(w.replace(/[^A-Za-z]/g, ""))) ? rest : null;
}

/**
 * "中国—老挝人工智能创新合作中心" → "中老人工智能创新合作中心": Chinese writes a two-country title with the first
 * character of each country's name (`countryNames`: the atlas's Chinese country names). Only two countries named
 * in full at the start, and a rest of four characters or more that says what the body or text is.
 */
export function pairAbbreviation({ form, countryNames }: { form: string; countryNames: Set<string> }): string | null {
  if (!hasCjk(form)) return null;
  for (let a = 2; a <= 5 && a < form.length; a++) {
    if (!countryNames.has(form.slice(0, a))) continue;
    const dash = /^[—\-–－‐]?/.exec(form.slice(a))![0].length;
    for (let b = 2; b <= 5; b++) {
      const second = form.slice(a + dash, a + dash + b);
      const rest = form.slice(a + dash + b);
      if (second.length === b && countryNames.has(second) && /^[\u4e00-\u9fff]{4,}/.test(rest) && !/^[和与及、]/.test(rest)) return `${form[0]}${second[0]}${rest}`;
    }
  }
  return null;
}
