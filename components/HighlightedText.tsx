import type { Span } from '@/lib/search/types';

export interface HighlightedTextProps {
  text: string;
  /** Offsets into `text`; may be unsorted, overlapping or out of range — they are cleaned here. */
  highlights?: readonly Span[];
  markClass?: string;
}

/**
 * Text with some spans wrapped in `<mark>`. Everything is rendered as text nodes: corpus and page text is never
 * parsed as HTML, whatever characters it holds.
 */
export function HighlightedText({ text, highlights = [], markClass = 'highlight' }: HighlightedTextProps) {
  const pieces: (string | preact.JSX.Element)[] = [];
  let cursor = 0;
  for (const span of cleanSpans(highlights, text.length)) {
    if (span.start > cursor) pieces.push(text.slice(cursor, span.start));
    pieces.push(
      <mark key={span.start} class={markClass}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  if (cursor < text.length) pieces.push(text.slice(cursor));
  return <>{pieces}</>;
}

/** Clipped to the text, empty spans dropped, sorted, overlapping or touching spans merged into one. */
export function cleanSpans(spans: readonly Span[], length: number): Span[] {
  const clipped = spans
    .map((span) => ({ start: Math.max(0, Math.min(span.start, length)), end: Math.max(0, Math.min(span.end, length)) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}
