/**
 * Deterministic trainer for the multinomial logistic regressions in model.ts: full-batch Adam
 * from zero weights, fixed epochs, L2 (stronger on word stems than on lexicon features so the
 * lexicons carry the knowledge and words only break ties), class weights for rare classes.
 */
import { DENSE_NAMES } from "./features";
import { compileNaiveBayes, predictNaiveBayes, type LinearModelJson, type NaiveBayesJson } from "./model";

export type Example = { dense: Float64Array; sparse: number[]; y: number };

export type TrainOptions = {
  l2Dense: number;
  l2Sparse: number;
  epochs: number;
  lr: number;
  /** Per-class loss weights (balance rare classes). */
  classWeights?: number[];
};

export type Trained = { K: number; D: number; S: number; wd: Float64Array; ws: Float64Array };

export function trainSoftmax(ex: Example[], K: number, S: number, o: TrainOptions): Trained {
  const D = ex[0]?.dense.length ?? DENSE_NAMES.length;
  const wd = new Float64Array(K * D);
  const ws = new Float64Array(K * S);
  const P = K * D + K * S;
  const m = new Float64Array(P);
  const v = new Float64Array(P);
  const g = new Float64Array(P);
  const z = new Float64Array(K);
  const b1 = 0.9;
  const b2 = 0.999;
  const cw = o.classWeights ?? new Array(K).fill(1);
  const norm = ex.reduce((s, e) => s + cw[e.y], 0);
  for (let t = 1; t <= o.epochs; t++) {
    g.fill(0);
    for (const e of ex) {
      for (let k = 0; k < K; k++) {
        let acc = 0;
        for (let d = 0; d < D; d++) acc += wd[k * D + d] * e.dense[d];
        for (const s of e.sparse) acc += ws[k * S + s];
        z[k] = acc;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k]);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k] - max);
      const weight = cw[e.y] / norm;
      for (let k = 0; k < K; k++) {
        const err = (z[k] / sum - (k === e.y ? 1 : 0)) * weight;
        if (err === 0) continue;
        for (let d = 0; d < D; d++) if (e.dense[d] !== 0) g[k * D + d] += err * e.dense[d];
        for (const s of e.sparse) g[K * D + k * S + s] += err;
      }
    }
    for (let i = 0; i < K * D; i++) g[i] += (i % D === 0 ? 0 : o.l2Dense) * wd[i];
    for (let i = 0; i < K * S; i++) g[K * D + i] += o.l2Sparse * ws[i];
    const c1 = 1 - Math.pow(b1, t);
    const c2 = 1 - Math.pow(b2, t);
    for (let i = 0; i < P; i++) {
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      const step = (o.lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + 1e-8);
      if (i < K * D) wd[i] -= step;
      else ws[i - K * D] -= step;
    }
  }
  return { K, D, S, wd, ws };
}

export function predictTrained(t: Trained, e: Omit<Example, "y">): Float64Array {
  const z = new Float64Array(t.K);
  for (let k = 0; k < t.K; k++) {
    let acc = 0;
    for (let d = 0; d < t.D; d++) acc += t.wd[k * t.D + d] * e.dense[d];
    for (const s of e.sparse) acc += t.ws[k * t.S + s];
    z[k] = acc;
  }
  let max = -Infinity;
  for (let k = 0; k < t.K; k++) max = Math.max(max, z[k]);
  let sum = 0;
  for (let k = 0; k < t.K; k++) sum += z[k] = Math.exp(z[k] - max);
  for (let k = 0; k < t.K; k++) z[k] /= sum;
  return z;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** JSON form with rounded weights; stems whose weights all round to ~0 are dropped. */
export function toJson(t: Trained, classes: string[], vocab: string[]): LinearModelJson {
  const dense: Record<string, number[]> = {};
  DENSE_NAMES.forEach((name, d) => {
    const w = classes.map((_, k) => round4(t.wd[k * t.D + d]));
    if (w.some((x) => x !== 0)) dense[name] = w;
  });
  const sparse: Record<string, number[]> = {};
  vocab.forEach((key, s) => {
    const w = classes.map((_, k) => round4(t.ws[k * t.S + s]));
    if (w.some((x) => Math.abs(x) >= 0.002)) sparse[key] = w;
  });
  return { classes, dense, sparse };
}

/** Balanced-ish class weights: (n / (K · n_k))^power. */
export function classWeights(y: number[], K: number, power = 0.5): number[] {
  const counts = new Array(K).fill(0);
  for (const v of y) counts[v]++;
  return counts.map((c) => (c ? Math.pow(y.length / (K * c), power) : 0));
}

/** Naive Bayes document counts of the stems (vocabulary indices) per class. */
export function naiveBayesJson(ex: Example[], K: number, vocab: readonly string[], weight: number, alpha = 0.5): NaiveBayesJson {
  const docs = new Array(K).fill(0);
  const totals = new Array(K).fill(0);
  const byStem = new Map<number, number[]>();
  for (const e of ex) {
    docs[e.y]++;
    for (const j of e.sparse) {
      let c = byStem.get(j);
      if (!c) byStem.set(j, (c = new Array(K).fill(0)));
      c[e.y]++;
      totals[e.y]++;
    }
  }
  const counts: Record<string, number[]> = {};
  for (const j of [...byStem.keys()].sort((a, b) => a - b)) counts[vocab[j]] = byStem.get(j)!.flatMap((c, k) => (c ? [k, c] : []));
  return { weight, alpha, docs, totals, vocabSize: vocab.length, counts };
}

/**
 * One cross-validation fold: train on the examples outside fold `f` and before `trainLimit` (the
 * corpus items come first, then their translations), predict the scored ones inside it.
 */
export type FoldJob = { f: number; trainLimit: number; y: number[]; K: number; power: number; nbAlpha: number; options: Omit<TrainOptions, "classWeights"> };
export type FoldData = { ex: Omit<Example, "y">[]; fold: number[]; scored: number; vocab: readonly string[] };
export type FoldResult = { f: number; items: number[]; lr: Float64Array[]; nb: Float64Array[] };

export function runFold(d: FoldData, job: FoldJob): FoldResult {
  const train: Example[] = [];
  d.ex.forEach((e, i) => {
    if (i < job.trainLimit && d.fold[i] !== job.f) train.push({ ...e, y: job.y[i] });
  });
  const t = trainSoftmax(train, job.K, d.vocab.length, { ...job.options, classWeights: classWeights(train.map((e) => e.y), job.K, job.power) });
  const bayes = compileNaiveBayes(naiveBayesJson(train, job.K, d.vocab, 1, job.nbAlpha));
  const out: FoldResult = { f: job.f, items: [], lr: [], nb: [] };
  for (let i = 0; i < d.scored; i++) {
    if (d.fold[i] !== job.f) continue;
    out.items.push(i);
    out.lr.push(predictTrained(t, d.ex[i]));
    out.nb.push(predictNaiveBayes(bayes, d.ex[i].sparse.map((j) => d.vocab[j])));
  }
  return out;
}
