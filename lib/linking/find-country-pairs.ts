import type { Gazetteer } from "./gazetteer";
import type { FoundMention } from "./types";

/**
 * "中法两国", "由韩英共同主办", "中日韩领导人": Chinese writes two or three countries as one-character short forms run together.
 * Only the unambiguous short forms, and only before a word that says two states act together (两国, 双方,
 * 首脑, 共同 …), so that 中英文 or 加强 never read as countries. The mentions feed statement reading (who
 * co-hosted what); they are not stored as mentions of the article.
 */
const SHORT_FORMS: Record<string, string> = {
  中: "CHN",
  美: "USA",
  英: "GBR",
  法: "FRA",
  德: "DEU",
  俄: "RUS",
  日: "JPN",
  韩: "KOR",
  印: "IND",
  意: "ITA",
  澳: "AUS",
  赞: "ZMB",
  朝: "PRK",
  越: "VNM",
  泰: "THA",
  老: "LAO",
  柬: "KHM",
  缅: "MMR",
  蒙: "MNG",
  哈: "KAZ",
};
const CHARS = Object.keys(SHORT_FORMS).join("");
const PAIR = new RegExp(`(?<![${CHARS}])([${CHARS}]{2,3})(?=两国|三国|双方|三方|首脑|领导人|元首|外长|政府|共同|联合|携手)`, "g");

const byIso = new WeakMap<Gazetteer, Map<string, number>>();
function countryIds(gazetteer: Gazetteer): Map<string, number> {
  let map = byIso.get(gazetteer);
  if (!map) {
    map = new Map();
    for (const e of gazetteer.entries.values()) if (e.kind === "country" && e.iso3) map.set(e.iso3, e.id);
    byIso.set(gazetteer, map);
  }
  return map;
}

export function findCountryPairs({ text, gazetteer, mentions }: { text: string; gazetteer: Gazetteer; mentions: FoundMention[] }): FoundMention[] {
  const ids = countryIds(gazetteer);
  const out: FoundMention[] = [];
  PAIR.lastIndex = 0;
  for (let m; (m = PAIR.exec(text));) {
    const start = m.index;
    const chars = [...m[1]];
    if (new Set(chars).size !== chars.length || mentions.some((x) => x.start < start + chars.length && start < x.end)) continue;
    for (const [k, ch] of chars.entries()) {
      const id = ids.get(SHORT_FORMS[ch]);
      if (id === undefined) continue;
      out.push({
        entityId: id,
        kind: "country",
        surface: ch,
        start: start + k,
        end: start + k + 1,
        confidence: 0.7,
        method: "pattern",
        evidence: "",
        evidenceStart: start,
        why: { matched: m[0], form: `${m[0]} (${chars.map((c) => SHORT_FORMS[c]).join(" + ")})`, rule: "pattern" },
      });
    }
  }
  return out;
}

/** "美、中", "中、美、俄": one-character short forms listed with 、 (not "中、英文": Chinese and English text). */
const LIST = new RegExp(`(?<![${CHARS}、])([${CHARS}](?:、[${CHARS}])+)(?![${CHARS}]|、[\\u4e00-\\u9fff]|[文语字式餐医药籍裔])`, "g");

/**
 * "印度尚未生产出可与美、中匹敌的模型": countries listed by their one-character short forms, separated by 、. These
 * are mentions of the article (unlike the pairs above, the list mark says each character is a name of its own).
 */
export function findCountryLists({ text, gazetteer, mentions }: { text: string; gazetteer: Gazetteer; mentions: FoundMention[] }): FoundMention[] {
  const ids = countryIds(gazetteer);
  const out: FoundMention[] = [];
  LIST.lastIndex = 0;
  for (let m; (m = LIST.exec(text));) {
    const start = m.index;
    const chars = m[1].split("、");
    if (new Set(chars).size !== chars.length || mentions.some((x) => x.start < start + m![1].length && start < x.end)) continue;
    for (const [k, ch] of chars.entries()) {
      const id = ids.get(SHORT_FORMS[ch]);
      if (id === undefined) continue;
      out.push({
        entityId: id,
        kind: "country",
        surface: ch,
        start: start + 2 * k,
        end: start + 2 * k + 1,
        confidence: 0.7,
        method: "pattern",
        evidence: "",
        evidenceStart: start,
        why: { matched: m[1], form: `${m[1]} (${chars.map((c) => SHORT_FORMS[c]).join(" + ")})`, rule: "pattern" },
      });
    }
  }
  return out;
}
