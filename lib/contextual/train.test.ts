import { describe, expect, it } from "vitest";
import { DENSE_NAMES } from "./features";
import { compileLinear, nbInputs, predictModel, topSparse, type LinearModelJson } from "./model";
import { crossFitNbInputs, FOLDS, naiveBayesJson, toJson, trainStacked, type Example } from "./train";

const D = DENSE_NAMES.length;
const bias = () => {
  const d = new Float64Array(D);
  d[0] = 1;
  return d;
};

// Two classes told apart only by words: class 0 texts say "calm", class 1 texts say "storm".
// Each example also carries a word of its own ("own:i"), seen in no other example.
function corpus(n: number): { ex: Example[]; vocab: string[]; partition: number[] } {
  const vocab = ["calm", "storm", ...Array.from({ length: n }, (_, i) => `own:${i}`)];
  const ex = Array.from({ length: n }, (_, i) => ({ dense: bias(), sparse: [i % 2, 2 + i], y: i % 2 }));
  return { ex, vocab, partition: ex.map((_, i) => i % FOLDS) };
}

describe("stacked naive Bayes", () => {
  it("learns to trust naive Bayes' inputs and writes them as a K × K block", () => {
    const { ex, vocab, partition } = corpus(40);
    const { t, nb } = trainStacked(ex, partition, 2, vocab, { l2Dense: 0.002, l2Sparse: 0.01, epochs: 80, lr: 0.08, nbAlpha: 0.5 });
    const json: LinearModelJson = { ...toJson(t, ["a", "b"], vocab), nb: { ...nb, weight: 0 } };
    expect(json.nbInputs).toHaveLength(2);
    expect(json.nbInputs![0]).toHaveLength(2);
    // Class 0's score rises with NB's belief in class 0, class 1's with NB's belief in class 1.
    expect(json.nbInputs![0][0]).toBeGreaterThan(json.nbInputs![0][1]);
    expect(json.nbInputs![1][1]).toBeGreaterThan(json.nbInputs![1][0]);
    const m = compileLinear(json);
    const storm = predictModel(m, { dense: bias(), sparse: ["storm"] });
    expect(storm[1]).toBeGreaterThan(0.9);
    // The same model without its NB inputs leans less on the word: the inputs carry evidence.
    const alone = predictModel(compileLinear({ ...json, nbInputs: undefined, nb: undefined }), { dense: bias(), sparse: ["storm"] });
    expect(storm[1]).toBeGreaterThan(alone[1]);
    // Explanations credit the word NB's inputs carried, even with no regression weight of its own.
    const nbOnly = compileLinear({ ...json, sparse: {} });
    expect(topSparse(nbOnly, ["calm", "storm"], 1).map((x) => x.key)).toEqual(["storm"]);
    expect(topSparse(nbOnly, ["calm", "storm"], 0).map((x) => x.key)).toEqual(["calm"]);
  });

  it("gives each example NB inputs from a naive Bayes that never read it", () => {
    // Example 3 (class 1) says only its own word. A NB that has read it calls that word class 1;
    // one that has not never met the word and answers its prior (balanced here: 0 either way).
    const { vocab, partition, ex: base } = corpus(10);
    const ex = base.map((e, i) => (i === 3 ? { ...e, sparse: [2 + i] } : e));
    const crossFitted = crossFitNbInputs(ex, partition, 2, vocab, 0.5);
    expect(crossFitted[3][0]).toBeCloseTo(0, 9);
    expect(crossFitted[3][1]).toBeCloseTo(0, 9);
    const readIt = compileLinear({ classes: ["a", "b"], dense: {}, sparse: {}, nb: { ...naiveBayesJson(ex, 2, vocab, 1), weight: 1 } });
    const f = nbInputs(predictModel(readIt, { dense: bias(), sparse: ["own:3"] }));
    expect(f[1]).toBeGreaterThan(0.05);
    // Every other example was scored too, and a "storm" text leans to class 1.
    expect(crossFitted.every((x) => x.length === 2)).toBe(true);
    expect(crossFitted[5][1]).toBeGreaterThan(crossFitted[5][0]);
  });

  it("refuses NB inputs without the NB counts to compute them", () => {
    expect(() => compileLinear({ classes: ["a", "b"], dense: {}, sparse: {}, nbInputs: [[1, 0], [0, 1]] })).toThrow(/nbInputs/);
  });

  it("centres and scales NB's log-probabilities, bounded however sure NB is", () => {
    const f = nbInputs(Float64Array.from([1 - 1e-40, 1e-40]));
    expect(f[0] + f[1]).toBeCloseTo(0, 12);
    expect(f[0]).toBeCloseTo((0.1 * -Math.log(1e-12)) / 2, 6); // log(1e-40) floored at log(1e-12)
    expect(nbInputs(Float64Array.from([0.25, 0.25, 0.25, 0.25]))).toEqual(new Float64Array(4));
  });
});
