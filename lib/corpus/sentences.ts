export interface Span {
  start: number;
  end: number;
}

/**
 * A sentence ends at . ؟ ? ! … (or a run of them), with any closing quotes or brackets, when white space,
 * the end of the line or an Arabic letter follows: «الفلسطيني.وتحدث» is two sentences, «3.5» is one.
 */
const SENTENCE_END = /[.؟?!…]+["'”“»)\]]*(?=\s|$|[\u0621-\u064A])/gu;
const CLAUSE_BREAK = /[،؛;]/gu;

/** Sentences longer than this are split at a clause boundary (، ؛) so a passage stays readable. */
export const MAX_SENTENCE_LENGTH = 600;

export function sentenceSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const line = text.slice(start, end);
  let from = 0;
  for (const match of line.matchAll(SENTENCE_END)) {
    const to = match.index + match[0].length;
    pushTrimmed(text, start + from, start + to, spans);
    from = to;
  }
  pushTrimmed(text, start + from, end, spans);
  return spans.flatMap((span) => splitLongSentence(text, span));
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) into.push({ start, end });
}

/** Splits at the clause break nearest the middle of what is left, until every piece fits. */
export function splitLongSentence(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SENTENCE_LENGTH) return [span];
  const sentence = text.slice(span.start, span.end);
  const middle = sentence.length / 2;
  let best = -1;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const cut = match.index + 1;
    if (best === -1 || Math.abs(cut - middle) < Math.abs(best - middle)) best = cut;
  }
  if (best === -1) return [span];
  const pieces: Span[] = [];
  pushTrimmed(text, span.start, span.start + best, pieces);
  pushTrimmed(text, span.start + best, span.end, pieces);
  if (pieces.length < 2) return [span];
  return pieces.flatMap((piece) => splitLongSentence(text, piece));
}
