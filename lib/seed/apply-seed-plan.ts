import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { saveEntity, saveRelation } from "@/lib/entities/save-entity";
import type { SeedPlan } from "@/lib/seed/types";
import { NO_INPUT, OPERATOR, runCommandSync } from "@/lib/write/run-command";

/** Applies a seed plan in one write (the operator's): all of it or nothing. Safe to run again (idempotent). */
export function applySeedPlan({ db, plan }: { db: AtlasDatabase; plan: SeedPlan }) {
  return runCommandSync({ db, actor: OPERATOR, role: "admin", schema: NO_INPUT, input: undefined, command: ({ tx }) => {
    const ids = new Map<string, number>();
    let entitiesChanged = 0;
    for (const e of plan.entities) {
      const { id, changed } = saveEntity({ tx, input: e });
      ids.set(`${e.kind}:${e.slug}`, id);
      if (changed) entitiesChanged++;
    }
    let relationsAdded = 0;
    for (const r of plan.relations) {
      const subjectId = ids.get(`${r.subject.kind}:${r.subject.slug}`);
      const objectId = ids.get(`${r.object.kind}:${r.object.slug}`);
      if (subjectId === undefined || objectId === undefined) {
        throw new Error(`seed relation refers to a missing entity: ${JSON.stringify(r)}`);
      }
      if (saveRelation({ tx, subjectId, objectId, input: r }).changed) relationsAdded++;
    }
    return { entities: plan.entities.length, entitiesChanged, relations: plan.relations.length, relationsAdded };
  } });
}
