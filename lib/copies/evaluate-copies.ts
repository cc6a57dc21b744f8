import { COPY_THRESHOLD, textBands, textSimilarity } from "./minhash";

export type LabelledPair = { a: string; b: string; copy: boolean; language: "zh" | "en"; note?: string };
export type PairScore = LabelledPair & { similarity: number; candidate: boolean };
export type CopyMetrics = { threshold: number; pairs: number; tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number };

/** Similarity and LSH candidacy of each pair of texts (the same decision ingestion makes). */
export function scorePairs({ pairs, text }: { pairs: LabelledPair[]; text: (name: string) => string }): PairScore[] {
  return pairs.map((p) => {
    const [a, b] = [text(p.a), text(p.b)];
    const bandsA = new Set(textBands(a));
    return { ...p, similarity: textSimilarity(a, b), candidate: textBands(b).some((k) => bandsA.has(k)) };
  });
}

/** Precision/recall/F1 of "is a copy" at a threshold (a pair is folded when LSH finds it and it passes the threshold). */
export function copyMetrics({ scores, threshold = COPY_THRESHOLD }: { scores: PairScore[]; threshold?: number }): CopyMetrics {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (const s of scores) {
    const folded = s.candidate && s.similarity >= threshold;
    if (folded && s.copy) tp++;
    else if (folded) fp++;
    else if (s.copy) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { threshold, pairs: scores.length, tp, fp, fn, tn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
