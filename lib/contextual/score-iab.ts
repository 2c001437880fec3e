/** IAB tier-1/tier-2 scoring from lexicon hits (title counts more, repeats fade). */
import { spanOf, type Analysis } from "./analyze";
import { RISK_CLASSES } from "./lexicon";
import { IAB_BY_ID, IAB_TIER1_BY_NAME } from "./taxonomy";
import type { Explanation, IabLabel } from "./types";

export type IabScores = {
  /** Raw evidence per tier-1 name (own cues + children). */
  tier1: Map<string, number>;
  /** Raw evidence per tier-2 id. */
  tier2: Map<string, number>;
  /** Per IAB id, best evidence spans. */
  spans: Map<string, { span: string; w: number }[]>;
  total: number;
};

export const TITLE_BOOST = 1.6;

export function repFactor(rep: number): number {
  return rep === 0 ? 1 : rep === 1 ? 0.5 : 0.25;
}

export function scoreIab(a: Analysis): IabScores {
  const tier1 = new Map<string, number>();
  const tier2 = new Map<string, number>();
  const spans = new Map<string, { span: string; w: number }[]>();
  let total = 0;
  const add = (id: string, w: number, span: string) => {
    const row = IAB_BY_ID.get(id);
    if (!row) return;
    tier1.set(row.tier1, (tier1.get(row.tier1) ?? 0) + w);
    if (row.tier === 2) tier2.set(id, (tier2.get(id) ?? 0) + w);
    total += w;
    let list = spans.get(id);
    if (!list) spans.set(id, (list = []));
    if (list.length < 4) list.push({ span, w });
  };
  for (const h of a.hits) {
    if (h.cue.k !== "iab") continue;
    const w = h.cue.w * repFactor(h.rep) * (h.inTitle ? TITLE_BOOST : 1);
    add(h.cue.id, w, spanOf(a, h));
  }
  // Literal risk cues are topic cues too: violence → Crime, war → War and Conflicts…
  for (const h of a.hits) {
    if (h.cue.k !== "risk" || h.cue.fig || h.negated || h.idiom) continue;
    const map = RISK_CLASSES[h.cue.cls]?.iab;
    if (!map) continue;
    const span = spanOf(a, h);
    for (const id in map) add(id, h.cue.w * map[id] * repFactor(h.rep) * (h.inTitle ? TITLE_BOOST : 1), span);
  }
  for (const h of a.idioms) {
    if (h.cue.k === "idiom" && h.cue.iab) add(h.cue.iab, 3 * (h.inTitle ? TITLE_BOOST : 1), spanOf(a, h));
  }
  return { tier1, tier2, spans, total };
}

function squash(x: number): number {
  return Math.round((x / (x + 4)) * 1000) / 1000;
}

/**
 * Best tier-1 categories, each followed by its best tier-2 children; best first by score.
 * `tier1Prob` (from the trained model) replaces the raw-evidence ranking when given.
 */
export function iabLabels(s: IabScores, tier1Prob?: Map<string, number>): { labels: IabLabel[]; explain: Explanation[] } {
  const t1: [string, number][] = tier1Prob
    ? [...tier1Prob.entries()]
    : [...s.tier1.entries()].map(([name, v]) => [name, squash(v)] as [string, number]);
  t1.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const labels: IabLabel[] = [];
  const explain: Explanation[] = [];
  if (!t1.length) return { labels, explain };
  const top = t1[0][1];
  t1.slice(0, 3).forEach(([name, score], i) => {
    if (i > 0 && (score < 0.4 * top || (s.tier1.get(name) ?? 0) < 1.5)) return;
    const row = IAB_TIER1_BY_NAME.get(name)!;
    const raw = s.tier1.get(name) ?? 0;
    labels.push({ id: row.id, name: row.name, tier1: row.name, score: round3(score) });
    const kids = [...s.tier2.entries()]
      .filter(([id]) => IAB_BY_ID.get(id)!.tier1 === name)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 2);
    for (const [id, kv] of kids) {
      if (kv < 2) continue;
      const kr = IAB_BY_ID.get(id)!;
      labels.push({ id, name: kr.name, tier1: name, score: round3(score * Math.min(1, kv / Math.max(raw, 1e-9))) });
    }
  });
  labels.sort((a, b) => b.score - a.score); // stable: a tier-1 stays before its equal-score child
  for (const l of labels) {
    const isTier1 = IAB_BY_ID.get(l.id)?.tier === 1;
    const ids = isTier1 ? [...s.spans.keys()].filter((id) => IAB_BY_ID.get(id)!.tier1 === l.tier1) : [l.id];
    const ev = ids.flatMap((id) => s.spans.get(id) ?? []).sort((a, b) => b.w - a.w).slice(0, 3);
    for (const e of ev) explain.push({ label: "iab", value: l.id, span: e.span, weight: round2(e.w), note: "lexicon: " + l.name });
    if (!ev.length) explain.push({ label: "iab", value: l.id, span: "", weight: l.score, note: "model" });
  }
  return { labels, explain };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
