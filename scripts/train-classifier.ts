/**
 * Trains the classifier's model layer on the TRAIN split of data/contextual/corpus.jsonl and
 * writes lib/contextual/model.generated.json (deterministic: same corpus → same bytes).
 *   npm run -s classify -- --train [--corpus FILE] [--l2-sparse X] [--no-words] [--dry-run] [--misses] [--only TASKS]
 * --dry-run reports cross-validation without writing the model; --misses lists the train items
 * that cross-validation got wrong (task, gold → predicted, id, title) to guide lexicon work.
 * Regularisation and the risky threshold are picked by 5-fold cross-validation on the train
 * split only; the test split is never read for training.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { computeSignals, type Signals } from "../lib/contextual/features";
import { IAB_TIER1_BY_NAME } from "../lib/contextual/taxonomy";
import type { LabelledItem } from "../lib/contextual/evaluate";
import { blendTier1, compileNaiveBayes, mixProbabilities, predictNaiveBayes, type ModelFile } from "../lib/contextual/model";
import { classWeights, naiveBayesJson, predictTrained, toJson, trainSoftmax, type Example, type TrainOptions } from "../lib/contextual/train";
import { RISK_TIERS, TONALITIES } from "../lib/contextual/types";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const log = (s: string) => process.stderr.write(s + "\n");

const EPOCHS = 160;
const GRID = [0.01, 0.03];
/** Weights of naive Bayes in the mixture with the regression, tried in cross-validation. */
const NB_WEIGHTS = [0, 0.1, 0.2, 0.3];
const FOLDS = 5;

type Task = { name: string; classes: string[]; y: number[]; power: number };

/** Out-of-fold class probabilities of the regression and of naive Bayes, for every item. */
function crossValidate(ex: Omit<Example, "y">[], task: Task, vocab: readonly string[], base: Omit<TrainOptions, "classWeights">): { lr: Float64Array[]; nb: Float64Array[] } {
  const lr: Float64Array[] = new Array(ex.length);
  const nb: Float64Array[] = new Array(ex.length);
  const K = task.classes.length;
  for (let f = 0; f < FOLDS; f++) {
    const train: Example[] = [];
    ex.forEach((e, i) => {
      if (i % FOLDS !== f) train.push({ ...e, y: task.y[i] });
    });
    const t = trainSoftmax(train, K, vocab.length, { ...base, classWeights: classWeights(train.map((e) => e.y), K, task.power) });
    const bayes = compileNaiveBayes(naiveBayesJson(train, K, vocab, 1));
    ex.forEach((e, i) => {
      if (i % FOLDS !== f) return;
      lr[i] = predictTrained(t, e);
      nb[i] = predictNaiveBayes(bayes, e.sparse.map((j) => vocab[j]));
    });
  }
  return { lr, nb };
}

function accuracy(probs: Float64Array[], y: number[]): number {
  let ok = 0;
  probs.forEach((p, i) => {
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
    if (best === y[i]) ok++;
  });
  return ok / probs.length;
}

/** Share of lexicon evidence in the IAB tier-1 scores that classifies the out-of-fold items best. */
function pickLexiconWeight(probs: Float64Array[], task: Task, signals: Signals[], cv: Record<string, number>): number {
  let best = { w: 0, acc: -1 };
  for (const w of [0, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85]) {
    let ok = 0;
    probs.forEach((p, i) => {
      let top = "";
      let topScore = -Infinity;
      for (const [name, v] of blendTier1(p, task.classes, signals[i].iab, w)) if (v > topScore) [top, topScore] = [name, v];
      if (IAB_TIER1_BY_NAME.get(top)?.id === task.classes[task.y[i]]) ok++;
    });
    log(`  iab: lexicon weight ${w} cv accuracy ${(ok / probs.length).toFixed(3)}`);
    if (ok / probs.length > best.acc + 1e-9) best = { w, acc: ok / probs.length };
  }
  cv.iabBlendedAccuracy = Math.round(best.acc * 1000) / 1000;
  return best.w;
}

/**
 * Threshold on P(medium+) over cross-validated predictions: the highest risky recall that keeps
 * false blocks of safe ("none") items and of trap items each at or under 4% (target 5%, 1 point margin); ties go to the
 * higher threshold. Floor-rule items count as blocked whatever the threshold.
 */
function pickRiskyThreshold(probs: Float64Array[], gold: number[], floor: boolean[], trap: boolean[]): number {
  let best = 0.5;
  let bestRecall = -1;
  for (let t = 0.65; t >= 0.149; t -= 0.025) {
    let tp = 0, risky = 0, safe = 0, fp = 0, traps = 0, trapFp = 0;
    probs.forEach((p, i) => {
      const pr = floor[i] || p[2] + p[3] + p[4] >= t;
      if (gold[i] >= 2) {
        risky++;
        if (pr) tp++;
      } else if (gold[i] === 0) {
        safe++;
        if (pr) fp++;
      }
      if (trap[i]) {
        traps++;
        if (pr) trapFp++;
      }
    });
    const recall = tp / (risky || 1);
    const ok = fp / (safe || 1) <= 0.04 && trapFp / (traps || 1) <= 0.04;
    log(`    threshold ${t.toFixed(3)}: cv risky recall ${(100 * recall).toFixed(1)}%, none blocked ${((100 * fp) / (safe || 1)).toFixed(1)}%, traps blocked ${((100 * trapFp) / (traps || 1)).toFixed(1)}%`);
    if (ok && recall > bestRecall + 1e-9) [best, bestRecall] = [Math.round(t * 1000) / 1000, recall];
  }
  return best;
}

export async function trainFromArgs(args: string[]): Promise<number> {
  const opt = (name: string) => {
    const j = args.indexOf(name);
    return j >= 0 ? args[j + 1] : undefined;
  };
  const grid = opt("--l2-sparse") ? [Number(opt("--l2-sparse"))] : GRID;
  const useWords = !args.includes("--no-words");
  const i = args.indexOf("--corpus");
  const corpusPath = resolve(root, i >= 0 ? args[i + 1] : "data/contextual/corpus.jsonl");
  const raw = readFileSync(corpusPath, "utf8");
  const items = raw
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledItem)
    .filter((it) => it.split === "train");
  log(`training on ${items.length} train items from ${corpusPath}`);
  const signals = items.map((it) => computeSignals({ title: it.title, text: it.text }));
  const df = new Map<string, number>();
  for (const s of signals) for (const k of s.sparse) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = useWords ? [...df.entries()].filter(([, n]) => n >= 2).map(([k]) => k).sort() : [];
  const vIndex = new Map(vocab.map((k, j) => [k, j]));
  const S = vocab.length;
  const ex = signals.map((s) => ({ dense: s.dense, sparse: s.sparse.map((k) => vIndex.get(k)).filter((j): j is number => j !== undefined).sort((a, b) => a - b) }));
  log(`vocabulary: ${S} stems (df >= 2)`);

  const iabClasses = [...new Set(items.map((it) => it.iab_tier1))].sort();
  const tasks: Task[] = [
    { name: "tonality", classes: [...TONALITIES], y: items.map((it) => TONALITIES.indexOf(it.tonality)), power: 0.5 },
    { name: "risk", classes: [...RISK_TIERS], y: items.map((it) => RISK_TIERS.indexOf(it.risk)), power: 0.5 },
    { name: "iab", classes: iabClasses, y: items.map((it) => iabClasses.indexOf(it.iab_tier1)), power: 0.3 },
  ];
  const out: Partial<ModelFile> = {};
  const cv: Record<string, number> = {};
  let riskyThreshold = 0.5;
  let iabLexiconWeight = 0.25;
  // --only tonality,risk: cross-validate some tasks (implies --dry-run: a partial model is never written).
  const only = opt("--only")?.split(",");
  for (const task of tasks) {
    if (only && !only.includes(task.name)) continue;
    let best = { l2: GRID[0], nbWeight: 0, acc: -1, probs: [] as Float64Array[] };
    for (const l2 of grid) {
      const r = crossValidate(ex, task, vocab, { l2Dense: 0.002, l2Sparse: l2, epochs: EPOCHS, lr: 0.08 });
      for (const w of useWords ? NB_WEIGHTS : [0]) {
        const probs = r.lr.map((p, j) => mixProbabilities(p, r.nb[j], w));
        const acc = accuracy(probs, task.y);
        log(`  ${task.name}: l2Sparse=${l2} nbWeight=${w} cv accuracy ${acc.toFixed(3)}`);
        if (acc > best.acc + 1e-9) best = { l2, nbWeight: w, acc, probs };
      }
    }
    cv[`${task.name}Accuracy`] = Math.round(best.acc * 1000) / 1000;
    cv[`${task.name}L2Sparse`] = best.l2;
    cv[`${task.name}NbWeight`] = best.nbWeight;
    if (args.includes("--misses")) {
      best.probs.forEach((p, j) => {
        let k = 0;
        for (let c = 1; c < p.length; c++) if (p[c] > p[k]) k = c;
        if (k !== task.y[j]) log(`  miss ${task.name} ${task.classes[task.y[j]]}->${task.classes[k]} ${items[j].id} ${items[j].title}`);
      });
    }
    if (task.name === "iab") iabLexiconWeight = pickLexiconWeight(best.probs, task, signals, cv);
    if (task.name === "risk") riskyThreshold = pickRiskyThreshold(best.probs, task.y, signals.map((g) => g.floor !== null), items.map((it) => it.trap === true));
    const K = task.classes.length;
    const all = ex.map((e, j) => ({ ...e, y: task.y[j] }));
    const t = trainSoftmax(all, K, S, { l2Dense: 0.002, l2Sparse: best.l2, epochs: EPOCHS, lr: 0.08, classWeights: classWeights(task.y, K, task.power) });
    const json = toJson(t, task.classes, vocab);
    if (best.nbWeight > 0) json.nb = naiveBayesJson(all, K, vocab, best.nbWeight);
    (out as Record<string, unknown>)[task.name] = json;
  }
  cv.riskyThreshold = riskyThreshold;
  log(`cross-validation: ${JSON.stringify(cv)}`);
  const file: ModelFile = {
    format: 1,
    trainedOn: { items: items.length, corpusSha256: createHash("sha256").update(raw).digest("hex"), split: "train" },
    tonality: out.tonality!,
    risk: out.risk!,
    iab: out.iab!,
    riskyThreshold,
    iabLexiconWeight,
    cv,
  };
  if (args.includes("--dry-run") || only) return 0;
  const target = resolve(root, "lib/contextual/model.generated.json");
  writeFileSync(target, JSON.stringify(file) + "\n");
  log(`wrote ${target}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  trainFromArgs(process.argv.slice(2)).then((c) => (process.exitCode = c));
}
