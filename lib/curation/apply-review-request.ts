import "server-only";
import type { AtlasDatabase } from "@/db/open";
import type { Tx } from "@/lib/entities/record-revision";
import { resolveRef } from "./entity-commands";
import { bulkAccept, reviewArticleEvent, reviewMention, reviewProposedEntity, reviewRelation, type ReviewDecision } from "./review-item";
import type { ReviewRequest } from "./review-schema";

/** One validated review request → the matching decision, inside the caller's transaction. */
export function applyReviewRequest({ db, tx, request, userId }: { db: AtlasDatabase; tx: Tx; request: ReviewRequest; userId: number | null }) {
  if (request.action === "bulk-accept") return { accepted: bulkAccept({ tx, minConfidence: request.minConfidence, userId }) };
  const decision: ReviewDecision =
    request.action === "correct"
      ? { action: "correct", targetEntityId: request.target ? resolveRef({ db, ref: request.target }).id : null, date: request.date }
      : { action: request.action };
  const review = { mention: reviewMention, event: reviewArticleEvent, entity: reviewProposedEntity, relation: reviewRelation }[request.type];
  review({ tx, id: request.id, decision, userId });
  return { type: request.type, id: request.id, action: request.action };
}
