/**
 * npm run bench:poll [-- --n 1000] [--politeness MS]
 * A local news site (node:http on 127.0.0.1) lists N articles in one RSS feed; one in ten is a reprint of an
 * earlier one with other furniture and headline. The poller fetches the feed and every item through the
 * product path (robots.txt, fetch with limits, extract, near-duplicate check, link, one transaction per
 * article) into a temporary seeded SQLite database. Prints items/minute, the outcome counts, and the time of a
 * second, conditional poll (304). The per-host politeness delay is 0 by default here (a real site gets 2 s).
 * Nothing is asserted: this is a measurement.
 */
import { sourceItems, watchedSources } from "@/db/schema";
import { loadGazetteerEntries } from "@/lib/linking/load-gazetteer";
import { SourcePoller } from "@/lib/sources/poll-source";
import { articlePage, rssFeed, startFeedServer, staticRoute } from "./lib/feed-server";
import { makeSeededScratchDatabase } from "./lib/seeded-scratch-database";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg("--n", 1000);
const politenessMs = arg("--politeness", 0);

let seed = 11;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];

async function main() {
  const { db, cleanup } = makeSeededScratchDatabase();
  const entries = loadGazetteerEntries({ db });
  const countries = entries.filter((e) => e.kind === "country" && e.nameZh);
  const orgs = entries.filter((e) => e.kind === "organisation" && e.nameZh);
  const events = entries.filter((e) => (e.kind === "event" || e.kind === "initiative") && e.nameZh);
  const verbsEn = ["discussed", "reviewed", "welcomed", "debated", "examined", "endorsed", "questioned", "supported"];
  const topicsEn = [
    "compute sharing",
    "data governance",
    "model evaluation",
    "AI safety testing",
    "digital skills",
    "open-source models",
    "cross-border data flows",
    "capacity building",
  ];
  const topicsZh = ["算力共享", "数据治理", "模型评测", "安全测试", "数字技能", "开源模型", "跨境数据流动", "能力建设"];
  const stories: { title: string; paragraphs: string[] }[] = [];
  const server = await startFeedServer();
  server.routes.set("/robots.txt", staticRoute({ body: "User-agent: *\nAllow: /\n", type: "text/plain" }));
  const items: { url: string; title: string; date: string }[] = [];
  const reprintUrls = new Set<string>();
  for (let i = 0; i < N; i++) {
    const zh = i % 2 === 0;
    const reprint = i % 10 === 9;
    let story: { title: string; paragraphs: string[] };
    if (reprint) {
      const first = stories[Math.floor(rand() * stories.length)];
      story = {
        title: `${zh ? "转载：" : "Reprinted: "}${first.title}`,
        paragraphs: [...first.paragraphs.slice(0, -1), zh ? "本文转载自合作媒体。" : "This story first ran on a partner site."],
      };
    } else {
      const paragraphs = Array.from({ length: 5 }, (_, p) => {
        const [a, b, c] = [pick(countries), pick(countries), pick(countries)];
        const [o, ev] = [pick(orgs), pick(events)];
        const n = Math.floor(rand() * 900) + 100;
        return zh
          ? `第${i}号报道第${p + 1}段：${a.nameZh}与${b.nameZh}在${o.nameZh}会议上就${pick(topicsZh)}交换意见，${c.nameZh}派出${n}人代表团，并提及${ev.nameZh}。`
          : `Report ${i}, part ${p + 1}: ${a.nameEn} and ${b.nameEn} ${pick(verbsEn)} ${pick(topicsEn)} at a ${o.nameEn} meeting; ${c.nameEn} sent ${n} delegates and cited the ${ev.nameEn}.`;
      });
      story = { title: zh ? `人工智能治理动态 第${i}期` : `AI governance brief no. ${i}`, paragraphs };
      stories.push(story);
    }
    const path = `/news/${i}.html`;
    server.routes.set(path, staticRoute({ body: articlePage({ ...story, site: reprint ? "Reprint Portal" : "Bench Wire" }) }));
    items.push({ url: `${server.url}${path}`, title: story.title, date: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() });
    if (reprint) reprintUrls.add(`${server.url}${path}`);
  }
  server.routes.set("/feed.xml", staticRoute({ body: rssFeed({ title: "Bench Wire", items }), type: "application/rss+xml", etag: '"bench-1"' }));

  const source = db
    .insert(watchedSources)
    .values({ url: `${server.url}/feed.xml`, kind: "rss", allowPrivate: true })
    .returning()
    .get();
  const poller = new SourcePoller(db, { politenessMs });
  const t0 = performance.now();
  const first = await poller.poll(source.id);
  const seconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const second = await poller.poll(source.id);
  const secondMs = performance.now() - t1;
  const c = first.counts;
  console.log(`bench:poll — ${N} items from one local RSS feed (politeness ${politenessMs} ms)`);
  console.log(`first poll: ${seconds.toFixed(1)} s → ${Math.round((N / seconds) * 60)} items/minute (${(N / seconds).toFixed(1)} items/s)`);
  console.log(`outcomes: ${c.ingested} ingested, ${c.copy} copies, ${c.duplicate} exact duplicates, ${c.failed} failed, ${c.skipped} skipped, ${c.pending} pending`);
  // against what the site served: a reprint is found when it became a copy (or, same text twice, a duplicate)
  const outcomes = db.select({ url: sourceItems.url, status: sourceItems.status }).from(sourceItems).all();
  const found = outcomes.filter((o) => reprintUrls.has(o.url) && (o.status === "copy" || o.status === "duplicate")).length;
  const wrong = outcomes.filter((o) => !reprintUrls.has(o.url) && o.status === "copy").length;
  console.log(
    `reprints served: ${reprintUrls.size}; folded: ${found}; originals folded by mistake: ${wrong} (the generated originals share one sentence template, far more alike than real articles)`,
  );
  console.log(`second poll: ${second.status}, ${second.newItems} new items, ${secondMs.toFixed(0)} ms`);
  await server.close();
  cleanup();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
