import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "@/lib/ingest/extract-article";

/**
 * Articles for bench:ingest, alternating zh and en. Each is its own story: paragraphs of sentences drawn at random
 * from the real articles in tests/fixtures/articles (their language's), so the names, dates, relations and wording
 * a linker meets are those of real AI-governance news, and two different bench articles share about as much
 * wording as two different real ones (a rare shared sentence, not a shared template: a template repeated in every
 * article made each one a copy-detection candidate of a third of the others, where real articles are candidates
 * of under 1 %). One in REPRINT_EVERY is a reprint of a story carried a few items earlier, under its outlet's
 * credit line with the last paragraph cut, so copy detection is exercised as in a real ingest. Deterministic.
 */
export const REPRINT_EVERY = 20;

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "articles");

function sentencePools(): { zh: string[]; en: string[] } {
  const pools = { zh: [] as string[], en: [] as string[] };
  for (const file of fs.readdirSync(FIXTURES).sort()) {
    // (articles only: labels.json is long enough to pass for one, and its notes would change the pools)
    if (!/\.(?:txt|md|html?)$/.test(file)) continue;
    let article;
    try {
      article = extractArticle({ bytes: fs.readFileSync(path.join(FIXTURES, file)), fileName: file });
    } catch {
      continue; // not an article (a README, a refused fixture)
    }
    const sentences = article.language === "zh" ? article.body.split(/(?<=[。！？])/u) : article.body.split(/(?<=[.!?])\s+(?=[A-Z“"])/u);
    pools[article.language === "zh" ? "zh" : "en"].push(...sentences.map((s) => s.trim()).filter((s) => s.length > 10 && s.length <= 300));
  }
  return pools;
}

export function generateBenchArticles({ n }: { n: number }): { name: string; text: string }[] {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  /** k of xs in a random order, without repeats */
  const sample = <T>(xs: readonly T[], k: number): T[] => {
    const copy = [...xs];
    for (let i = copy.length - 1; i > copy.length - 1 - k && i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(-k);
  };
  const pools = sentencePools();
  const stories: string[][] = [];
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const zh = i % 2 === 0;
    const year = 2024 + (i % 2);
    const pub = `${year}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 27)).padStart(2, "0")}`;
    let paras: string[];
    if (i % REPRINT_EVERY === REPRINT_EVERY - 1) {
      // a reprint of a story in the same language carried a few items earlier
      const first = stories[i - 2 * int(1, 5)];
      paras = [zh ? "(本文转载自新华社)" : "This story first appeared on the wire.", ...(first.length > 3 ? first.slice(0, -1) : first)];
    } else {
      const counts = Array.from({ length: int(3, 6) }, () => int(2, 4));
      const sentences = sample(
        zh ? pools.zh : pools.en,
        counts.reduce((a, b) => a + b, 0),
      );
      paras = counts.map((k) => sentences.splice(0, k).join(zh ? "" : " "));
    }
    stories.push(paras);
    const title = zh ? `人工智能治理合作新进展(第${i}期)` : `New progress in AI governance cooperation, issue ${i}`;
    const header = zh ? `${title}\n\n来源:新华社${pub} 10:00\n\n` : `${title}\n\nPublished: ${pub}T10:00:00Z\n\n`;
    out.push({ name: `bench-${i}.txt`, text: `${header}${paras.join("\n\n")}\n\n${zh ? "相关阅读" : "Related articles"}\nUnrelated headline` });
  }
  return out;
}
