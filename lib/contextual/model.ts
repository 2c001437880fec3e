/**
 * The small trained layer on top of the lexicons: three multinomial logistic regressions
 * (tonality, risk tier, IAB tier-1) over the dense lexicon features and the word stems.
 * Weights come from model.generated.json, written by `npm run -s classify -- --train`.
 */
import { DENSE_NAMES, type Signals } from "./features";
import modelJson from "./model.generated.json";

export type LinearModelJson = {
  classes: string[];
  dense: Record<string, number[]>;
  sparse: Record<string, number[]>;
};

export type ModelFile = {
  format: 1;
  trainedOn: { items: number; corpusSha256: string; split: string };
  tonality: LinearModelJson;
  risk: LinearModelJson;
  iab: LinearModelJson;
  /** P(medium or worse) above which the risk tier is at least medium. */
  riskyThreshold: number;
  cv?: Record<string, number>;
};

export type LinearModel = {
  classes: string[];
  /** K × D, row-major. */
  dense: Float64Array;
  sparse: Map<string, Float64Array>;
};

export function compileLinear(m: LinearModelJson): LinearModel {
  const K = m.classes.length;
  const D = DENSE_NAMES.length;
  const dense = new Float64Array(K * D);
  DENSE_NAMES.forEach((name, d) => {
    const w = m.dense[name];
    if (w) for (let k = 0; k < K; k++) dense[k * D + d] = w[k];
  });
  const sparse = new Map<string, Float64Array>();
  for (const [key, w] of Object.entries(m.sparse)) sparse.set(key, Float64Array.from(w));
  return { classes: m.classes, dense, sparse };
}

/** Class probabilities (softmax of the linear scores). */
export function predictLinear(m: LinearModel, s: Pick<Signals, "dense" | "sparse">, out?: Float64Array): Float64Array {
  const K = m.classes.length;
  const D = s.dense.length;
  const z = out ?? new Float64Array(K);
  for (let k = 0; k < K; k++) {
    let acc = 0;
    const off = k * D;
    for (let d = 0; d < D; d++) acc += m.dense[off + d] * s.dense[d];
    z[k] = acc;
  }
  for (const key of s.sparse) {
    const w = m.sparse.get(key);
    if (w) for (let k = 0; k < K; k++) z[k] += w[k];
  }
  let max = -Infinity;
  for (let k = 0; k < K; k++) if (z[k] > max) max = z[k];
  let sum = 0;
  for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k] - max);
  for (let k = 0; k < K; k++) z[k] /= sum;
  return z;
}

/** Stems that pushed class k up the most (for explanations). */
export function topSparse(m: LinearModel, sparse: string[], k: number, n = 2): { key: string; w: number }[] {
  const K = m.classes.length;
  const out: { key: string; w: number }[] = [];
  for (const key of sparse) {
    const w = m.sparse.get(key);
    if (!w) continue;
    let mean = 0;
    for (let j = 0; j < K; j++) mean += w[j] / K;
    const lift = w[k] - mean;
    if (lift > 0.05) out.push({ key, w: lift });
  }
  return out.sort((a, b) => b.w - a.w || (a.key < b.key ? -1 : 1)).slice(0, n);
}

export const MODEL_FILE = modelJson as unknown as ModelFile;
export const MODEL = {
  tonality: compileLinear(MODEL_FILE.tonality),
  risk: compileLinear(MODEL_FILE.risk),
  iab: compileLinear(MODEL_FILE.iab),
  riskyThreshold: MODEL_FILE.riskyThreshold,
};
