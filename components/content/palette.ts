import type { RiskTier, Tonality } from "@/lib/contextual/types";

/** One colour per label value, shared by badges and charts so a colour means the same thing everywhere. */
export const TONALITY_COLORS: Record<Tonality, string> = {
  optimistic: "#10b981",
  neutral: "#94a3b8",
  pessimistic: "#f59e0b",
  anxious: "#e11d48",
};

export const RISK_COLORS: Record<RiskTier, string> = {
  none: "#cbd5e1",
  low: "#38bdf8",
  medium: "#f59e0b",
  high: "#ea580c",
  floor: "#9f1239",
};

export const TONALITY_BADGE: Record<Tonality, string> = {
  optimistic: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
  pessimistic: "bg-amber-50 text-amber-800 ring-amber-200",
  anxious: "bg-rose-50 text-rose-700 ring-rose-200",
};

export const RISK_BADGE: Record<RiskTier, string> = {
  none: "bg-white text-slate-600 ring-slate-200",
  low: "bg-sky-50 text-sky-700 ring-sky-200",
  medium: "bg-amber-50 text-amber-800 ring-amber-200",
  high: "bg-orange-100 text-orange-800 ring-orange-300",
  floor: "bg-rose-700 text-white ring-rose-800",
};
