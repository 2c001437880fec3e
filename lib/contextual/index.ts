/**
 * Offline, deterministic, explainable contextual classifier (IAB 3.1, tonality, GARM risk).
 * See lib/contextual/README.md for the design.
 */
import { classifyWithModel } from "./classify";
import { stripPageFurniture } from "./page-furniture";
import type { Classification, ClassifyInput } from "./types";

export { classifierVersion } from "./version";
export type * from "./types";

export function classifyArticle(input: ClassifyInput): Classification {
  return classifyWithModel(input.text ? { ...input, text: stripPageFurniture(input.text) } : input);
}
