/**
 * Deterministic trainer for the multinomial logistic regressions in model.ts: full-batch Adam
 * from zero weights, fixed epochs, L2 (stronger on word stems than on lexicon features so the
 * lexicons carry the knowledge and words only break ties), class weights for rare classes.
 */
import { DENSE_NAMES } from "./features";
import { compileNaiveBayes, nbInputs, predictNaiveBayes, type LinearModelJson, type NaiveBayesJson } from "./model";

/** Cross-validation folds, and the partitions naive Bayes is cross-fitted on. */
export const FOLDS = 5;

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

/** JSON form with rounded weights; stems whose weights all round to ~0 are dropped. Inputs past the dense features are NB's (see trainStacked). */
export function toJson(t: Trained, classes: string[], vocab: readonly string[]): LinearModelJson {
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
  const D0 = DENSE_NAMES.length;
  const stacked = t.D > D0 ? classes.map((_, k) => classes.map((_, j) => round4(t.wd[k * t.D + D0 + j]))) : undefined;
  return { classes, dense, sparse, ...(stacked && { nbInputs: stacked }) };
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

const withInputs = (dense: Float64Array, f: Float64Array) => {
  const d = new Float64Array(dense.length + f.length);
  d.set(dense);
  d.set(f, dense.length);
  return d;
};

const nbOfStems = (nb: ReturnType<typeof compileNaiveBayes>, e: Omit<Example, "y">, vocab: readonly string[]) =>
  predictNaiveBayes(nb, e.sparse.map((j) => vocab[j]));

/** Each example's NB inputs, from a NB trained on the examples of the other partitions (0 … FOLDS − 1). */
export function crossFitNbInputs(ex: Example[], partition: number[], K: number, vocab: readonly string[], alpha: number): Float64Array[] {
  const inputs: Float64Array[] = new Array(ex.length);
  for (let g = 0; g < FOLDS; g++) {
    const nb = compileNaiveBayes(naiveBayesJson(ex.filter((_, i) => partition[i] !== g), K, vocab, 1, alpha));
    ex.forEach((e, i) => {
      if (partition[i] === g) inputs[i] = nbInputs(nbOfStems(nb, e, vocab));
    });
  }
  return inputs;
}

/**
 * The regression with naive Bayes' log-posteriors among its inputs (stacking, model.ts). Each
 * example's NB inputs come from a NB that did not see it nor anything of its `partition` (a
 * translation shares its source's), so the regression learns how far to trust NB on text NB has
 * not read, as at classification time. Returns the regression and the NB counts of all examples.
 */
export function trainStacked(ex: Example[], partition: number[], K: number, vocab: readonly string[], o: TrainOptions & { nbAlpha: number }): { t: Trained; nb: NaiveBayesJson } {
  const inputs = crossFitNbInputs(ex, partition, K, vocab, o.nbAlpha);
  const t = trainSoftmax(ex.map((e, i) => ({ ...e, dense: withInputs(e.dense, inputs[i]) })), K, vocab.length, o);
  return { t, nb: naiveBayesJson(ex, K, vocab, 1, o.nbAlpha) };
}

/**
 * One cross-validation fold: train on the examples outside fold `f` and before `trainLimit` (the
 * corpus items come first, then their translations), predict the scored ones inside it.
 * `group[i]` is the index of the corpus item example i is, or translates: the fold is group mod
 * FOLDS, and NB is cross-fitted on the next digit, so no story crosses either line.
 */
export type FoldJob = { f: number; trainLimit: number; y: number[]; K: number; power: number; nbAlpha: number; options: Omit<TrainOptions, "classWeights"> };
export type FoldData = { ex: Omit<Example, "y">[]; group: number[]; scored: number; vocab: readonly string[] };
export type FoldResult = { f: number; items: number[]; lr: Float64Array[]; nb: Float64Array[] };

export function runFold(d: FoldData, job: FoldJob): FoldResult {
  const train: Example[] = [];
  const inner: number[] = [];
  d.ex.forEach((e, i) => {
    if (i < job.trainLimit && d.group[i] % FOLDS !== job.f) {
      train.push({ ...e, y: job.y[i] });
      inner.push(Math.floor(d.group[i] / FOLDS) % FOLDS);
    }
  });
  const weights = classWeights(train.map((e) => e.y), job.K, job.power);
  const { t, nb } = trainStacked(train, inner, job.K, d.vocab, { ...job.options, classWeights: weights, nbAlpha: job.nbAlpha });
  const bayes = compileNaiveBayes(nb);
  const out: FoldResult = { f: job.f, items: [], lr: [], nb: [] };
  for (let i = 0; i < d.scored; i++) {
    if (d.group[i] % FOLDS !== job.f) continue;
    const q = nbOfStems(bayes, d.ex[i], d.vocab);
    out.items.push(i);
    out.lr.push(predictTrained(t, { dense: withInputs(d.ex[i].dense, nbInputs(q)), sparse: d.ex[i].sparse }));
    out.nb.push(q);
  }
  return out;
}
