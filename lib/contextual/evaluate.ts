/** Evaluation metrics for the classifier and the keyword-blocklist baseline (pure). */
import { RISK_TIERS, TONALITIES, type RiskTier, type Tonality } from "./types";

export type LabelledItem = {
  id: string;
  lang?: string;
  section?: string;
  title: string;
  text: string;
  tonality: Tonality;
  risk: RiskTier;
  garm: string[];
  iab: string[];
  iab_tier1: string;
  trap?: boolean;
  split?: string;
};

export type Prediction = { tonality: Tonality; risk: RiskTier; iabTier1: string | null; lang: string; blocked: boolean };

export type ClassReport = { accuracy: number; perClass: Record<string, { precision: number; recall: number; support: number }>; confusion: Record<string, Record<string, number>> };

export function classReport<L extends string>(labels: readonly L[], gold: L[], pred: L[]): ClassReport {
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of labels) confusion[g] = Object.fromEntries(labels.map((p) => [p, 0]));
  let ok = 0;
  gold.forEach((g, i) => {
    confusion[g][pred[i]]++;
    if (g === pred[i]) ok++;
  });
  const perClass: ClassReport["perClass"] = {};
  for (const l of labels) {
    const tp = confusion[l][l];
    const predicted = labels.reduce((s, g) => s + confusion[g][l], 0);
    const support = labels.reduce((s, p) => s + confusion[l][p], 0);
    perClass[l] = { precision: predicted ? tp / predicted : 0, recall: support ? tp / support : 0, support };
  }
  return { accuracy: gold.length ? ok / gold.length : 0, perClass, confusion };
}

const RISKY = new Set<RiskTier>(["medium", "high", "floor"]);

export type EvalSummary = {
  n: number;
  tonality: ClassReport;
  risk: ClassReport;
  riskyRecall: number;
  riskyPrecision: number;
  trapFalseBlock: number;
  safeBlockRate: number;
  iabTier1Accuracy: number;
  langAccuracy: number;
  baseline: { riskyRecall: number; riskyPrecision: number; trapFalseBlock: number; safeBlockRate: number; binaryAccuracy: number };
  binaryAccuracy: number;
  traps: number;
  risky: number;
};

function rate(num: number, den: number): number {
  return den ? num / den : 0;
}

export function summarise(items: LabelledItem[], preds: Prediction[]): EvalSummary {
  const tonality = classReport(TONALITIES, items.map((i) => i.tonality), preds.map((p) => p.tonality));
  const risk = classReport(RISK_TIERS, items.map((i) => i.risk), preds.map((p) => p.risk));
  let risky = 0, riskyHit = 0, predRisky = 0, predRiskyOk = 0, traps = 0, trapBlocked = 0, safe = 0, safeBlocked = 0;
  let bRiskyHit = 0, bBlocked = 0, bBlockedOk = 0, bTrapBlocked = 0, bSafeBlocked = 0, iabOk = 0, langOk = 0, binOk = 0, bBinOk = 0;
  items.forEach((it, i) => {
    const p = preds[i];
    const goldRisky = RISKY.has(it.risk);
    const predIsRisky = RISKY.has(p.risk);
    if (goldRisky) risky++;
    if (goldRisky && predIsRisky) riskyHit++;
    if (predIsRisky) predRisky++;
    if (predIsRisky && goldRisky) predRiskyOk++;
    if (goldRisky === predIsRisky) binOk++;
    if (goldRisky === p.blocked) bBinOk++;
    if (it.trap) {
      traps++;
      if (predIsRisky) trapBlocked++;
      if (p.blocked) bTrapBlocked++;
    }
    if (it.risk === "none") {
      safe++;
      if (predIsRisky) safeBlocked++;
      if (p.blocked) bSafeBlocked++;
    }
    if (p.blocked) {
      bBlocked++;
      if (goldRisky) bBlockedOk++;
      if (goldRisky) bRiskyHit++;
    }
    if (p.iabTier1 === it.iab_tier1) iabOk++;
    if (!it.lang || p.lang === it.lang) langOk++;
  });
  return {
    n: items.length,
    tonality,
    risk,
    riskyRecall: rate(riskyHit, risky),
    riskyPrecision: rate(predRiskyOk, predRisky),
    trapFalseBlock: rate(trapBlocked, traps),
    safeBlockRate: rate(safeBlocked, safe),
    iabTier1Accuracy: rate(iabOk, items.length),
    langAccuracy: rate(langOk, items.length),
    binaryAccuracy: rate(binOk, items.length),
    baseline: {
      riskyRecall: rate(bRiskyHit, risky),
      riskyPrecision: rate(bBlockedOk, bBlocked),
      trapFalseBlock: rate(bTrapBlocked, traps),
      safeBlockRate: rate(bSafeBlocked, safe),
      binaryAccuracy: rate(bBinOk, items.length),
    },
    traps,
    risky,
  };
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(6) + "%";
}

function formatReport(title: string, labels: readonly string[], r: ClassReport): string[] {
  const w = 12;
  const lines = [`${title}: accuracy ${r.accuracy.toFixed(3)}`, `  ${"class".padEnd(w)} precision  recall  support`];
  for (const l of labels) {
    const c = r.perClass[l];
    lines.push(`  ${l.padEnd(w)} ${c.precision.toFixed(3).padStart(9)} ${c.recall.toFixed(3).padStart(7)} ${String(c.support).padStart(8)}`);
  }
  lines.push(`  confusion (rows = gold, columns = predicted)`);
  lines.push(`  ${"".padEnd(w)}${labels.map((l) => l.slice(0, 8).padStart(9)).join("")}`);
  for (const g of labels) lines.push(`  ${g.padEnd(w)}${labels.map((p) => String(r.confusion[g][p]).padStart(9)).join("")}`);
  return lines;
}

export function formatSummary(s: EvalSummary, label: string): string {
  const lines = [`== ${label}: ${s.n} items (${s.risky} risky, ${s.traps} traps)`, ""];
  lines.push(...formatReport("tonality", TONALITIES, s.tonality), "");
  lines.push(...formatReport("risk", RISK_TIERS, s.risk), "");
  const row = (name: string, a: string, b: string) => `  ${name.padEnd(34)}${a.padStart(12)}${b.padStart(14)}`;
  lines.push("side by side", row("metric", "classifier", "blocklist"));
  lines.push(row("tonality accuracy", s.tonality.accuracy.toFixed(3), "n/a"));
  lines.push(row("risk accuracy (5 tiers)", s.risk.accuracy.toFixed(3), "n/a"));
  lines.push(row("risky vs safe accuracy", s.binaryAccuracy.toFixed(3), s.baseline.binaryAccuracy.toFixed(3)));
  lines.push(row("risky recall (medium+)", pct(s.riskyRecall), pct(s.baseline.riskyRecall)));
  lines.push(row("risky precision", pct(s.riskyPrecision), pct(s.baseline.riskyPrecision)));
  lines.push(row("trap false-block rate", pct(s.trapFalseBlock), pct(s.baseline.trapFalseBlock)));
  lines.push(row("'none' items blocked", pct(s.safeBlockRate), pct(s.baseline.safeBlockRate)));
  lines.push(row("IAB tier-1 accuracy", s.iabTier1Accuracy.toFixed(3), "n/a"));
  lines.push(row("language accuracy", s.langAccuracy.toFixed(3), "n/a"));
  return lines.join("\n");
}
