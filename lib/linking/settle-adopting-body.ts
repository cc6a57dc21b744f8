import type { Gazetteer } from "./gazetteer";
import type { FoundRelation } from "./types";

/** (the two bodies' ids, looked up once per gazetteer) */
const unBodies = new WeakMap<Gazetteer, { un?: number; assembly?: number }>();

/**
 * "联合国通过了决议", "the UN adopted the resolution": the United Nations as a whole adopts no resolution; an A/RES
 * resolution is the General Assembly's. (One statement for the pair: the Assembly's, if it was also read.)
 */
export function settleAdoptingBody({ relations, gazetteer }: { relations: FoundRelation[]; gazetteer: Gazetteer }): FoundRelation[] {
  if (!relations.some((r) => r.role === "adopted-by")) return relations;
  let ids = unBodies.get(gazetteer);
  if (!ids) {
    ids = {};
    for (const e of gazetteer.entries.values()) {
      if (e.slug === "united-nations") ids.un = e.id;
      else if (e.slug === "un-general-assembly") ids.assembly = e.id;
    }
    unBodies.set(gazetteer, ids);
  }
  const { un, assembly } = ids;
  if (un === undefined || assembly === undefined) return relations;
  const isAssemblyResolution = (id: number) => /^A\/RES\//i.test(gazetteer.entries.get(id)?.symbol ?? "");
  const out: FoundRelation[] = [];
  for (const r of relations) {
    if (r.role !== "adopted-by" || r.objectId !== un || !isAssemblyResolution(r.subjectId)) out.push(r);
    else if (
      !out.some((o) => o.role === "adopted-by" && o.subjectId === r.subjectId && o.objectId === assembly) &&
      !relations.some((o) => o.role === "adopted-by" && o.subjectId === r.subjectId && o.objectId === assembly)
    )
      out.push({ ...r, objectId: assembly });
  }
  return out;
}
