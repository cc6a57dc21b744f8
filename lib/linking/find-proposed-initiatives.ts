import { normaliseKey } from "./normalise";
import { sentenceAt } from "./sentences";
import type { FoundMention, ProposedEntity, Sentence } from "./types";

const ZH_SUFFIX = "倡议|行动计划|计划|宣言|公约|框架|战略|规划|方案|原则|指南|声明|协定|路线图|契约|议程|行动|准则|共识|建议书|法案|决议";
/** 《全球数据安全倡议》 — a quoted title with a policy-like ending. */
const ZH_TITLE = new RegExp(`《([^《》\\n]{2,40}?(?:${ZH_SUFFIX}))》`, "g");
/** “数字埃及建设者”计划 — a quoted name followed by the kind word. */
const ZH_QUOTED = /[“"「]([^”"」\n]{2,30})[”"」](倡议|计划|行动|项目|工程|框架)/g;
/** The Global Data Security Initiative, the AI Capacity-Building Action Plan … */
const EN_NAME =
  /\b((?:[A-Z][A-Za-z'’.-]*|AI)(?:[ \t]+(?:[A-Z][A-Za-z'’.-]*|AI|of|for|on|and|in|to|the|&)){0,8}?[ \t]+(?:Initiative|Action Plan|Plan|Programme|Program|Partnership|Declaration|Compact|Framework|Strategy|Charter|Accord|Principles|Roadmap|Agenda|Pact|Convention|Resolution))\b/g;

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
    if (covered(start, end)) return;
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
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    if (words.filter((w) => /^[A-Z]/.test(w)).length < 2) continue;
    push(name, start, start + name.length, "en");
  }
  return out.sort((a, b) => a.start - b.start);
}
