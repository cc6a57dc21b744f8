/**
 * npm run bench:ingest [-- --n 1000]
 * Generates N realistic zh/en articles from the gazetteer (countries, organisations, initiatives, resolutions and
 * events with their dates), ingests them into a temporary SQLite database through the full path (bytes → extract
 * → link → one transaction per article, search-outbox rows included), and prints articles/s and mentions/s.
 * Nothing is asserted: this is a measurement.
 */
import os from "node:os";
import { loadGazetteerEntries } from "@/lib/linking/load-gazetteer";
import { buildGazetteer } from "@/lib/linking/gazetteer";
import { ingestArticle } from "@/lib/ingest/ingest-article";
import type { GazetteerEntry } from "@/lib/linking/types";
import { makeSeededScratchDatabase } from "./lib/seeded-scratch-database";

const nArg = process.argv.indexOf("--n");
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 1000;

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
const some = <T>(xs: T[], k: number): T[] => Array.from({ length: k }, () => pick(xs));

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function zhDate(d: string) {
  const [y, m, day] = d.split("-");
  return day ? `${y}年${+m}月${+day}日` : m ? `${y}年${+m}月` : `${y}年`;
}
function enDate(d: string) {
  const [y, m, day] = d.split("-");
  return day ? `${+day} ${EN_MONTHS[+m - 1]} ${y}` : m ? `${EN_MONTHS[+m - 1]} ${y}` : y;
}

function generate(entries: GazetteerEntry[], i: number): { name: string; text: string } {
  const countries = entries.filter((e) => e.kind === "country" && e.nameZh);
  const orgs = entries.filter((e) => e.kind === "organisation" && e.nameZh);
  const dated = entries.filter((e) => (e.kind === "event" || e.kind === "initiative" || e.kind === "resolution") && e.date && e.nameZh);
  const zh = i % 2 === 0;
  const year = 2024 + (i % 2);
  const pub = `${year}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 27)).padStart(2, "0")}`;
  const paras: string[] = [];
  for (let p = 0; p < 6; p++) {
    const [a, b, c, d] = some(countries, 4);
    const o = pick(orgs);
    const ev = pick(dated);
    if (zh) {
      paras.push(
        `${zhDate(ev.date!)},${a.nameZh}和${b.nameZh}在${o.nameZh}框架下共同举办会议,围绕${ev.nameZh}深入交流。${c.nameZh}、${d.nameZh}等国家代表参会。` +
          `各方表示,将继续推动人工智能能力建设,弥合数字鸿沟,帮助广大发展中国家共享智能红利。去年12月,${a.nameZh}提出新的合作倡议,受到${o.nameZh}欢迎。`,
      );
    } else {
      paras.push(
        `On ${enDate(ev.date!)}, ${a.nameEn} and ${b.nameEn} co-hosted a meeting under the ${o.nameEn} on ${ev.nameEn}. Delegates from ${c.nameEn} and ${d.nameEn} attended. ` +
          `Officials said the talks would help developing countries close the digital divide, and last month ${a.nameEn} proposed further cooperation welcomed by the ${o.nameEn}.`,
      );
    }
  }
  const title = zh ? `人工智能治理合作新进展(第${i}期)` : `New progress in AI governance cooperation, issue ${i}`;
  const header = zh ? `${title}\n\n来源:新华社${pub} 10:00\n\n` : `${title}\n\nPublished: ${pub}T10:00:00Z\n\n`;
  return { name: `bench-${i}.txt`, text: `${header}${paras.join("\n\n")}\n\n${zh ? "相关阅读" : "Related articles"}\nUnrelated headline` };
}

async function run(label: string) {
  const { db, cleanup } = makeSeededScratchDatabase();
  try {
    const entries = loadGazetteerEntries({ db });
    const t0 = performance.now();
    const gazetteer = buildGazetteer({ entries });
    const tGaz = performance.now() - t0;
    const docs = Array.from({ length: N }, (_, i) => generate(entries, i));
    let mentions = 0;
    let events = 0;
    let failed = 0;
    const t1 = performance.now();
    for (const d of docs) {
      const r = ingestArticle({ db, bytes: Buffer.from(d.text), fileName: d.name, gazetteer });
      if (r.ok) {
        mentions += r.mentions;
        events += r.events;
      } else failed++;
    }
    const secs = (performance.now() - t1) / 1000;
    console.log(
      `${label.padEnd(22)} ${N} articles in ${secs.toFixed(2)} s: ${(N / secs).toFixed(0)} articles/s, ${(mentions / secs).toFixed(0)} mentions/s ` +
        `(${mentions} mentions, ${events} events, ${failed} failed; gazetteer of ${entries.length} entities built in ${tGaz.toFixed(0)} ms)`,
    );
  } finally {
    cleanup();
  }
}

console.log(`bench:ingest on ${os.cpus().length} CPU(s), node ${process.version}`);
void (async () => {
  await run("ingest");
})();
