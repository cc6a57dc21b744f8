/**
 * npm run eval:copies — precision, recall and F1 of near-duplicate (reprint) detection on the labelled pairs in
 * tests/fixtures/reprints/ (zh and en; reprints with other headlines, furniture, a sentence added or cut, and
 * different stories on the same topic that must not be folded), overall and per language, plus a threshold sweep.
 */
import fs from "node:fs";
import path from "node:path";
import { copyMetrics, scorePairs, type LabelledPair } from "@/lib/copies/evaluate-copies";
import { COPY_THRESHOLD } from "@/lib/copies/minhash";

const dir = path.join("tests", "fixtures", "reprints");
const sources = JSON.parse(fs.readFileSync(path.join(dir, "sources.json"), "utf8")) as { id: string; language: "zh" | "en" }[];
const languageOf = new Map(sources.map((s) => [s.id, s.language]));
const raw = JSON.parse(fs.readFileSync(path.join(dir, "pairs.json"), "utf8")) as Omit<LabelledPair, "language">[];
const pairs: LabelledPair[] = raw.map((p) => ({ ...p, language: languageOf.get(p.a.slice(0, 3))! }));
const scores = scorePairs({ pairs, text: (name) => fs.readFileSync(path.join(dir, name), "utf8") });
const fmt = (m: ReturnType<typeof copyMetrics>) =>
  `precision ${m.precision.toFixed(3)}  recall ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn}, tn ${m.tn})`;

console.log(
  `copy detection: ${pairs.length} labelled pairs (${pairs.filter((p) => p.copy).length} reprints, ${pairs.filter((p) => !p.copy).length} different stories); threshold ${COPY_THRESHOLD} (Jaccard of character shingles, after MinHash/LSH candidates)`,
);
console.log(`all  ${fmt(copyMetrics({ scores }))}`);
for (const lang of ["zh", "en"] as const) console.log(`${lang}   ${fmt(copyMetrics({ scores: scores.filter((s) => s.language === lang) }))}`);
console.log("sweep:");
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) console.log(`  ${t.toFixed(1)}  ${fmt(copyMetrics({ scores, threshold: t }))}`);
const copies = scores.filter((s) => s.copy).map((s) => s.similarity);
const others = scores.filter((s) => !s.copy).map((s) => s.similarity);
console.log(`similarity of reprints: min ${Math.min(...copies).toFixed(3)}; of different stories: max ${Math.max(...others).toFixed(3)}`);
for (const s of scores.filter((s) => s.copy !== (s.candidate && s.similarity >= COPY_THRESHOLD)))
  console.log(`  missed/wrong: ${s.a} ~ ${s.b} (${s.similarity.toFixed(3)}, ${s.note ?? ""})`);
