import { entitiesNamed, type Gazetteer } from "./gazetteer";
import { descriptionMention } from "./pattern-mention";
import { sentenceAt } from "./sentences";
import type { FoundMention, GazetteerEntry, MentionFinderInput } from "./types";

type OwnedName = { entry: GazetteerEntry; ownerId: number; head: RegExp };
const ownedCache = new WeakMap<Gazetteer, OwnedName[]>();
/** "BRICS AI Study Group", "UN AI Advisory Body": a name made of its owner, "AI" and what it is */
const OWNED_AI_NAME = /^([A-Z0-9][A-Za-z0-9-]+) (?:AI|Artificial Intelligence) ((?:[A-Z][a-z-]+ ?){1,3})$/;
function ownedAiNames(gazetteer: Gazetteer): OwnedName[] {
  let out = ownedCache.get(gazetteer);
  if (out) return out;
  out = [];
  for (const e of gazetteer.entries.values()) {
    if (e.status === "proposed" || e.kind === "country") continue;
    for (const name of [e.nameEn, ...e.aliases.filter((a) => a.language !== "zh").map((a) => a.alias)]) {
      const m = OWNED_AI_NAME.exec(name);
      if (!m) continue;
      const owners = entitiesNamed(gazetteer, m[1]).filter((id) => id !== e.id && ["organisation", "country"].includes(gazetteer.entries.get(id)?.kind ?? ""));
      if (owners.length !== 1) continue;
      const head = m[2].trim().toLowerCase().split(/\s+/).join("\\s+");
      out.push({
        entry: e,
        ownerId: owners[0],
        head: new RegExp(
          `\\b(?:a|an|the|its|their)\\s+(?:(?:new|joint|dedicated|special|first)\\s+)?(${head})\\s+(?:on|for)\\s+(?:the\\s+)?(?:artificial intelligence|AI)\\b`,
          "gi",
        ),
      });
    }
  }
  ownedCache.set(gazetteer, out);
  return out;
}

/**
 * "the BRICS countries have agreed to launch a study group on artificial intelligence", "the UN's advisory body on
 * AI": a name made of its owner, "AI" and what it is ("BRICS AI Study Group"), said as what it is "on AI", in a
 * sentence naming the owner; not when two such names of the owner fit.
 */
export function findOwnedAiNames({ gazetteer, text, sentences, mentions }: MentionFinderInput): FoundMention[] {
  const out: FoundMention[] = [];
  const owned = ownedAiNames(gazetteer).filter((n) => mentions.some((m) => m.entityId === n.ownerId));
  for (const n of owned) {
    if (owned.some((o) => o !== n && o.entry.id !== n.entry.id && o.ownerId === n.ownerId && o.head.source === n.head.source)) continue;
    for (const d of text.matchAll(n.head)) {
      const start = d.index! + d[0].indexOf(d[1]);
      const end = d.index! + d[0].length;
      if (mentions.some((x) => x.start < end && start < x.end) || out.some((x) => x.start < end && start < x.end)) continue;
      const s = sentenceAt(sentences, start);
      if (!s || !mentions.some((x) => x.entityId === n.ownerId && x.start >= s.start && x.end <= s.end)) continue;
      out.push(
        descriptionMention({
          entityId: n.entry.id,
          kind: n.entry.kind,
          surface: text.slice(start, end),
          start,
          form: `${n.entry.nameEn} (what it is, on AI, beside its owner)`,
          confidence: 0.65,
        }),
      );
    }
  }
  return out;
}
