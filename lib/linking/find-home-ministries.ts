import type { Gazetteer } from "./gazetteer";
import type { FoundMention } from "./types";

/**
 * "外交部发言人表示", "由外交部和清华大学共同主办": Chinese-language press names its own government's ministries
 * without the country. Such bare names (an organisation's Chinese alias ending in 部 that the atlas keeps unlinkable
 * because it is ambiguous on its own) are linked when nothing marks them as another country's: no country name,
 * 国/方/其/该 right before them, no "…部长" (a minister, not the ministry), and no other country's ministry of
 * the same name in the article ("日本外交部" makes a later bare "外交部" Japan's).
 */
const BARE_MINISTRY = /^[\u4e00-\u9fff]{1,8}部$/;

type HomeMinistry = { alias: string; entityId: number; homeId: number | null };
const cache = new WeakMap<Gazetteer, HomeMinistry[]>();

function homeMinistries(gazetteer: Gazetteer): HomeMinistry[] {
  let list = cache.get(gazetteer);
  if (list) return list;
  list = [];
  for (const e of gazetteer.entries.values()) {
    if (e.kind !== "organisation" || e.status === "proposed") continue;
    for (const a of e.aliases) {
      if (a.linkable !== false || a.language !== "zh" || !BARE_MINISTRY.test(a.alias)) continue;
      // the country whose name prefixes another alias ("中国外交部") is the ministry's home
      const prefixed = e.aliases.find((b) => b.alias !== a.alias && b.alias.endsWith(a.alias));
      const home = prefixed
        ? [...gazetteer.entries.values()].find(
            (c) => c.kind === "country" && (c.nameZh === prefixed.alias.slice(0, -a.alias.length) || c.aliases.some((x) => x.alias === prefixed.alias.slice(0, -a.alias.length))),
          )
        : undefined;
      list.push({ alias: a.alias, entityId: e.id, homeId: home?.id ?? null });
    }
  }
  cache.set(gazetteer, list);
  return list;
}

export function findHomeMinistries({
  text,
  gazetteer,
  mentions,
}: {
  text: string;
  gazetteer: Gazetteer;
  mentions: FoundMention[];
}): { entityId: number; start: number; end: number; alias: string }[] {
  const out: { entityId: number; start: number; end: number; alias: string }[] = [];
  for (const h of homeMinistries(gazetteer)) {
    if (!text.includes(h.alias)) continue;
    const countryEndingAt = (pos: number) => mentions.find((m) => m.kind === "country" && m.end === pos);
    let foreign = false;
    const hits: number[] = [];
    for (let i = text.indexOf(h.alias); i >= 0; i = text.indexOf(h.alias, i + 1)) {
      const owner = countryEndingAt(i);
      if (owner && owner.entityId !== h.homeId) foreign = true;
      if (owner || /[国方其该两各]$/.test(text.slice(Math.max(0, i - 1), i)) || text[i + h.alias.length] === "长") continue;
      if (mentions.some((m) => m.start < i + h.alias.length && i < m.end)) continue;
      hits.push(i);
    }
    if (foreign) continue;
    for (const i of hits) out.push({ entityId: h.entityId, start: i, end: i + h.alias.length, alias: h.alias });
  }
  return out;
}
