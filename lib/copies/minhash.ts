/**
 * Near-duplicate detection over character shingles: MinHash signatures with LSH bands for candidates, then the
 * exact Jaccard similarity of the shingle sets to decide. Pure functions; the database side is in
 * find-original-article.ts.
 *
 * Text is normalised first (NFKC, lower case, every space and punctuation mark dropped) so that page furniture
 * spacing, full-width punctuation and line breaks do not matter. Chinese text is shingled in 3-character
 * windows, other text in 5-character windows (about one word).
 */

export const SIGNATURE_SIZE = 126;
// 42 bands of 3 rows: a pair at Jaccard 0.5 shares a band with probability 0.996, at 0.2 with 0.29
export const BAND_ROWS = 3;
export const BAND_COUNT = SIGNATURE_SIZE / BAND_ROWS;
/** Measured on tests/fixtures/reprints (npm run eval:copies). */
export const COPY_THRESHOLD = 0.5;

export function normaliseForShingles(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

export function shingleSize(normalised: string): number {
  // CJK code units (U+3400–U+9FFF, U+F900–U+FAFF) counted in place: no array of every Chinese character
  let cjk = 0;
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
  }
  return cjk > normalised.length / 3 ? 3 : 5;
}

/** FNV-1a 32-bit hash of s[start, end): hashed in place, without a substring per shingle. */
function fnv1a(s: string, start = 0, end = s.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: spreads the bits of x ^ seed (one independent-looking hash per seed). */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));
// mix()'s first step, h ^= h >>> 16, distributes over the XOR with the seed: (x ^ s) ^ ((x ^ s) >>> 16) is
// (x ^ (x >>> 16)) ^ (s ^ (s >>> 16)); each half is computed once (per seed here, per shingle below)
const SEEDS_SHIFTED = Int32Array.from(SEEDS, (s) => s ^ (s >>> 16));

/** The set of shingle hashes of a text. */
export function shingleHashes(text: string): Set<number> {
  const s = normaliseForShingles(text);
  const k = shingleSize(s);
  const out = new Set<number>();
  if (s.length === 0) return out;
  if (s.length <= k) {
    out.add(fnv1a(s));
    return out;
  }
  for (let i = 0; i + k <= s.length; i++) out.add(fnv1a(s, i, i + k));
  return out;
}

/**
 * The same set as shingleHashes, as a sorted array without repeats: the copy check compares one text with many
 * stored ones, and a merge of two sorted arrays is several times faster than probing a Set (same result).
 */
export function sortedShingles(text: string): Uint32Array {
  const s = normaliseForShingles(text);
  const k = shingleSize(s);
  if (s.length === 0) return new Uint32Array(0);
  if (s.length <= k) return Uint32Array.of(fnv1a(s));
  const all = new Uint32Array(s.length - k + 1);
  for (let i = 0; i + k <= s.length; i++) all[i] = fnv1a(s, i, i + k);
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  return all.slice(0, n);
}

export function minhashSignature(shingles: Iterable<number>): Uint32Array {
  const xs = shingles instanceof Uint32Array ? shingles : Uint32Array.from(shingles);
  const n = xs.length;
  const shifted = new Int32Array(n);
  for (let j = 0; j < n; j++) shifted[j] = xs[j] ^ (xs[j] >>> 16);
  const sig = new Uint32Array(SIGNATURE_SIZE);
  // mix() written out for six seeds at a time (SIGNATURE_SIZE is a multiple of 6), one running minimum each in a
  // register: the same values as min over x of mix(x, seed); three at a time was twice as fast as seed by seed,
  // six a quarter faster again (measured)
  for (let i = 0; i < SIGNATURE_SIZE; i += 6) {
    // plain declarations: six-element destructuring was slower
    const s0 = SEEDS_SHIFTED[i];
    const s1 = SEEDS_SHIFTED[i + 1];
    const s2 = SEEDS_SHIFTED[i + 2];
    const s3 = SEEDS_SHIFTED[i + 3];
    const s4 = SEEDS_SHIFTED[i + 4];
    const s5 = SEEDS_SHIFTED[i + 5];
    let m0 = 0xffffffff;
    let m1 = 0xffffffff;
    let m2 = 0xffffffff;
    let m3 = 0xffffffff;
    let m4 = 0xffffffff;
    let m5 = 0xffffffff;
    for (let j = 0; j < n; j++) {
      const x = shifted[j];
      let a = Math.imul(x ^ s0, 0x85ebca6b);
      let b = Math.imul(x ^ s1, 0x85ebca6b);
      let c = Math.imul(x ^ s2, 0x85ebca6b);
      let d = Math.imul(x ^ s3, 0x85ebca6b);
      let e = Math.imul(x ^ s4, 0x85ebca6b);
      let f = Math.imul(x ^ s5, 0x85ebca6b);
      a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
      b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
      c = Math.imul(c ^ (c >>> 13), 0xc2b2ae35);
      d = Math.imul(d ^ (d >>> 13), 0xc2b2ae35);
      e = Math.imul(e ^ (e >>> 13), 0xc2b2ae35);
      f = Math.imul(f ^ (f >>> 13), 0xc2b2ae35);
      a = (a ^ (a >>> 16)) >>> 0;
      b = (b ^ (b >>> 16)) >>> 0;
      c = (c ^ (c >>> 16)) >>> 0;
      d = (d ^ (d >>> 16)) >>> 0;
      e = (e ^ (e >>> 16)) >>> 0;
      f = (f ^ (f >>> 16)) >>> 0;
      if (a < m0) m0 = a;
      if (b < m1) m1 = b;
      if (c < m2) m2 = c;
      if (d < m3) m3 = d;
      if (e < m4) m4 = e;
      if (f < m5) m5 = f;
    }
    sig[i] = m0;
    sig[i + 1] = m1;
    sig[i + 2] = m2;
    sig[i + 3] = m3;
    sig[i + 4] = m4;
    sig[i + 5] = m5;
  }
  return sig;
}

/** LSH band keys ("band index:hash of its rows"): two texts sharing any key are candidates. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BAND_COUNT; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < BAND_ROWS; r++) h = mix(h ^ signature[b * BAND_ROWS + r], b);
    keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** jaccard() of two sortedShingles() arrays: the same value, by one merge pass. */
export function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** The bands of a text, ready to store. */
export function textBands(text: string): string[] {
  return bandKeys(minhashSignature(shingleHashes(text)));
}

/** Whether two texts are the same story by the threshold above (exact Jaccard of their shingles). */
export function textSimilarity(a: string, b: string): number {
  return jaccard(shingleHashes(a), shingleHashes(b));
}
