import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { articles } from "@/db/schema";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import type { Gazetteer } from "@/lib/linking/gazetteer";
import { roleFamily } from "@/lib/linking/extract-relations";
import type { AtlasDatabase } from "@/db";

/** The hand-labelled articles npm run eval:linking and npm run train:relations read (tests/fixtures/articles). */
export const LABELLED_DIR = path.join(process.cwd(), "tests", "fixtures", "articles");

export type Label = {
  split?: "tune" | "heldout";
  url?: string;
  countries: string[];
  organisations: string[];
  initiatives: string[];
  resolutions: string[];
  events: string[];
  /** [subject (ISO3 or slug), role, object slug] */
  relations?: [string, string, string][];
  proposed?: string[];
  meta?: Record<string, string>;
};

export function readLabels(): Record<string, Label> {
  return JSON.parse(fs.readFileSync(path.join(LABELLED_DIR, "labels.json"), "utf8")).files as Record<string, Label>;
}

/** How the labels name an entity: a country by its ISO3, anything else by its slug. */
export function labelKey({ gazetteer, id }: { gazetteer: Gazetteer; id: number }): string {
  const e = gazetteer.entries.get(id)!;
  return e.kind === "country" ? e.iso3! : e.slug;
}

/**
 * A statement naming a proposed entity (an event the article reports that the atlas does not hold yet): labels
 * name only what the atlas holds, so no label can say whether it is right; scoring counts it apart.
 */
export function namesProposed({ gazetteer, subjectId, objectId }: { gazetteer: Gazetteer; subjectId: number; objectId: number }): boolean {
  return gazetteer.entries.get(subjectId)?.status === "proposed" || gazetteer.entries.get(objectId)?.status === "proposed";
}

/** Ingests one labelled file (the feed's date and URL given as the poller gives them, unless textOnly). */
export function ingestLabelled({ db, gazetteer, file, label, textOnly = false }: { db: AtlasDatabase; gazetteer: Gazetteer; file: string; label: Label; textOnly?: boolean }) {
  const hints = textOnly ? undefined : { url: label.meta?.url ?? null, publishedAt: label.meta?.publishedAt ?? null };
  const r = ingestArticle({ db, bytes: fs.readFileSync(path.join(LABELLED_DIR, file)), fileName: file, gazetteer, hints });
  return r.ok ? { ...r, stored: db.select().from(articles).where(eq(articles.id, r.articleId)).get()! } : r;
}

/** The cross-validation fold of a labelled file: a hash of its name, so a file keeps its fold as files are added. */
export function foldOfFile({ file, folds }: { file: string; folds: number }): number {
  let h = 0;
  for (const c of file) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % folds;
}

/** Precision, recall and F1 of counts (1 where nothing was asked or found). */
export function precisionRecall({ tp, fp, fn }: { tp: number; fp: number; fn: number }): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The kinds a label lists, in the order the figures print them. */
export const LABEL_KINDS = ["countries", "organisations", "initiatives", "resolutions", "events", "relations"] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** How a relation is scored: subject, role family and object ("CHN co-host x" and "CHN host x" are one). */
export function relationKey({ subject, role, object }: { subject: string; role: string; object: string }): string {
  return `${subject} ${roleFamily(role)} ${object}`;
}

/** What a label says of one kind, as the keys scoring compares. */
export function labelledKeys({ label, kind }: { label: Label; kind: LabelKind }): Set<string> {
  if (kind === "relations") return new Set((label.relations ?? []).map(([subject, role, object]) => relationKey({ subject, role, object })));
  return new Set(label[kind] ?? []);
}

/** One row of a kind's figures: "countries           0.991   0.980   0.985   (2104 / 20 / 44)". */
export function formatScoreRow({ name, counts }: { name: string; counts: { tp: number; fp: number; fn: number } }): string {
  const { tp, fp, fn } = counts;
  const { p, r, f1 } = precisionRecall({ tp, fp, fn });
  return `${name.padEnd(15)} ${p.toFixed(3).padStart(9)}  ${r.toFixed(3).padStart(6)}  ${f1.toFixed(3).padStart(6)}   (${tp} / ${fp} / ${fn})`;
}
