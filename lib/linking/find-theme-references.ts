import type { Gazetteer } from "./gazetteer";
import { normaliseKey, simplifyHan } from "./normalise";
import type { FoundMention, GazetteerEntry } from "./types";

/**
 * An event named by its theme: "安理会举行主题为“人工智能给国际和平与安全带来的机遇与风险”高级别公开会", "a
 * high-level briefing on “Artificial Intelligence: Opportunities and Risks …”". A quoted theme next to a meeting word
 * is the atlas event whose own name or alias contains that theme (one event only: two candidates is no link). The
 * result is a mention for the statement rules (who hosted, chaired or attended it), not stored.
 */

const QUOTED = /[“"「『]([^”"」』\n]{6,160})[”"」』]/g;
/** A meeting word within a few characters after the quote, or "briefing on"/"主题为" before it. */
const MEETING_AFTER =
  /^[\s,，]{0,2}(?:[\u4e00-\u9fff]{0,6}(?:会议|会|论坛|峰会|对话|研讨会|研讨班|辩论)|(?:high-level\s+|open\s+)?(?:meeting|briefing|debate|summit|conference|forum|dialogue|session)\b)/i;
const MEETING_BEFORE =
  /(?:主题为|主题是|以|题为|(?:meeting|briefing|debate|summit|conference|forum|dialogue|session)\s+(?:on|titled|entitled|themed)|under the (?:theme|title))\s*[:：]?\s*$/i;
const MIN_HAN = 6;
const MIN_LATIN = 16;

const eventKeys = new WeakMap<Gazetteer, { id: number; keys: string[] }[]>();

function keysOf(gazetteer: Gazetteer): { id: number; keys: string[] }[] {
  let keys = eventKeys.get(gazetteer);
  if (!keys) {
    keys = [...gazetteer.entries.values()]
      .filter((e: GazetteerEntry) => e.kind === "event" && e.status !== "proposed")
      .map((e) => ({ id: e.id, keys: [e.nameEn, e.nameZh, ...e.aliases.map((a) => a.alias)].filter((x): x is string => !!x).map(flatten) }));
    eventKeys.set(gazetteer, keys);
  }
  return keys;
}

/** Letters, digits and Han only, lower case, simplified: "Opportunities and Risks" and "机遇与风险" compare as words. */
function flatten(text: string): string {
  return normaliseKey(simplifyHan(text)).replace(/[^\p{L}\p{N}]+/gu, "");
}

export function findThemeReferences({ text, mentions, gazetteer }: { text: string; mentions: FoundMention[]; gazetteer: Gazetteer }): FoundMention[] {
  const out: FoundMention[] = [];
  QUOTED.lastIndex = 0;
  let events: { id: number; keys: string[] }[] | null = null;
  for (let m; (m = QUOTED.exec(text));) {
    const start = m.index;
    const end = start + m[0].length;
    if (!MEETING_AFTER.test(text.slice(end, end + 12)) && !MEETING_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    if (mentions.some((x) => x.kind === "event" && x.start <= start && x.end >= end)) continue;
    const theme = flatten(m[1]);
    const han = (theme.match(/[\u4e00-\u9fff]/g) ?? []).length;
    if (han < MIN_HAN && theme.length < MIN_LATIN) continue;
    events ??= keysOf(gazetteer);
    const hits = events.filter((e) => e.keys.some((k) => k.includes(theme)));
    if (hits.length !== 1) continue;
    out.push({
      entityId: hits[0].id,
      kind: "event",
      surface: m[0],
      start,
      end,
      confidence: 0.6,
      method: "pattern",
      evidence: "",
      evidenceStart: start,
      why: { matched: m[0], form: "theme in the event's name", rule: "pattern" },
    });
  }
  return out;
}
