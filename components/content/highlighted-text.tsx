"use client";

import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import type { TextSegment } from "@/lib/content/highlight";
import type { Explanation, RiskTier, Tonality } from "@/lib/contextual/types";
import { useExplainNote } from "./explain-notes";

/** Mark style by what the span drove most: risk/GARM red, tonality by value, IAB indigo; discounted spans dashed. */
function markClass(marks: Explanation[]): string {
  const strongest = [...marks].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))[0];
  if (marks.every((m) => m.weight < 0)) return "bg-slate-100 decoration-slate-400 decoration-dashed underline underline-offset-4";
  switch (strongest.label) {
    case "risk":
    case "garm":
      // A de-escalating cue ("maîtrisé", "sans victime") pulls the risk down: not red.
      return strongest.value === "none" ? "bg-emerald-50 text-emerald-900" : "bg-rose-100 text-rose-900";
    case "tonality":
      return strongest.value === "optimistic" ? "bg-emerald-100 text-emerald-900" : strongest.value === "neutral" ? "bg-slate-100" : "bg-amber-100 text-amber-900";
    default:
      return "bg-indigo-50 text-indigo-900 decoration-indigo-300 underline underline-offset-4";
  }
}

export function HighlightedText({ segments, className, testId }: { segments: TextSegment[]; className?: string; testId?: string }) {
  const t = useTranslations("content.detail");
  const tc = useTranslations("content");
  const explainNote = useExplainNote();
  // Tonality and risk values read in the console's language; IAB and GARM ids stay as given.
  const valueLabel = (m: Explanation) =>
    m.label === "tonality" ? tc(`tonality.${m.value as Tonality}`) : m.label === "risk" ? tc(`risk.${m.value as RiskTier}`) : m.value;
  return (
    <span className={className} data-testid={testId}>
      {segments.map((s, i) =>
        s.marks.length === 0 ? (
          <span key={i}>{s.text}</span>
        ) : (
          <mark
            key={i}
            data-testid="content-highlight"
            className={cx("rounded px-0.5", markClass(s.marks))}
            title={s.marks
              .map((m) => `${t(`explainLabel.${m.label}`)} → ${valueLabel(m)}${m.note ? ` (${explainNote(m.note)})` : ""}${m.weight < 0 ? ` · ${t("discounted")}` : ""}`)
              .join("\n")}
          >
            {s.text}
          </mark>
        ),
      )}
    </span>
  );
}
