import { entitiesNamed, type Gazetteer } from "./gazetteer";
import { patternMention } from "./pattern-mention";
import type { FoundMention } from "./types";

/**
 * "中法两国", "由韩英共同主办", "中日韩领导人": Chinese writes two or three countries as one-character short forms run together.
 * Only the unambiguous short forms, and only before a word that says two states act together (两国, 双方,
 * 首脑, 共同 …, or 关于 … 联合声明: 《中法关于…的联合声明》, 中法发表…联合声明), so that 中英文 or 加强 never read as countries. They are
 * mentions of the article ("主要集中于中美两国" names both states) and feed statement reading (who co-hosted what).
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
const PAIR = new RegExp(
  `(?<![${CHARS}])([${CHARS}]{2,3})(?=两国|三国|双方|三方|首脑|领导人|元首|外长|政要|高官|官员|政府|共同|联合|携手|(?:(?:发表|发布|签署)了?)?关于[^。；]{0,40}?(?:联合声明|联合宣言|共同声明)|(?:发表|发布|签署)了?[^。；]{0,40}?(?:联合声明|联合宣言|共同声明))`,
  "g",
);

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

/** One mention per one-character short form of a pair or list, the k-th at start + step·k. */
function shortFormMentions({
  ids,
  text,
  chars,
  start,
  step,
  matched,
}: {
  ids: Map<string, number>;
  text: string;
  chars: string[];
  start: number;
  step: number;
  matched: string;
}): FoundMention[] {
  const out: FoundMention[] = [];
  for (const [k, ch] of chars.entries()) {
    const id = ids.get(LIST_FORMS[ch]);
    if (id === undefined) continue;
    out.push(
      patternMention({
        entityId: id,
        kind: "country",
        text,
        start: start + step * k,
        end: start + step * k + 1,
        evidenceStart: start,
        confidence: 0.7,
        matched,
        form: `${matched} (${chars.map((c) => LIST_FORMS[c] ?? c).join(" + ")})`,
      }),
    );
  }
  return out;
}

export function findCountryPairs({ text, gazetteer, mentions }: { text: string; gazetteer: Gazetteer; mentions: FoundMention[] }): FoundMention[] {
  const ids = countryIds(gazetteer);
  const out: FoundMention[] = [];
  PAIR.lastIndex = 0;
  for (let m; (m = PAIR.exec(text));) {
    const start = m.index;
    const chars = [...m[1]];
    // (inside a joint statement's name the pair is read: 《中法关于…的联合声明》 names its parties)
    if (new Set(chars).size !== chars.length || mentions.some((x) => x.start < start + chars.length && start < x.end && !jointText(x))) continue;
    out.push(...shortFormMentions({ ids, text, chars, start, step: 1, matched: m[0] }));
  }
  // "the China-France Joint Statement on AI", "US-UK Joint Declaration": the states written before the words, by
  // their names in the gazetteer (only the names of joint texts are looked up)
  for (const d of mentions) {
    if (!jointText(d)) continue;
    const head = JOINT_HEAD_EN.exec(text.slice(d.start, d.end));
    if (!head) continue;
    const names = head[1].split(/[-–]/);
    const states = names.map((n) => entitiesNamed(gazetteer, n).filter((id) => gazetteer.entries.get(id)?.kind === "country"));
    if (names.length < 2 || states.some((ids) => ids.length !== 1)) continue;
    let at = d.start + text.slice(d.start, d.end).indexOf(head[1]);
    names.forEach((n, k) => {
      const start = at;
      at += n.length + 1;
      out.push({
        entityId: states[k][0],
        kind: "country",
        surface: n,
        start,
        end: start + n.length,
        confidence: 0.7,
        method: "pattern",
        evidence: "",
        evidenceStart: d.start,
        why: { matched: head[1], form: `${head[1]} (joint text)`, rule: "pattern" },
      });
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const JOINT_NAME = /joint\s+(?:statement|declaration|communiqu[eé])|联合声明|联合宣言|共同声明|联合公报/i;
/** "China-France Joint Statement", "the US–UK Joint Declaration": two or three names joined by hyphens, then "Joint". */
const JOINT_HEAD_EN = /^(?:the\s+)?((?:[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?[-–]){1,2}[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?)\s+Joint\b/u;
function jointText(m: FoundMention): boolean {
  return m.kind === "initiative" && JOINT_NAME.test(m.surface);
}

/**
 * Short forms read only in a list of short forms ("来自中、德、日、马、新、美", "澳、加、法、英、日、韩等国"), where the
 * list mark says each is a state's name; as a pair they are too often part of a word (马斯克, 创新). 欧 (Europe)
 * stands in such lists but is not a state.
 */
const LIST_FORMS: Record<string, string> = { ...SHORT_FORMS, 马: "MYS", 新: "SGP", 菲: "PHL", 加: "CAN", 荷: "NLD" };
/** What may follow 加 that ends a list ("澳、加等国"), unlike the word it begins ("发展中、加强合作"). */
const AFTER_LAST_JIA = /^(?:[等两三四国及和与、，。；,;）)]|$)/;
const LIST_CHARS = `${Object.keys(LIST_FORMS).join("")}欧`;
/** "美、中", "中、美、俄": one-character short forms listed with 、 (not "中、英文": Chinese and English text). */
const LIST = new RegExp(`(?<![${LIST_CHARS}、])([${LIST_CHARS}](?:、[${LIST_CHARS}])+)(?![${LIST_CHARS}]|、[\\u4e00-\\u9fff]|[文语字式餐医药籍裔])`, "g");

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
    // ("…中、加强…": 加 last in the list begins a word unless the list ends after it)
    const listed = m[1].endsWith("加") && !AFTER_LAST_JIA.test(text.slice(start + m[1].length, start + m[1].length + 1)) ? m[1].slice(0, -2) : m[1];
    const chars = listed.split("、");
    if (new Set(chars).size !== chars.length || mentions.some((x) => x.start < start + m![1].length && start < x.end)) continue;
    // ("中、欧": a list of states names at least two)
    if (chars.filter((c) => LIST_FORMS[c]).length < 2) continue;
    // (each short form is followed by 、, so the k-th stands at 2k)
    out.push(...shortFormMentions({ ids, text, chars, start, step: 2, matched: listed }));
  }
  return out;
}
