/**
 * Worker thread of the trainer's cross-validation (train-classifier.ts): receives the examples
 * once, then trains and scores one fold per message. Folds are independent and deterministic, so
 * running them in parallel gives the same numbers as running them in turn.
 */
import { parentPort, workerData } from "node:worker_threads";
import { runFold, type FoldData, type FoldJob } from "../lib/contextual/train";

const data = workerData as FoldData;
parentPort!.on("message", (job: FoldJob) => parentPort!.postMessage(runFold(data, job)));
