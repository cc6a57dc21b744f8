import "server-only";
import { and, eq } from "drizzle-orm";
import type { AtlasDatabase } from "@/db/open";
import { participationLists, relations, sourceDocuments } from "@/db/schema";
import { findInternalText } from "@/lib/content/reader-text";
import { saveEntity, saveRelation } from "@/lib/seed/save-entity";
import type { SeedPlan } from "@/lib/seed/types";
import { NO_INPUT, OPERATOR, runCommandSync } from "@/lib/write/run-command";

/** Applies a seed plan in one write (the operator's): all of it or nothing. Safe to run again (idempotent). */
export function applySeedPlan({ db, plan }: { db: AtlasDatabase; plan: SeedPlan }) {
  return runCommandSync({
    db,
    actor: OPERATOR,
    role: "admin",
    schema: NO_INPUT,
    input: undefined,
    command: ({ tx }) => {
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
        else {
          // A database seeded before the notes were rewritten for readers keeps no editors' remark.
          const where = and(eq(relations.subjectId, subjectId), eq(relations.objectId, objectId), eq(relations.role, r.role));
          const existing = tx.select({ note: relations.note, sourceUrl: relations.sourceUrl }).from(relations).where(where).get();
          if (existing?.note && findInternalText(existing.note).length)
            tx.update(relations)
              .set({ note: r.note ?? null })
              .where(where)
              .run();
        }
      }
      for (const list of plan.participationLists ?? []) {
        const entityId = ids.get(`${list.entity.kind}:${list.entity.slug}`);
        if (entityId === undefined) throw new Error(`seed participation list refers to a missing entity: ${JSON.stringify(list.entity)}`);
        const values = { expectedTotal: list.expectedTotal, asOf: list.asOf, sourceUrl: list.sourceUrl, note: list.note };
        tx.insert(participationLists)
          .values({ entityId, role: list.role, ...values })
          .onConflictDoUpdate({ target: [participationLists.entityId, participationLists.role], set: { ...values, updatedAt: new Date().toISOString() } })
          .run();
      }
      for (const doc of plan.sourceDocuments ?? []) {
        const values = { quality: doc.quality, title: doc.title, verifiedAt: doc.verifiedAt };
        tx.insert(sourceDocuments)
          .values({ url: doc.url, ...values })
          .onConflictDoUpdate({ target: sourceDocuments.url, set: values })
          .run();
      }
      return { entities: plan.entities.length, entitiesChanged, relations: plan.relations.length, relationsAdded, participationLists: plan.participationLists?.length ?? 0 };
    },
  });
}
