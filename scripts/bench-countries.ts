/**
 * `npm run bench:countries`: render time of /countries, a country page and /compare against a generated
 * dataset (200 countries × 5,000 events plus initiatives, resolutions, organisations, ~60k relations,
 * articles, mentions and confirmed article events), served by the production server (scripts/serve.ts).
 *
 * Prints p50/p95 per page and the SQLite query plans of the main statements. Target: p95 ≤ 200 ms.
 * Env: BENCH_PORT (3150), BENCH_RUNS (40), BENCH_EVENTS (5000), BENCH_DIST_DIR (.next-countries-bench, rebuilt
 * when stale).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import countries from "i18n-iso-countries";
import {
  counterpartsSql,
  countryParticipationsSql,
  explainQueryPlan,
  findSelectionEntity,
  listCountryParticipationCounts,
  listSelectableEntities,
  listSelectionScope,
  participationSql,
} from "@/db/queries/countries";
import { loadComparison } from "@/lib/countries/load-comparison";
import { loadCountryProfile } from "@/lib/countries/load-country-profile";
import { migrateDatabase, openDatabase } from "@/db/open";
import { PARTICIPATION_ROLES } from "@/lib/participation/participation-roles";
import { sql } from "drizzle-orm";
import { buildAppIfStale, spawnAppServer, waitForUrl } from "./lib/app-server-process";
import { pickPercentile } from "./lib/percentile";

const port = Number(process.env.BENCH_PORT ?? 3150);
const runs = Number(process.env.BENCH_RUNS ?? 40);
const eventCount = Number(process.env.BENCH_EVENTS ?? 5000);
const distDir = process.env.BENCH_DIST_DIR ?? ".next-countries-bench";

// A small deterministic PRNG so every run benches the same data.
let seed = 20250506;
const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const sample = <T>(list: readonly T[], n: number) => {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
};
const dateOf = () => {
  const y = between(2018, 2025);
  const r = rand();
  return r < 0.1
    ? String(y)
    : r < 0.3
      ? `${y}-${String(between(1, 12)).padStart(2, "0")}`
      : `${y}-${String(between(1, 12)).padStart(2, "0")}-${String(between(1, 28)).padStart(2, "0")}`;
};

function generate(file: string) {
  const db = openDatabase({ file });
  migrateDatabase({ db });
  const c = db.$client;
  const insertEntity = c.prepare(
    `INSERT INTO entities (kind, slug, name_en, name_zh, date, iso2, iso3, un_member, symbol) VALUES (@kind, @slug, @nameEn, @nameZh, @date, @iso2, @iso3, @unMember, @symbol)`,
  );
  const insertRelation = c.prepare(`INSERT OR IGNORE INTO relations (subject_id, object_id, role, source_url) VALUES (?, ?, ?, ?)`);
  const stats = { countries: 0, entities: 0, relations: 0, articles: 0, mentions: 0, articleEvents: 0 };
  c.transaction(() => {
    const codes = Object.keys(countries.getAlpha3Codes()).sort().slice(0, 200);
    const countryIds: number[] = [];
    for (const iso3 of codes) {
      const id = Number(
        insertEntity.run({
          kind: "country",
          slug: iso3.toLowerCase(),
          nameEn: countries.getName(iso3, "en") ?? iso3,
          nameZh: countries.getName(iso3, "zh") ?? null,
          date: null,
          iso2: countries.alpha3ToAlpha2(iso3) ?? "XX",
          iso3,
          unMember: 1,
          symbol: null,
        }).lastInsertRowid,
      );
      countryIds.push(id);
    }
    stats.countries = countryIds.length;
    const make = (kind: string, n: number) =>
      Array.from({ length: n }, (_, i) => {
        stats.entities++;
        return Number(
          insertEntity.run({
            kind,
            slug: `${kind}-${i}`,
            nameEn: `Bench ${kind} ${i}`,
            nameZh: `基准${i}`,
            date: dateOf(),
            iso2: null,
            iso3: null,
            unMember: null,
            symbol: kind === "resolution" ? `A/RES/${between(70, 80)}/${i}` : null,
          }).lastInsertRowid,
        );
      });
    const orgs = make("organisation", 100);
    const inits = make("initiative", 300);
    const resolutions = make("resolution", 200);
    const events = make("event", eventCount);
    const rel = (s: number, o: number, role: string) => {
      stats.relations += insertRelation.run(s, o, role, rand() < 0.5 ? `https://example.org/${o}` : null).changes;
    };
    const eventRoles = ["participant", "participant", "participant", "host", "co-host", "co-chair", "organiser"];
    for (const e of events) {
      for (const cid of sample(countryIds, between(3, 15))) rel(cid, e, pick(eventRoles));
      if (rand() < 0.3) rel(e, pick(rand() < 0.5 ? orgs : inits), "part-of");
    }
    for (const r of resolutions) for (const cid of sample(countryIds, between(20, 120))) rel(cid, r, pick(["co-sponsor", "co-sponsor", "sponsor", "proposer"]));
    for (const o of orgs) for (const cid of sample(countryIds, between(5, 60))) rel(cid, o, pick(["member", "member", "founder", "co-founder", "co-chair"]));
    for (const i of inits) for (const cid of sample(countryIds, between(1, 8))) rel(cid, i, pick(["proposer", "supporter", "signatory", "member"]));
    const insertArticle = c.prepare(`INSERT INTO articles (slug, title, language, published_at, body, content_hash) VALUES (?, ?, 'zh', ?, ?, ?)`);
    const insertMention = c.prepare(
      `INSERT OR IGNORE INTO mentions (article_id, entity_id, surface, start, "end", evidence, evidence_start, confidence, status) VALUES (?, ?, 'x', ?, ?, 'A sentence naming the country.', 0, 0.9, ?)`,
    );
    const insertArticleEvent = c.prepare(
      `INSERT OR IGNORE INTO article_events (article_id, event_id, date, evidence, evidence_start, evidence_end, actors, confidence, status) VALUES (?, ?, ?, 'A sentence about the meeting.', 0, 10, ?, 0.8, ?)`,
    );
    for (let a = 0; a < 2000; a++) {
      const articleId = Number(insertArticle.run(`bench-${a}`, `Bench article ${a}`, `${dateOf().slice(0, 4)}-06-01`, `body ${a}`, `hash-${a}`).lastInsertRowid);
      stats.articles++;
      for (const [k, cid] of sample(countryIds, between(1, 8)).entries())
        stats.mentions += insertMention.run(articleId, cid, k * 10, k * 10 + 3, pick(["suggested", "confirmed", "rejected"])).changes;
      if (rand() < 0.5) {
        const actors = sample(countryIds, 2).map((id) => ({ entityId: id, role: pick(PARTICIPATION_ROLES) }));
        stats.articleEvents += insertArticleEvent.run(articleId, pick(events), dateOf(), JSON.stringify(actors), pick(["suggested", "confirmed"])).changes;
      }
    }
  })();
  return { db, stats };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-bench-countries-"));
  const file = path.join(dataDir, "atlas.sqlite");
  try {
    await run({ dataDir, file });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function run({ dataDir, file }: { dataDir: string; file: string }) {
  const t0 = performance.now();
  const { db, stats } = generate(file);
  console.log(`dataset: ${JSON.stringify(stats)} in ${Math.round(performance.now() - t0)} ms (${file})`);

  const busiest = db.get<{ iso3: string; id: number }>(
    sql`SELECT c.iso3, c.id FROM entities c JOIN relations r ON r.subject_id = c.id WHERE c.kind = 'country' GROUP BY c.id ORDER BY count(*) DESC LIMIT 1`,
  )!;
  const topThree = db
    .all<{ iso3: string }>(sql`SELECT c.iso3 FROM entities c JOIN relations r ON r.subject_id = c.id WHERE c.kind = 'country' GROUP BY c.id ORDER BY count(*) DESC LIMIT 3`)
    .map((r) => r.iso3);
  const bigOrg = db.get<{ slug: string; id: number }>(
    sql`SELECT o.slug, o.id FROM entities o JOIN relations r ON r.object_id = o.id WHERE o.kind = 'organisation' GROUP BY o.id ORDER BY count(*) DESC LIMIT 1`,
  )!;
  for (const [name, query] of [
    ["one country's participations", countryParticipationsSql({ countryIds: [busiest.id] })],
    ["selection (organisation and its parts)", participationSql({ entities: [bigOrg.id] })],
    ["counterparts", counterpartsSql({ countryId: busiest.id, limit: 10 })],
  ] as const) {
    console.log(`\nquery plan: ${name}\n  ${explainQueryPlan({ db, query }).join("\n  ")}`);
  }
  // The same reads the pages make, in-process: how much of a page's time is SQL.
  // A no-op write before each run bumps total_changes(), so cached aggregates are re-read: cold figures.
  const touch = db.$client.prepare("UPDATE entities SET updated_at = updated_at WHERE id = 1");
  const timeIt = (label: string, fn: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      touch.run();
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`${label.padEnd(48)}${pickPercentile({ sorted: times, p: 50 }).toFixed(1).padStart(8)} ms p50`);
  };
  console.log("\nSQL reads in-process, cold (cache invalidated by a write before each of 15 runs):");
  timeIt("country counts (all countries)", () => listCountryParticipationCounts({ db }));
  const org = findSelectionEntity({ db, kind: "organisation", slug: bigOrg.slug })!;
  timeIt("country counts (one organisation and its parts)", () =>
    listCountryParticipationCounts({ db, scope: { rootId: org.id, ids: listSelectionScope({ db, rootId: org.id }) } }),
  );
  timeIt("selector options", () => listSelectableEntities({ db }));
  timeIt(`country profile (${busiest.iso3})`, () => loadCountryProfile({ db, countryId: busiest.id }));
  timeIt("comparison (3 countries)", () => loadComparison({ db, codes: topThree }));
  db.$client.close();

  buildAppIfStale({ distDir, log: (line) => console.log(`\n${line}`) });
  const server = spawnAppServer({ port, distDir, env: { DATA_DIR: dataDir, DATABASE_PATH: file, MEILI_URL: "" }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForUrl({ url: `${base}/api/countries/${busiest.iso3}`, timeoutMs: 60_000, intervalMs: 300 });
    const pages = [
      ["/countries", "/countries"],
      ["/countries (selection)", `/countries?selection=organisation:${bigOrg.slug}`],
      [`/countries/${busiest.iso3}`, `/countries/${busiest.iso3}`],
      ["/compare (3 countries)", `/compare?countries=${topThree.join(",")}`],
      ["/api/countries", "/api/countries"],
    ];
    console.log(`\n${runs} sequential requests per page after 5 warm-ups (time to last byte):`);
    console.log("page".padEnd(34) + "p50 ms".padStart(8) + "p95 ms".padStart(8) + "max ms".padStart(8) + "   KB");
    for (const [label, url] of pages) {
      let size = 0;
      for (let i = 0; i < 5; i++) await (await fetch(base + url)).text();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const res = await fetch(base + url);
        const body = await res.text();
        times.push(performance.now() - start);
        if (!res.ok) throw new Error(`${url} → ${res.status}`);
        size = body.length;
      }
      times.sort((a, b) => a - b);
      const f = (n: number) => n.toFixed(0).padStart(8);
      console.log(
        `${label.padEnd(34)}${f(pickPercentile({ sorted: times, p: 50 }))}${f(pickPercentile({ sorted: times, p: 95 }))}${f(times[times.length - 1])}   ${Math.round(size / 1024)}`,
      );
    }
  } finally {
    stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
