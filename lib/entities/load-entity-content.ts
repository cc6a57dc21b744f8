import "server-only";
import type { AtlasDatabase } from "@/db/open";
import { getParticipation, getResolutionVotes, getSourceInfo, type SourceInfo, type VoteTally } from "@/db/queries/content";
import type { EntityDetail } from "@/db/queries/entities";
import type { Participation } from "@/lib/participation/completeness";

export type EntityContent = { participation: Participation[]; sourceInfo: Map<string, SourceInfo>; votes: VoteTally | null };

/** What an entity page and the entity API show beside the detail: list completeness, source quality, votes. */
export function loadEntityContent({ db, detail }: { db: AtlasDatabase; detail: Pick<EntityDetail, "entity" | "sources" | "relations"> }): EntityContent {
  const e = detail.entity;
  const votes = e.kind === "resolution" ? getResolutionVotes({ db, resolutionId: e.id }) : null;
  return {
    participation: e.kind === "country" ? [] : getParticipation({ db, entityId: e.id }),
    sourceInfo: getSourceInfo({
      db,
      urls: [...detail.sources.map((s) => s.url), ...detail.relations.map((r) => r.sourceUrl), ...(votes?.byCountry.map((v) => v.sourceUrl) ?? [])],
    }),
    votes,
  };
}

/** The UN document link of a resolution: the recorded one, else undocs.org from its symbol. */
export function resolutionDocumentUrl({ documentUrl, symbol }: { documentUrl: string | null; symbol: string | null }): string | null {
  if (documentUrl) return documentUrl;
  if (symbol && /^A\/RES\/\d+\/\d+$/.test(symbol)) return `https://undocs.org/${symbol}`;
  return null;
}
