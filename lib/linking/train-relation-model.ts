/**
 * A statement model: for each role family, a logistic regression over the words of a candidate pair
 * (relation-candidates.ts). Trained by plain stochastic gradient descent on sparse features: the labelled
 * articles give a few thousand pairs with a few dozen words each, which dense-matrix libraries would blow up into
 * vocabulary-wide rows, and the whole model must load in a few milliseconds. Pure: examples in, weights out.
 */
export type RelationModel = {
  families: string[];
  /** feature → one weight per family (features whose weights all round to zero are left out) */
  weights: Record<string, number[]>;
  /** a pair becomes a suggestion when its family's probability reaches this */
  threshold: number;
};

export type TrainingExample = { features: string[]; families: string[] };

/** A deterministic shuffle (the same model from the same labels on every machine). */
function shuffled<T>({ items, seed }: { items: T[]; seed: number }): T[] {
  const out = [...items];
  let x = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

export function trainRelationModel({
  examples,
  families,
  epochs = 12,
  rate = 0.2,
  l2 = 1e-4,
  minCount = 2,
  threshold = 0.5,
  seed = 1,
  prune = 0.02,
}: {
  examples: TrainingExample[];
  families: string[];
  epochs?: number;
  rate?: number;
  l2?: number;
  /** a feature seen in fewer examples than this is noise, not a cue */
  minCount?: number;
  threshold?: number;
  seed?: number;
  /** weights this small change no decision: left out, so the model stays small enough to load with the linker */
  prune?: number;
}): RelationModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount || f === "bias") index.set(f, index.size);
  const w = families.map(() => new Float64Array(index.size));
  const rows = examples.map((e) => ({ ids: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), families: new Set(e.families) }));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const lr = rate / (1 + epoch);
    for (const row of shuffled({ items: rows, seed: seed + epoch })) {
      families.forEach((family, k) => {
        const wk = w[k];
        let z = 0;
        for (const i of row.ids) z += wk[i];
        const g = sigmoid(z) - (row.families.has(family) ? 1 : 0);
        for (const i of row.ids) wk[i] -= lr * (g + l2 * wk[i]);
      });
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, i] of index) {
    const ws = families.map((_, k) => (Math.abs(w[k][i]) < prune ? 0 : Math.round(w[k][i] * 100) / 100));
    if (ws.some((x) => x !== 0)) weights[f] = ws;
  }
  return { families, weights, threshold };
}

/** (a Map looks a string up faster than a large object does; built once per model) */
const weightMaps = new WeakMap<RelationModel, Map<string, number[]>>();

/** The probability of each family for one candidate's features. */
export function scoreFeatures({ model, features }: { model: RelationModel; features: string[] }): number[] {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  const z = model.families.map(() => 0);
  for (const f of features) {
    const ws = weights.get(f);
    if (ws) for (let k = 0; k < ws.length; k++) z[k] += ws[k];
  }
  return z.map(sigmoid);
}
