/**
 * npm run eval:linking [-- --verbose] [-- --text-only] [-- --readers-only] [-- --only <regex>]
 * Ingests the labelled fixtures (tests/fixtures/articles, labels.json) into a temporary database seeded with the
 * seed plan and prints precision / recall per entity kind (countries, organisations, initiatives, resolutions)
 * and for event dates, micro-averaged over the files, plus the misses per file; participation relations (subject,
 * role family, object all right); and how many of the actors event reports list the labels' relations hold. Each
 * file is in the "tune" part or the "heldout" part (labels.json `split`); figures are printed for each part and for
 * all files together. The held-out files were labelled before
 * any tuning on them; once rules have been studied against held-out files they move to the tune part.
 */
import { eq } from "drizzle-orm";
import { articleEvents, articles, entities, mentions } from "@/db/schema";
import { formatScoreRow, ingestLabelled, LABEL_KINDS, type LabelKind, labelKey, labelledKeys, namesProposed, readLabels, relationKey } from "./lib/labelled-articles";
import { makeSeededScratchDatabase } from "./lib/seeded-scratch-database";
import { linkArticle } from "@/lib/linking/link-article";
import { loadGazetteer } from "@/lib/linking/load-gazetteer";

const verbose = process.argv.includes("--verbose");
/**
 * Feed mode (the default): a feed item or an HTTP fetch tells ingest the article's URL and publication date
 * (lib/sources/poll-source.ts passes them as hints), so the eval passes the labelled meta.url / meta.publishedAt
 * the same way and no longer scores those two fields as extracted. --text-only: ingest from the text alone.
 */
const textOnly = process.argv.includes("--text-only");
/** --readers-only: relations from the hand-written readers alone, without the statement model's weighing */
const readersOnly = process.argv.includes("--readers-only");
const FEED_FIELDS = ["url", "publishedAt"] as const;
/** --only <regex>: the files whose names match (e.g. "^(19|2\\d|3[0-7])-" for one labelling batch). */
const onlyArg = process.argv.indexOf("--only");
const only = onlyArg > 0 ? new RegExp(process.argv[onlyArg + 1]) : null;
const PARTS = ["tune", "heldout"] as const;
const KIND_OF: Record<string, LabelKind> = { country: "countries", organisation: "organisations", initiative: "initiatives", resolution: "resolutions" };

async function main() {
  console.log(textOnly ? "text-only: ingest reads the article text alone" : "feed mode: labelled meta.url and meta.publishedAt are passed as the feed item's link and date");
  const labels = Object.fromEntries(Object.entries(readLabels()).filter(([file]) => !only || only.test(file)));
  const { db, cleanup } = makeSeededScratchDatabase();
  const totalsByPart = Object.fromEntries(PARTS.map((p) => [p, Object.fromEntries(LABEL_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]))]));
  const gazetteer = loadGazetteer({ db });
  let proposedFound = 0;
  let proposedWanted = 0;
  let proposedRelations = 0;
  let metaOk = 0;
  let metaTotal = 0;
  // the actors event reports list (accepting a report confirms them): how many the labels' relations hold
  let actorsRight = 0;
  let actorsListed = 0;
  try {
    for (const [file, label] of Object.entries(labels)) {
      const totals = totalsByPart[label.split ?? "tune"];
      const r = ingestLabelled({ db, gazetteer, file, label, textOnly });
      if (!r.ok) {
        console.log(`${file}: FAILED ${r.error}`);
        for (const k of LABEL_KINDS) totals[k].fn += (label[k] ?? []).length;
        continue;
      }
      // a reprint of a story already in the atlas is stored as its copy, and its page shows the original's links
      if (verbose && r.copyOf) console.log(`${file}: a copy of ${r.copyOf}, scored by its links`);
      const linkedId = r.copyOf ? (db.select({ id: articles.id }).from(articles).where(eq(articles.slug, r.copyOf)).get()?.id ?? r.articleId) : r.articleId;
      const got: Record<string, Set<string>> = Object.fromEntries(LABEL_KINDS.map((k) => [k, new Set<string>()]));
      const proposedNames = new Set<string>();
      for (const m of db
        .select({ kind: entities.kind, slug: entities.slug, iso3: entities.iso3, status: entities.status, nameZh: entities.nameZh, nameEn: entities.nameEn, why: mentions.why })
        .from(mentions)
        .innerJoin(entities, eq(entities.id, mentions.entityId))
        .where(eq(mentions.articleId, linkedId))
        .all()) {
        if (m.status === "proposed") {
          proposedNames.add(m.nameZh ?? m.nameEn);
          continue;
        }
        // an ambiguous description is one suggestion per candidate: a question to the editor, not a link
        if ((m.why?.candidates?.length ?? 0) > 1) continue;
        const k = KIND_OF[m.kind];
        if (k) got[k].add(m.kind === "country" ? m.iso3! : m.slug);
      }
      const { stored } = r;
      const keyOf = (id: number) => labelKey({ gazetteer, id });
      const wantedRelations = labelledKeys({ label, kind: "relations" });
      const actorKeys = new Set<string>();
      for (const e of db
        .select({ date: articleEvents.date, eventId: articleEvents.eventId, actors: articleEvents.actors })
        .from(articleEvents)
        .where(eq(articleEvents.articleId, linkedId))
        .all()) {
        got.events.add(e.date);
        if (gazetteer.entries.get(e.eventId)?.status === "proposed") continue;
        for (const a of e.actors)
          if (gazetteer.entries.get(a.entityId)?.status !== "proposed") actorKeys.add(relationKey({ subject: keyOf(a.entityId), role: a.role, object: keyOf(e.eventId) }));
      }
      actorsListed += actorKeys.size;
      for (const k of actorKeys) if (wantedRelations.has(k)) actorsRight++;
      for (const rel of linkArticle({ body: stored.body, publishedAt: stored.publishedAt, language: stored.language, gazetteer, ...(readersOnly ? { model: null } : {}) })
        .relations) {
        // (as mentions of proposed entities are: counted apart, not scored)
        if (namesProposed({ gazetteer, ...rel })) {
          proposedRelations++;
          continue;
        }
        got.relations.add(relationKey({ subject: keyOf(rel.subjectId), role: rel.role, object: keyOf(rel.objectId) }));
      }
      const lines: string[] = [];
      for (const k of LABEL_KINDS) {
        const want = labelledKeys({ label, kind: k });
        const tp = [...got[k]].filter((x) => want.has(x));
        const fp = [...got[k]].filter((x) => !want.has(x));
        const fn = [...want].filter((x) => !got[k].has(x));
        totals[k].tp += tp.length;
        totals[k].fp += fp.length;
        totals[k].fn += fn.length;
        if (fp.length || fn.length)
          lines.push(`  ${k}: ${fn.length ? `missed ${fn.join(", ")}` : ""}${fn.length && fp.length ? "; " : ""}${fp.length ? `extra ${fp.join(", ")}` : ""}`);
      }
      for (const p of label.proposed ?? []) {
        proposedWanted++;
        if (proposedNames.has(p)) proposedFound++;
      }
      if (label.meta) {
        const a = stored;
        for (const [k, v] of Object.entries(label.meta)) {
          // a value the feed handed in is not an extraction
          if (!textOnly && (FEED_FIELDS as readonly string[]).includes(k)) continue;
          metaTotal++;
          if ((a as Record<string, unknown>)[k] === v) metaOk++;
          else lines.push(`  meta ${k}: expected ${v}, got ${(a as Record<string, unknown>)[k]}`);
        }
      }
      if (verbose || lines.length) console.log(`${file}${lines.length ? "" : ": all correct"}`);
      for (const l of lines) console.log(l);
    }
  } finally {
    cleanup();
  }
  console.log("");
  // both parts together as well ("all"), for figures over every labelled article
  const allTotals = Object.fromEntries(
    LABEL_KINDS.map((k) => [
      k,
      PARTS.reduce((acc, p) => ({ tp: acc.tp + totalsByPart[p][k].tp, fp: acc.fp + totalsByPart[p][k].fp, fn: acc.fn + totalsByPart[p][k].fn }), { tp: 0, fp: 0, fn: 0 }),
    ]),
  );
  for (const part of [...PARTS, "all"] as const) {
    const totals = part === "all" ? allTotals : totalsByPart[part];
    const n = Object.values(labels).filter((l) => part === "all" || (l.split ?? "tune") === part).length;
    // a part without files (no held-out set merged yet) has no figures to print
    if (n === 0) {
      console.log(`${part} part: no labelled articles\n`);
      continue;
    }
    console.log(`${part} part: linking on ${n} labelled articles (tests/fixtures/articles/labels.json)`);
    console.log("kind            precision  recall      F1   (tp / fp / fn)");
    const row = (name: string, counts: { tp: number; fp: number; fn: number }) => console.log(formatScoreRow({ name, counts }));
    for (const k of LABEL_KINDS) row(k, totals[k]);
    const oi = { tp: totals.organisations.tp + totals.initiatives.tp, fp: totals.organisations.fp + totals.initiatives.fp, fn: totals.organisations.fn + totals.initiatives.fn };
    row("orgs+inits", oi);
    console.log("");
  }
  console.log(
    `proposed initiatives found: ${proposedFound}/${proposedWanted}; statements about proposed entities (not scored): ${proposedRelations}; metadata fields correct: ${metaOk}/${metaTotal}`,
  );
  console.log(`event-report actors (confirmed when an editor accepts the report) that the labels' relations hold: ${actorsRight}/${actorsListed}`);
}

void main();
