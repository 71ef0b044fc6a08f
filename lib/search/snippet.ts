import type { Snippet, Span } from './types';

export const SNIPPET_LENGTH = 200;

/** Sorted, disjoint spans: overlapping or touching ones become one. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The window of about `length` characters holding the most highlighted text, widened to spaces so no word is
 * split, with the highlights that fall inside it (clipped) as offsets into the window.
 */
export function snippetOf(text: string, highlights: readonly Span[], length = SNIPPET_LENGTH): Snippet {
  if (text.length <= length) {
    return { text, start: 0, highlights: highlights.map((span) => ({ ...span })), cutStart: false, cutEnd: false };
  }
  let bestStart = 0;
  let bestCovered = -1;
  for (const anchor of highlights) {
    // Centre the window on each highlight in turn and keep the one covering most highlighted characters.
    const start = clamp(Math.round((anchor.start + anchor.end) / 2 - length / 2), 0, text.length - length);
    const covered = highlights.reduce((sum, span) => sum + Math.max(0, Math.min(span.end, start + length) - Math.max(span.start, start)), 0);
    if (covered > bestCovered) [bestStart, bestCovered] = [start, covered];
  }
  let start = bestStart;
  let end = bestStart + length;
  // Widen to whole words rather than narrow, so a highlight at the window's edge is never cut.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start - 1);
    start = space !== -1 && space >= start - length / 4 ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.indexOf(' ', end);
    end = space !== -1 && space <= end + length / 4 ? space : end;
  }
  const inside = highlights
    .filter((span) => span.end > start && span.start < end)
    .map((span) => ({ start: Math.max(span.start, start) - start, end: Math.min(span.end, end) - start }));
  return { text: text.slice(start, end), start, highlights: inside, cutStart: start > 0, cutEnd: end < text.length };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
