import type { Gazetteer } from "./gazetteer";
import type { FoundMention } from "./types";

const HAN = /[\u4e00-\u9fff]/;

/**
 * "the OECD AI Principles", "the G7 Hiroshima AI Process", "欧盟人工智能法案": the body the atlas says made a text,
 * named at the start of the text's own name, is named too (the text's name wins the match, so the body inside it
 * was not read on its own). A Latin name must end at a word ("OECD AI …", "G7’s …"), not inside one.
 */
export function findMakersInNames({ gazetteer, text, mentions }: { gazetteer: Gazetteer; text: string; mentions: FoundMention[] }): FoundMention[] {
  const out: FoundMention[] = [];
  for (const m of mentions) {
    if (m.kind !== "initiative" || m.method !== "gazetteer") continue;
    const entry = gazetteer.entries.get(m.entityId);
    if (!entry?.madeByIds?.length) continue;
    const surface = text.slice(m.start, m.end);
    for (const makerId of entry.madeByIds) {
      const maker = gazetteer.entries.get(makerId);
      if (!maker || maker.kind !== "organisation") continue;
      const forms = [maker.nameEn, maker.nameZh ?? "", ...maker.aliases.map((a) => a.alias)].filter((f) => f.length >= 2);
      let best = "";
      for (const form of forms) {
        if (form.length <= best.length || form.length >= surface.length || !surface.startsWith(form)) continue;
        if (!HAN.test(form) && !/^(?:\s|['’]s\s)/.test(surface.slice(form.length))) continue;
        best = form;
      }
      if (!best) continue;
      const end = m.start + best.length;
      if ([...mentions, ...out].some((x) => x.kind === "organisation" && x.start < end && m.start < x.end)) continue;
      out.push({
        entityId: maker.id,
        kind: "organisation",
        surface: best,
        start: m.start,
        end,
        confidence: m.confidence,
        method: "gazetteer",
        evidence: m.evidence,
        evidenceStart: m.evidenceStart,
        why: { matched: best, form: `${maker.nameEn} (the maker, named in ${entry.nameEn})`, rule: "pattern" },
      });
    }
  }
  return out;
}
