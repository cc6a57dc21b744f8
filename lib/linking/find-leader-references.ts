import type { FoundMention } from "./types";

/**
 * "Indian Prime Minister Narendra Modi … Modi will co-chair …", "印度总理莫迪……莫迪表示": a leader, minister or envoy
 * named once with the state's name and later by the surname alone acts for that state. The later surnames become
 * country mentions for the statement rules (not stored). Only the article's own pairing is used, never a list of
 * leaders: a surname the article does not tie to a state, or ties to two states, stays unread.
 */

const TITLE_EN =
  "(?:(?:then-|former\\s+|acting\\s+)?(?:Vice\\s+)?(?:President|Prime\\s+Minister|PM|Premier|Chancellor|Foreign\\s+Minister|Foreign\\s+Secretary|Secretary\\s+of\\s+State|Minister(?:\\s+of\\s+[A-Z][a-z]+)?|King|Ambassador|Envoy))";
/** After the state's name ("Indian", "India's", "US"): its title, then up to three capitalised names. */
const AFTER_STATE_EN = new RegExp(`^(?:['’]s)?\\s+${TITLE_EN}\\s+((?:[A-Z][\\p{L}'-]+\\s+){0,2}([A-Z][\\p{L}'-]{2,}))`, "u");
/** Before the state's name: "Prime Minister Jonas Store of Norway". */
const BEFORE_STATE_EN = new RegExp(`\\b${TITLE_EN}\\s+((?:[A-Z][\\p{L}'-]+\\s+){0,2}([A-Z][\\p{L}'-]{2,}))\\s+of\\s+(?:the\\s+)?$`, "u");
/** After the state's name: 总统/总理/外长 …, then the name (its length is read from its later uses). */
const AFTER_STATE_ZH = /^(?:国家主席|总统|总理|首相|主席|外长|外交部长|部长|国王|大使|特使|常驻联合国代表)([\u4e00-\u9fff·]{2,8})/;
/** What follows a Chinese name: a verb or particle of the sentence, not part of the name. */
const ZH_AFTER_NAME = /提出|表示|指出|强调|宣布|出席|参加|会见|发表|致辞|主持|签署|在|于|和|与|同|及|说|称|的|也|将|已|曾|等/;
/** Words that follow a title but are no names ("President said", "Prime Minister Office"). */
const NOT_A_NAME = /^(?:Said|Says|Has|Had|Was|Will|And|The|Of|Office|Administration|Government)$/;

/** The form a surname read as its state carries (a person, never a place: see readEventVenues). */
export const LEADER_FORM = "leader named earlier with the state";

export function findLeaderReferences({ text, mentions }: { text: string; mentions: FoundMention[] }): FoundMention[] {
  // surname → the state (null once two states claim it) and where it was introduced
  const byName = new Map<string, { entityId: number | null; after: number }>();
  const claim = (name: string, entityId: number, after: number) => {
    const was = byName.get(name);
    if (!was) byName.set(name, { entityId, after });
    else if (was.entityId !== entityId) was.entityId = null;
  };
  for (const m of mentions) {
    if (m.kind !== "country") continue;
    const rest = text.slice(m.end, m.end + 80);
    const en = AFTER_STATE_EN.exec(rest);
    if (en && !NOT_A_NAME.test(en[2])) {
      claim(en[2], m.entityId, m.end + en[0].length);
      // "Chinese Premier Li Qiang … Li said": a name written family name first is used again by its first part
      const first = en[1].split(/\s+/)[0];
      if (first !== en[2] && /^[A-Z][a-z]+$/.test(first) && !NOT_A_NAME.test(first)) claim(first, m.entityId, m.end + en[0].length);
      continue;
    }
    const of = BEFORE_STATE_EN.exec(text.slice(Math.max(0, m.start - 80), m.start));
    if (of && !NOT_A_NAME.test(of[2])) {
      claim(of[2], m.entityId, m.end);
      continue;
    }
    const zh = AFTER_STATE_ZH.exec(rest);
    if (!zh) continue;
    const at = m.end + zh[0].length - zh[1].length;
    // the name ends before the verb or particle after it (张军提出 → 张军); a transliterated name with · may be long
    // ("俄罗斯总统代表某某": a title after the title is no name)
    if (/^(?:代表|特使|大使|助理|顾问|发言人|夫人|一行)/.test(zh[1])) continue;
    const cut = zh[1].search(ZH_AFTER_NAME);
    const head = cut > 0 ? zh[1].slice(0, cut) : zh[1];
    // "纳伦德拉·莫迪 … 莫迪": a transliterated name is used again by its last part
    const dot = head.indexOf("·");
    if (dot > 0) {
      const last = /^[\u4e00-\u9fff]{2,4}/.exec(head.slice(head.lastIndexOf("·") + 1))?.[0];
      for (let n = last?.length ?? 0; last && n >= 2; n--)
        if (text.indexOf(last.slice(0, n), at + head.length) >= 0) {
          claim(last.slice(0, n), m.entityId, at + head.length);
          break;
        }
      continue;
    }
    // the longest start of the name that the article uses again later (莫迪 in 莫迪宣布 … 莫迪表示)
    for (let n = Math.min(head.length, 4); n >= 2; n--) {
      const name = head.slice(0, n);
      if (text.indexOf(name, at + n) >= 0) {
        claim(name, m.entityId, at + n);
        break;
      }
    }
  }
  const out: FoundMention[] = [];
  const covered = (a: number, b: number) => mentions.some((m) => m.start < b && a < m.end);
  for (const [name, { entityId, after }] of byName) {
    if (entityId === null) continue;
    const latin = /^[A-Z]/.test(name);
    for (let i = text.indexOf(name, after); i >= 0; i = text.indexOf(name, i + name.length)) {
      const end = i + name.length;
      // a whole word in English ("Modi", not "Modify"); not part of a name the linker already read
      if (latin && (/[\p{L}]/u.test(text[i - 1] ?? "") || /[\p{L}]/u.test(text[end] ?? ""))) continue;
      if (covered(i, end)) continue;
      out.push({
        entityId,
        kind: "country",
        surface: name,
        start: i,
        end,
        confidence: 0.6,
        method: "pattern",
        evidence: "",
        evidenceStart: i,
        why: { matched: name, form: LEADER_FORM, rule: "pattern" },
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
