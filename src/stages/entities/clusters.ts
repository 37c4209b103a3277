/**
 * Word clusters for the name taggers, learned from unlabelled text: each word is described by the
 * words around it (one and two to each side, positive PMI over the most frequent context words),
 * that description is projected to a few hundred dimensions with seeded random vectors, and the
 * words are grouped by spherical k-means into fine clusters, whose centroids are grouped again into
 * middle and coarse ones (a three-level tree, so a coarse id is a prefix of the finer ones, as with
 * Brown clusters). Only the cluster ids of words are kept and shipped, never text.
 *
 * The file written by {@link serializeClusters} holds no words: one line per word,
 * `hash<TAB>fine<TAB>mid<TAB>coarse`, the hash (base 36) of the word's {@link clusterKey} (lower
 * case, digits as 0), sorted by hash; {@link parseClusters} reads it back.
 *
 * @example
 * ```ts
 * const c = learnClusters(sentences, { fine: 512, mid: 128, coarse: 32, seed: 7 });
 * parseClusters(serializeClusters(c)).get(hashString('monday')); // [fine, mid, coarse] ids
 * ```
 */

import { mulberry32 } from '../../pipeline/random.js';
import { hashString } from './feature-hash.js';
import { shippedLoader } from './shipped.js';

/** The form a word is clustered and looked up under: lower case, every digit 0. */
export function clusterKey(w: string): string {
  return w.toLowerCase().replace(/\p{Nd}/gu, '0');
}

/** Options of {@link learnClusters}. */
export interface ClusterOptions {
  fine: number;
  mid: number;
  coarse: number;
  seed: number;
  /** Words seen fewer times are not clustered (default 3). */
  minCount?: number;
  /** Most frequent words used as context dimensions (default 1500). */
  contexts?: number;
  /** Projected dimensions (default 160). */
  dims?: number;
  /** k-means rounds (default 12). */
  rounds?: number;
}

/** Clusters of words: word → [fine, mid, coarse]. */
export type Clusters = Map<string, [number, number, number]>;

function kmeans(vecs: Float32Array, n: number, d: number, k: number, weights: Float64Array, rounds: number, seed: number): Int32Array {
  const rnd = mulberry32(seed);
  const cent = new Float32Array(k * d);
  // Seeded distinct starting points.
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(rnd() * n);
    while (picked.has(i)) i = (i + 1) % n;
    picked.add(i);
    cent.set(vecs.subarray(i * d, i * d + d), c * d);
  }
  const assign = new Int32Array(n);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      const off = i * d;
      for (let c = 0; c < k; c++) {
        const co = c * d;
        let s = 0;
        for (let j = 0; j < d; j++) s += (vecs[off + j] as number) * (cent[co + j] as number);
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    const sum = new Float64Array(k * d);
    const cnt = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const c = assign[i] as number;
      const w = weights[i] as number;
      cnt[c] = (cnt[c] as number) + w;
      for (let j = 0; j < d; j++) sum[c * d + j] = (sum[c * d + j] as number) + w * (vecs[i * d + j] as number);
    }
    for (let c = 0; c < k; c++) {
      if ((cnt[c] as number) === 0) {
        const i = Math.floor(rnd() * n);
        cent.set(vecs.subarray(i * d, i * d + d), c * d);
        continue;
      }
      let norm = 0;
      for (let j = 0; j < d; j++) norm += (sum[c * d + j] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j++) cent[c * d + j] = (sum[c * d + j] as number) / norm;
    }
  }
  return assign;
}

/**
 * Learns three-level word clusters from tokenized sentences (deterministic for a seed).
 *
 * @example
 * ```ts
 * learnClusters([['the', 'bank', 'said']], { fine: 2, mid: 1, coarse: 1, seed: 1, minCount: 1 });
 * ```
 */
export function learnClusters(sentences: readonly (readonly string[])[], options: ClusterOptions): Clusters {
  const minCount = options.minCount ?? 3;
  const nCtx = options.contexts ?? 1500;
  const d = options.dims ?? 160;
  const rounds = options.rounds ?? 12;
  const counts = new Map<string, number>();
  const sents = sentences.map((s) => s.map(clusterKey));
  for (const s of sents) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFreq = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocab = byFreq.filter(([, c]) => c >= minCount).map(([w]) => w);
  const wid = new Map(vocab.map((w, i) => [w, i]));
  const cid = new Map(byFreq.slice(0, nCtx).map(([w], i) => [w, i]));
  const BOS = nCtx;
  const EOS = nCtx + 1;
  const D = (nCtx + 2) * 4; // 4 positions: -2, -1, +1, +2
  const pairs: number[] = [];
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const w = wid.get(s[i] as string);
      if (w === undefined) continue;
      [-2, -1, 1, 2].forEach((off, p) => {
        const j = i + off;
        const c = j < 0 ? BOS : j >= s.length ? EOS : cid.get(s[j] as string);
        if (c !== undefined) pairs.push(w * D + p * (nCtx + 2) + c);
      });
    }
  }
  const keys = Float64Array.from(pairs).sort();
  const V = vocab.length;
  const wTot = new Float64Array(V);
  const cTot = new Float64Array(D);
  const uniq: number[] = [];
  const ucount: number[] = [];
  for (let i = 0; i < keys.length; ) {
    let j = i;
    while (j < keys.length && keys[j] === keys[i]) j++;
    const key = keys[i] as number;
    const cnt = j - i;
    uniq.push(key);
    ucount.push(cnt);
    wTot[Math.floor(key / D)] = (wTot[Math.floor(key / D)] as number) + cnt;
    cTot[key % D] = (cTot[key % D] as number) + cnt;
    i = j;
  }
  // Context distribution smoothed (power 0.75), as in Levy et al. 2015.
  let cSmooth = 0;
  for (let c = 0; c < D; c++) cSmooth += (cTot[c] as number) ** 0.75;
  const rnd = mulberry32(options.seed);
  const gauss = (): number => {
    const u = Math.max(rnd(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
  };
  const proj = new Float32Array(D * d);
  for (let i = 0; i < proj.length; i++) proj[i] = gauss();
  const vecs = new Float32Array(V * d);
  for (let k = 0; k < uniq.length; k++) {
    const key = uniq[k] as number;
    const w = Math.floor(key / D);
    const c = key % D;
    const pmi = Math.log(((ucount[k] as number) * cSmooth) / ((wTot[w] as number) * (cTot[c] as number) ** 0.75));
    if (pmi <= 0) continue;
    for (let j = 0; j < d; j++) vecs[w * d + j] = (vecs[w * d + j] as number) + pmi * (proj[c * d + j] as number);
  }
  for (let w = 0; w < V; w++) {
    let norm = 0;
    for (let j = 0; j < d; j++) norm += (vecs[w * d + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) vecs[w * d + j] = (vecs[w * d + j] as number) / norm;
  }
  const weights = new Float64Array(V).fill(1);
  const fine = kmeans(vecs, V, d, options.fine, weights, rounds, options.seed + 1);
  // Centroids of the fine clusters, weighted by their sizes, grouped again.
  const cent = new Float32Array(options.fine * d);
  const size = new Float64Array(options.fine);
  for (let w = 0; w < V; w++) {
    const c = fine[w] as number;
    size[c] = (size[c] as number) + 1;
    for (let j = 0; j < d; j++) cent[c * d + j] = (cent[c * d + j] as number) + (vecs[w * d + j] as number);
  }
  normalizeRows(cent, options.fine, d);
  const mid = kmeans(cent, options.fine, d, options.mid, size, rounds * 2, options.seed + 2);
  const midCent = new Float32Array(options.mid * d);
  const midSize = new Float64Array(options.mid);
  for (let c = 0; c < options.fine; c++) {
    const m = mid[c] as number;
    midSize[m] = (midSize[m] as number) + (size[c] as number);
    for (let j = 0; j < d; j++) midCent[m * d + j] = (midCent[m * d + j] as number) + (size[c] as number) * (cent[c * d + j] as number);
  }
  normalizeRows(midCent, options.mid, d);
  const coarse = kmeans(midCent, options.mid, d, options.coarse, midSize, rounds * 2, options.seed + 3);
  const out: Clusters = new Map();
  vocab.forEach((w, i) => {
    const f = fine[i] as number;
    const m = mid[f] as number;
    out.set(w, [f, m, coarse[m] as number]);
  });
  return out;
}

/**
 * The clusters as text without the words: `hash<TAB>fine<TAB>mid<TAB>coarse`, the word's hash in
 * base 36, sorted by hash.
 *
 * @example
 * ```ts
 * serializeClusters(new Map([['bank', [3, 1, 0]]])); // `${hashString('bank').toString(36)}\t3\t1\t0\n`
 * ```
 */
export function serializeClusters(clusters: Clusters): string {
  const rows = [...clusters].map(([w, ids]) => [hashString(w), ids] as const).sort((a, b) => a[0] - b[0]);
  return rows.map(([h, ids]) => `${h.toString(36)}\t${ids.join('\t')}`).join('\n') + '\n';
}

/** Cluster ids by the hash of the word's {@link clusterKey}: [fine, mid, coarse]. */
export type ClusterTable = Map<number, [number, number, number]>;

/**
 * Reads a cluster file into a table keyed by the hash of the word's {@link clusterKey}.
 *
 * @example
 * ```ts
 * parseClusters(serializeClusters(new Map([['bank', [3, 1, 0]]]))).get(hashString('bank')); // [3, 1, 0]
 * ```
 */
export function parseClusters(text: string): ClusterTable {
  const out: ClusterTable = new Map();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [h, f, m, c] = line.split('\t');
    out.set(parseInt(h ?? '', 36), [Number(f), Number(m), Number(c)]);
  }
  return out;
}

/**
 * A cluster file shipped beside a module, read once per process (empty when the file is absent).
 *
 * @example
 * ```ts
 * loadClusters(new URL('./ner-clusters-en.tsv', import.meta.url)).size;
 * ```
 */
export const loadClusters: (url: URL) => ClusterTable = shippedLoader(parseClusters, () => new Map());

/** Scales each of the `rows` rows of width `d` of `m` to unit length (a zero row stays zero). */
function normalizeRows(m: Float32Array, rows: number, d: number): void {
  for (let c = 0; c < rows; c++) {
    let norm = 0;
    for (let j = 0; j < d; j++) norm += (m[c * d + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) m[c * d + j] = (m[c * d + j] as number) / norm;
  }
}
