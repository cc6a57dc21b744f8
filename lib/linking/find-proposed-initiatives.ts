import { shortensTitle } from "./find-defined-names";
import { normaliseKey, simplifyHan } from "./normalise";
import { sentenceAt } from "./sentences";
import type { FoundMention, ProposedEntity, Sentence } from "./types";

const ZH_SUFFIX = "倡议|行动计划|计划|宣言|公约|框架|战略|规划|方案|原则|指南|声明|协定|路线图|契约|议程|行动|准则|共识|建议书|法案|决议";
/** 《全球数据安全倡议》 — a quoted title with a policy-like ending. */
const ZH_TITLE = new RegExp(`《([^《》\\n]{2,40}?(?:${ZH_SUFFIX}))》`, "g");
/** “数字埃及建设者”计划 — a quoted name followed by the kind word. */
const ZH_QUOTED = /[“"「]([^”"」\n]{2,30})[”"」](倡议|计划|行动|项目|工程|框架)/g;
/** The Global Data Security Initiative, the AI Capacity-Building Action Plan … */
const EN_NAME =
  /\b((?:[A-Z][A-Za-z'’.-]*|AI)(?:[ \t]+(?:[A-Z][A-Za-z'’.-]*|AI|of|for|on|and|in|to|the|&)){0,8}?[ \t]+(?:Initiative|Action Plan|Plan|Programme|Program|Partnership|Declaration|Compact|Framework|Strategy|Charter|Accord|Principles|Roadmap|Agenda|Pact|Convention|Resolution|Commons|Fund|Alliance|Coalition|Facility|Observatory))\b/g;

/**
 * 提出全球治理倡议, 建立全球人工智能能力发展基金, 成立由…领导的AI能源冲击监察机构: a name without quotes, after a verb
 * of founding or proposing (read in simplified characters). It runs from the verb to the kind word; a relative
 * clause before it ("由…领导的", "聚集…企业的") is cut at its last 的.
 */
const ZH_VERB_NAME =
  /(?:提出|发起|宣布|启动|成立|建立|设立|组建|建设好|推出|发布|践行|加入|倡导)([\u4e00-\u9fffA-Za-z0-9·—-]{2,30}?(?:倡议|行动计划|基金|联盟|机构|中心|宣言|声明|共识|平台))(?![\u4e00-\u9fff]{0,1}(?:倡议|计划|基金|联盟|机构|中心|平台))/g;
/** What such a name is about: without one of these it is a company's or a city's project, not the atlas's. */
const ZH_TOPIC = /人工智能|AI|智能|数字|数据|算力|全球|国际|世界/;
/** "三大合作中心", "两个平台": a count of things, not a name. */
const ZH_COUNT = /[一二三四五六七八九十两几多数][大个项家]/;
/** ‘Charter for the Democratic Diffusion of AI’: a kind word first, in quotes or with capitalised words after it. */
const EN_KIND_FIRST =
  /(?:[‘'“"]((?:Charter|Compact|Pact|Declaration|Framework|Principles|Code|Roadmap|Agenda|Alliance|Coalition|Fund|Initiative|Programme|Program)\s+(?:for|on|of)\s+[^’'”"\n]{3,60}?)[’'”"])|(?<![A-Z][A-Za-z-]*\s)\b((?:Charter|Compact|Pact|Alliance|Coalition|Fund)\s+(?:for|on|of)\s+(?:the\s+)?[A-Z][A-Za-z-]*(?:\s+(?:of|for|on|and|the|in|AI|[A-Z][A-Za-z-]*))*\s+(?:[A-Z][A-Za-z-]*|AI))\b/g;

/** Words that say what kind of text or body a name is, not which one. */
const EN_KIND_WORDS =
  /^(?:the|a|an|of|on|for|and|framework|convention|political|joint|global|international|declaration|statement|initiative|action|plan|principles|guiding|code|conduct|agenda|charter|compact|pact|strategy|roadmap|fund|alliance|coalition|partnership|programme|program|resolution|leaders|ministerial|final)$/i;
const ZH_KIND_WORDS = /框架|公约|宣言|声明|倡议|行动计划|计划|原则|准则|联合|政治|全球|国际|基金|联盟|机构|中心|平台|共识|决议/g;
/** "Framework Convention", "Political Declaration", "框架公约": a kind of text, which one the article says elsewhere. */
function onlyKindWords(name: string): boolean {
  if (/[\u4e00-\u9fff]/.test(name)) return name.replace(/[“”"《》]/g, "").replace(ZH_KIND_WORDS, "").length < 2;
  return name.split(/\s+/).every((w) => EN_KIND_WORDS.test(w));
}

/**
 * Names that look like initiatives (…倡议, …计划, … Initiative, … Action Plan, quoted 《…》 titles) but are not in
 * the gazetteer: candidates for new entities with status "proposed". Anything overlapping a known mention is
 * skipped, so known initiatives are never proposed twice.
 */
export function findProposedInitiatives({ text, sentences, mentions }: { text: string; sentences: Sentence[]; mentions: FoundMention[] }): ProposedEntity[] {
  const out: ProposedEntity[] = [];
  const seen = new Set<string>();
  const covered = (start: number, end: number) =>
    mentions.some((m) => m.start < end && m.end > start && (m.kind === "initiative" || m.kind === "resolution" || m.kind === "event" || m.end - m.start >= (end - start) * 0.5));
  const push = (name: string, start: number, end: number, lang: "zh" | "en") => {
    if (covered(start, end) || onlyKindWords(name)) return;
    const key = normaliseKey(name);
    if (seen.has(key)) return;
    seen.add(key);
    // a name never spans a sentence or paragraph break
    const s = sentenceAt(sentences, start);
    if (!s || end > s.end || /[\n\r]/.test(text.slice(start, end))) return;
    const kind = /决议|Resolution$/.test(name) ? "resolution" : "initiative";
    out.push({
      kind,
      nameEn: lang === "en" ? name : null,
      nameZh: lang === "zh" ? name : null,
      symbol: null,
      surface: text.slice(start, end),
      start,
      end,
      evidence: s.text,
      evidenceStart: s.start,
    });
  };
  for (const m of text.matchAll(ZH_TITLE)) push(m[1], m.index! + 1, m.index! + 1 + m[1].length, "zh");
  for (const m of text.matchAll(ZH_QUOTED)) push(`“${m[1]}”${m[2]}`, m.index!, m.index! + m[0].length, "zh");
  const simplified = simplifyHan(text);
  for (const m of simplified.matchAll(ZH_VERB_NAME)) {
    let start = m.index! + m[0].length - m[1].length;
    let name = m[1];
    const cut = name.lastIndexOf("的");
    if (cut >= 0) {
      start += cut + 1;
      name = name.slice(cut + 1);
    }
    // "数据科学和人工智能研究机构": two things joined describe a kind of body, not one body's name
    if (/[和与及]/.test(name)) continue;
    if (name.length < 4 || !ZH_TOPIC.test(name) || ZH_COUNT.test(name) || /^[由在向同对为把将从了]/.test(name)) continue;
    push(text.slice(start, start + name.length), start, start + name.length, "zh");
  }
  for (const m of text.matchAll(EN_KIND_FIRST)) {
    const name = m[1] ?? m[2];
    const start = m.index! + m[0].indexOf(name);
    if (name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).length < 3) continue;
    push(name, start, start + name.length, "en");
  }
  for (const m of text.matchAll(EN_NAME)) {
    let name = m[1];
    let start = m.index!;
    // "Geneva. Global Compute Initiative": keep only the part inside the sentence where the name ends
    const own = sentenceAt(sentences, start + name.length - 1);
    if (own && own.start > start) {
      name = name.slice(own.start - start);
      start = own.start;
    }
    // drop a leading article / sentence-initial word that is not part of the name
    const lead =
      /^(?:(?:The|A|An|This|That|Under|Its|Their|China's|Beijing's|On|In|At|By|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+)+/.exec(
        name,
      );
    if (lead) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    // "AU’s Agenda", "India's AI Mission": whose it is, not part of its name
    const owner = /^[A-Z][A-Za-z.]*['’]s[ \t]+/.exec(name);
    if (owner) {
      name = name.slice(owner[0].length);
      start += owner[0].length;
    }
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    // "… and the International Fund" followed by "for Agricultural Development": a longer name of a body, cut
    if (/\s(?:and|of|for|on)\s+the\s/.test(name) || /^\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]/.test(text.slice(start + name.length, start + name.length + 30))) continue;
    if (words.filter((w) => /^[A-Z]/.test(w)).length < 2) continue;
    push(name, start, start + name.length, "en");
  }
  // 《天津宣言》 after 《上海合作组织成员国元首理事会天津宣言》: the article's short form of a name already proposed
  const zhNames = out.map((p) => p.nameZh).filter((n): n is string => !!n);
  return out.filter((p) => !p.nameZh || !zhNames.some((n) => shortensTitle(p.nameZh!, n))).sort((a, b) => a.start - b.start);
}
