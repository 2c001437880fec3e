/**
 * The small trained layer on top of the lexicons: for each task (tonality, risk tier, IAB
 * tier-1) a multinomial logistic regression over the dense lexicon features and the word stems,
 * with a naive Bayes over the same stems. NB adds what rare words say about a class, which the
 * regularised regression shrinks away. Its log-posteriors are inputs of the regression
 * (stacking: the regression learns how far to trust NB for each class, next to the lexicon
 * evidence); an older model file mixes the two geometrically instead. Everything comes from
 * model.generated.json, written by `npm run -s classify -- --train`.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DENSE_NAMES, type Signals } from "./features";
import type { IabScores } from "./score-iab";
import { IAB_BY_ID } from "./taxonomy";

export type NaiveBayesJson = {
  /** Weight of the NB log-probabilities in the mixture (0 = regression only), picked by CV. */
  weight: number;
  alpha: number;
  /** Training documents per class. */
  docs: number[];
  /** Stem occurrences (one per document) per class, over the whole vocabulary. */
  totals: number[];
  vocabSize: number;
  /** Per stem, its non-zero document counts as flat pairs [class index, count, class index, count…]. */
  counts: Record<string, number[]>;
};

export type LinearModelJson = {
  classes: string[];
  dense: Record<string, number[]>;
  sparse: Record<string, number[]>;
  nb?: NaiveBayesJson;
  /** Weights of NB's log-posteriors (see nbInputs) in the regression: row k, column j = class k's weight on NB's class j. */
  nbInputs?: number[][];
};

export type ModelFile = {
  format: 1;
  trainedOn: { items: number; corpusSha256: string; split: string; translations?: number; translationsSha256?: string };
  tonality: LinearModelJson;
  risk: LinearModelJson;
  iab: LinearModelJson;
  /** P(medium or worse) above which the risk tier is at least medium. */
  riskyThreshold: number;
  /** Share of the lexicon evidence in the IAB tier-1 scores (see blendTier1), picked by CV. */
  iabLexiconWeight?: number;
  cv?: Record<string, number>;
};

/**
 * Per-stem numbers are packed K to a row in one Float64Array, found through a stem → row map: the
 * vocabulary is ~100k stems per task, and a typed array per stem cost ~3× the memory.
 */
export type StemRows = { rows: Map<string, number>; values: Float64Array };

export type NaiveBayes = {
  weight: number;
  logPrior: Float64Array;
  /** log P(stem | class) of a stem never seen with the class. */
  logUnseen: Float64Array;
  logLik: StemRows;
};

export type LinearModel = {
  classes: string[];
  /** K × D, row-major. */
  dense: Float64Array;
  sparse: StemRows;
  nb?: NaiveBayes;
  /** K × K, row-major (LinearModelJson.nbInputs); needs nb. */
  nbInputs?: Float64Array;
};

/** Multinomial NB tables from document counts (also used by the trainer's cross-validation). */
export function compileNaiveBayes(j: NaiveBayesJson): NaiveBayes {
  const K = j.docs.length;
  const n = j.docs.reduce((a, b) => a + b, 0);
  const logPrior = Float64Array.from(j.docs, (d) => Math.log((d + 1) / (n + K)));
  const denom = Float64Array.from(j.totals, (t) => t + j.alpha * j.vocabSize);
  const logUnseen = Float64Array.from(denom, (d) => Math.log(j.alpha / d));
  const keys = Object.keys(j.counts);
  const logLik: StemRows = { rows: new Map(), values: new Float64Array(keys.length * K) };
  keys.forEach((key, r) => {
    const l = logLik.values.subarray(r * K, r * K + K);
    l.set(logUnseen);
    const pairs = j.counts[key];
    for (let i = 0; i < pairs.length; i += 2) l[pairs[i]] = Math.log((pairs[i + 1] + j.alpha) / denom[pairs[i]]);
    logLik.rows.set(key, r);
  });
  return { weight: j.weight, logPrior, logUnseen, logLik };
}

/** NB class probabilities of a document's stems (stems outside the vocabulary are ignored). */
export function predictNaiveBayes(nb: NaiveBayes, sparse: string[]): Float64Array {
  const z = Float64Array.from(nb.logPrior);
  const K = z.length;
  for (const key of sparse) {
    const r = nb.logLik.rows.get(key);
    if (r !== undefined) for (let k = 0, off = r * K; k < K; k++) z[k] += nb.logLik.values[off + k];
  }
  return softmaxInPlace(z);
}

function softmaxInPlace(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) if (z[k] > max) max = z[k];
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k] - max);
  for (let k = 0; k < z.length; k++) z[k] /= sum;
  return z;
}

const NB_INPUT_SCALE = 0.1;

/**
 * NB's class probabilities as inputs of the regression: log-probabilities centred on their mean
 * and scaled to the range of the other inputs. NB's log-odds over a long text run into the
 * hundreds; the 1e-12 floor bounds each log-probability at −27.6, so an input stays within ±2.8.
 * Training and classification both call this.
 */
export function nbInputs(q: Float64Array): Float64Array {
  const K = q.length;
  const out = new Float64Array(K);
  let mean = 0;
  for (let k = 0; k < K; k++) mean += (out[k] = Math.log(q[k] + 1e-12)) / K;
  for (let k = 0; k < K; k++) out[k] = (out[k] - mean) * NB_INPUT_SCALE;
  return out;
}

/** Geometric mixture of two class distributions: softmax((1 − w)·log p + w·log q). */
export function mixProbabilities(p: Float64Array, q: Float64Array, w: number): Float64Array {
  if (w === 0) return p;
  const z = new Float64Array(p.length);
  for (let k = 0; k < p.length; k++) z[k] = (1 - w) * Math.log(p[k] + 1e-12) + w * Math.log(q[k] + 1e-12);
  return softmaxInPlace(z);
}

export function compileLinear(m: LinearModelJson): LinearModel {
  const K = m.classes.length;
  const D = DENSE_NAMES.length;
  const dense = new Float64Array(K * D);
  DENSE_NAMES.forEach((name, d) => {
    const w = m.dense[name];
    if (w) for (let k = 0; k < K; k++) dense[k * D + d] = w[k];
  });
  const keys = Object.keys(m.sparse);
  const sparse: StemRows = { rows: new Map(), values: new Float64Array(keys.length * K) };
  keys.forEach((key, r) => {
    sparse.values.set(m.sparse[key], r * K);
    sparse.rows.set(key, r);
  });
  if (m.nbInputs && !m.nb) throw new Error("model: nbInputs without naive Bayes counts");
  return {
    classes: m.classes,
    dense,
    sparse,
    nb: m.nb ? compileNaiveBayes(m.nb) : undefined,
    nbInputs: m.nbInputs ? Float64Array.from(m.nbInputs.flat()) : undefined,
  };
}

/** Class probabilities (softmax of the linear scores); `nb` = NB's probabilities, when the model stacks them. */
function predictLinear(m: LinearModel, s: Pick<Signals, "dense" | "sparse">, nb: Float64Array | undefined): Float64Array {
  const K = m.classes.length;
  const D = s.dense.length;
  const z = new Float64Array(K);
  const f = m.nbInputs && nb ? nbInputs(nb) : undefined;
  for (let k = 0; k < K; k++) {
    let acc = 0;
    const off = k * D;
    for (let d = 0; d < D; d++) acc += m.dense[off + d] * s.dense[d];
    if (f) for (let j = 0; j < K; j++) acc += m.nbInputs![k * K + j] * f[j];
    z[k] = acc;
  }
  for (const key of s.sparse) {
    const r = m.sparse.rows.get(key);
    if (r !== undefined) for (let k = 0, off = r * K; k < K; k++) z[k] += m.sparse.values[off + k];
  }
  return softmaxInPlace(z);
}

/** The model's class probabilities: the regression (stacking naive Bayes when it has nbInputs), mixed with naive Bayes when its weight is above 0. */
export function predictModel(m: LinearModel, s: Pick<Signals, "dense" | "sparse">): Float64Array {
  const nb = m.nb && (m.nbInputs || m.nb.weight > 0) ? predictNaiveBayes(m.nb, s.sparse) : undefined;
  const p = predictLinear(m, s, nb);
  return nb && m.nb!.weight > 0 ? mixProbabilities(p, nb, m.nb!.weight) : p;
}

/**
 * Stems that pushed class k up the most (for explanations): a stem's lift is its regression
 * weight for k above its mean over the classes, plus, when the model stacks naive Bayes, what the
 * stem adds to class k's score through NB's inputs. NB's centred log-posterior is a sum over the
 * stems of their centred log-likelihoods (until the 1e-12 floor), so that share is exact:
 * scale · Σ_j (W[k][j] − mean_k' W[k'][j]) · (L_stem[j] − mean L_stem).
 */
export function topSparse(m: LinearModel, sparse: string[], k: number, n = 2): { key: string; w: number }[] {
  const K = m.classes.length;
  let viaNb: Float64Array | undefined;
  if (m.nbInputs && m.nb) {
    viaNb = new Float64Array(K);
    for (let j = 0; j < K; j++) {
      let columnMean = 0;
      for (let c = 0; c < K; c++) columnMean += m.nbInputs[c * K + j] / K;
      viaNb[j] = NB_INPUT_SCALE * (m.nbInputs[k * K + j] - columnMean);
    }
  }
  const out: { key: string; w: number }[] = [];
  const weights = m.sparse.values;
  for (const key of sparse) {
    let lift = 0;
    const r = m.sparse.rows.get(key);
    if (r !== undefined) lift += weights[r * K + k] - meanOf(weights, r * K, K);
    const n = viaNb ? m.nb!.logLik.rows.get(key) : undefined;
    if (n !== undefined) {
      const l = m.nb!.logLik.values;
      const centre = meanOf(l, n * K, K);
      for (let j = 0; j < K; j++) lift += viaNb![j] * (l[n * K + j] - centre);
    }
    if (lift > 0.05) out.push({ key, w: lift });
  }
  return out.sort((a, b) => b.w - a.w || (a.key < b.key ? -1 : 1)).slice(0, n);
}

/** Mean of the K numbers of a row starting at `off` (no subarray: this runs per stem per label). */
function meanOf(v: Float64Array, off: number, K: number): number {
  let sum = 0;
  for (let j = 0; j < K; j++) sum += v[off + j];
  return sum / K;
}

/**
 * The weights file is read on first use rather than imported: a static import of its tens of MB
 * of JSON cost every importer (a page that only shows the version, a test of page furniture) the
 * parse, and under vitest's module transform about 50 s a file. The worker loads it at start.
 * Every entry point (next start, the worker, the CLIs, the tests) runs from the repository root,
 * as for db/migrations.
 */
export const MODEL_PATH = resolve(/*turbopackIgnore: true*/ process.cwd(), "lib/contextual/model.generated.json");

export type CompiledModel = {
  tonality: LinearModel;
  risk: LinearModel;
  iab: LinearModel;
  riskyThreshold: number;
  iabLexiconWeight: number;
};

let loaded: { digest: string; model: CompiledModel } | undefined;

function load(): { digest: string; model: CompiledModel } {
  if (loaded) return loaded;
  const text = readFileSync(/*turbopackIgnore: true*/ MODEL_PATH, "utf8");
  const file = JSON.parse(text) as ModelFile;
  loaded = {
    digest: createHash("sha256").update(text).digest("hex"),
    model: {
      tonality: compileLinear(file.tonality),
      risk: compileLinear(file.risk),
      iab: compileLinear(file.iab),
      riskyThreshold: file.riskyThreshold,
      iabLexiconWeight: file.iabLexiconWeight ?? 0.25,
    },
  };
  return loaded;
}

/** The trained layer, compiled once per process. */
export function model(): CompiledModel {
  return load().model;
}

/** SHA-256 of the weights file as stored (the classifier version includes it). */
export function modelDigest(): string {
  return load().digest;
}

/**
 * IAB tier-1 scores by name: for every tier-1 the model knows, (1 − w)·P(model) + w·(its share of
 * the lexicon evidence); a tier-1 only the lexicons know (absent from the corpus) scores 0.8 × its
 * share, so strong evidence for it can still win. Training and classification both call this.
 */
export function blendTier1(probs: Float64Array, classes: readonly string[], iab: IabScores, w: number): Map<string, number> {
  const share = (name: string) => (iab.total ? (iab.tier1.get(name) ?? 0) / iab.total : 0);
  const out = new Map<string, number>();
  classes.forEach((id, k) => {
    const name = IAB_BY_ID.get(id)!.name;
    out.set(name, (1 - w) * probs[k] + w * share(name));
  });
  for (const name of iab.tier1.keys()) if (!out.has(name)) out.set(name, 0.8 * share(name));
  return out;
}
