import { groupSubjects } from "./group-subjects";
import { relationOf, saysRefusal } from "./relation-patterns";
import { mentionsBySentence } from "./sentences";
import type { FoundMention, FoundRelation, Sentence } from "./types";

/**
 * "《全球人工智能治理倡议》得到了巴西和南非的支持", "该倡议获得俄罗斯、巴西等国的积极响应和支持": the support a text
 * received, told from the text's side. Each state or body listed between the verb and 的…支持 supports the text named
 * before the verb in the same clause, or the one "该倡议" / "该决议" points back to (the last of that kind named in
 * this sentence or the two before).
 */

const RECEIVED = /(?:得到|获得|赢得|受到)了?\s*$/;
/** after the list: "等120多个国家", then 的, a word or two of praise, then 支持 / 响应 / 赞同 */
const SUPPORT_AFTER = /^\s*(?:等(?:[\d一二三四五六七八九十百多几]+个?)?(?:国家|国|方|多方|各方)?)?\s*的\s*(?:[\u4e00-\u9fff]{0,6}?)(?:支持|赞同|拥护|响应|认同)/;
/** "该倡议", "这一决议", "上述倡议": a text named before */
const POINTS_BACK = /(?:该|这一|此|上述)(倡议|决议|宣言|声明|计划|公约)\s*$/;
const LOOKBACK = 2;

export function readSupportReceivedZh({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!/得到|获得|赢得|受到/.test(text)) return out;
  const bySentence = mentionsBySentence({ sentences, mentions });
  sentences.forEach((s, index) => {
    const parties = bySentence[index].filter((m) => m.kind === "country" || m.kind === "organisation");
    for (const { members, start, end } of groupSubjects({ text, subjects: parties })) {
      const before = text.slice(s.start, start);
      const verb = RECEIVED.exec(before);
      if (!verb || !SUPPORT_AFTER.test(text.slice(end, s.end))) continue;
      const clause = before.slice(0, verb.index);
      if (saysRefusal(clause.slice(-12) + verb[0])) continue;
      const clauseStart = s.start + Math.max(clause.lastIndexOf("，"), clause.lastIndexOf(","), clause.lastIndexOf("；")) + 1;
      const object = objectOf({ text, index, sentences, bySentence, clauseStart, verbAt: s.start + verb.index });
      if (!object) continue;
      const from = Math.min(object.start, start);
      for (const m of members)
        out.push({
          ...relationOf({ subject: m, objectId: object.entityId, role: "supporter", s, start: from, end }),
          evidence: source.slice(s.start, s.end),
          why: { matched: source.slice(from, end), form: "supporter", rule: "pattern" },
        });
    }
  });
  return out;
}

/** The text named in the clause before the verb, else the one "该倡议" points back to. */
function objectOf({
  text,
  index,
  sentences,
  bySentence,
  clauseStart,
  verbAt,
}: {
  text: string;
  index: number;
  sentences: Sentence[];
  bySentence: FoundMention[][];
  clauseStart: number;
  verbAt: number;
}): FoundMention | undefined {
  const named = bySentence[index].filter((m) => (m.kind === "initiative" || m.kind === "resolution") && m.start >= clauseStart && m.end <= verbAt);
  if (named.length) return named.at(-1);
  const back = POINTS_BACK.exec(text.slice(clauseStart, verbAt));
  if (!back) return undefined;
  const kind = back[1] === "决议" ? "resolution" : "initiative";
  for (let k = index; k >= Math.max(0, index - LOOKBACK); k--) {
    const found = bySentence[k].filter((m) => m.kind === kind && m.end <= (k === index ? verbAt : sentences[k].end));
    if (found.length) return found.at(-1);
  }
  return undefined;
}
