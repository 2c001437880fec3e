import type { Explanation } from "@/lib/contextual/types";

/*
 * Explanations name the spans that drove a label ("attentat", "troisième mi-temps"), not
 * their offsets: find them in the displayed text (case-insensitive, whole words) so the
 * console can mark them. Overlaps keep the longer span, then the stronger one.
 */

export type TextSegment = { text: string; marks: Explanation[] };

export function highlightSpans(text: string, explanations: Explanation[]): TextSegment[] {
  const hits: { start: number; end: number; marks: Explanation[] }[] = [];
  const bySpan = new Map<string, Explanation[]>();
  for (const e of explanations) {
    const span = e.span.trim();
    if (span.length < 2) continue;
    const key = span.toLocaleLowerCase("fr");
    bySpan.set(key, [...(bySpan.get(key) ?? []), e]);
  }
  for (const [span, marks] of bySpan) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(span)}(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(pattern)) hits.push({ start: m.index, end: m.index + m[0].length, marks });
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || strength(b.marks) - strength(a.marks));

  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const hit of hits) {
    if (hit.start < cursor) continue;
    if (hit.start > cursor) segments.push({ text: text.slice(cursor, hit.start), marks: [] });
    segments.push({ text: text.slice(hit.start, hit.end), marks: hit.marks });
    cursor = hit.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marks: [] });
  return segments;
}

function strength(marks: Explanation[]): number {
  return Math.max(...marks.map((m) => Math.abs(m.weight)));
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
