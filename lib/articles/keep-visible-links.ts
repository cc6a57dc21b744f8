import type { ArticleDetail } from "@/db/queries/articles";

type Mention = ArticleDetail["mentions"][number];

/**
 * What of an article's links a reader may see: entities that ingestion only proposed are shown to editors
 * alone (`includeProposed`), until one accepts them. One rule for the article page and its JSON.
 */
export function keepVisibleLinks({ detail, includeProposed }: { detail: ArticleDetail; includeProposed: boolean }) {
  const shown = (status: string) => status === "confirmed" || (includeProposed && status === "proposed");
  return {
    mentions: detail.mentions.filter((m) => shown(m.entityStatus)),
    events: detail.events.filter((e) => shown(e.entityStatus)),
    relations: detail.relations.filter((r) => shown(r.subjectStatus) && shown(r.objectStatus)),
  };
}

/** Why a mention was linked; mentions stored before reasons were recorded get one from their method. */
export function explainMention(m: Pick<Mention, "why" | "surface" | "nameEn" | "method">) {
  return m.why ?? { matched: m.surface, form: m.nameEn, rule: m.method === "descriptive" ? "description" : m.method === "pattern" ? "pattern" : "exact-alias" };
}
