import { mentionsBySentence } from "./sentences";
import type { EntityKind, RelationRole } from "@/db/schema";
import { relationOf, SUBJECT_KINDS } from "./relation-patterns";
import type { FoundMention, FoundRelation, Sentence } from "./types";

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
export function readRoleNounsZh({ text, source, sentences, mentions }: { text: string; source: string; sentences: Sentence[]; mentions: FoundMention[] }): FoundRelation[] {
  const out: FoundRelation[] = [];
  const bySentence = mentionsBySentence({ sentences, mentions });
  for (const [index, s] of sentences.entries()) {
    if (!/是|为/.test(text.slice(s.start, s.end)) || !/[\u4e00-\u9fff]/.test(text.slice(s.start, s.end))) continue;
    const inS = bySentence[index];
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
