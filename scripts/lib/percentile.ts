/** The p-th percentile (nearest rank) of ascending `sorted`; NaN when it is empty. Shared by the benchmarks. */
export function pickPercentile({ sorted, p }: { sorted: number[]; p: number }): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
