/**
 * A block's text as one string built from its text nodes, so that a name split by inline markup
 * (`<b>حزب</b> الله`) is found in one search, and every offset in that string can be traced back to the node it
 * came from. Pure: segments are plain strings; the caller keeps the nodes in the same order.
 */
export interface BlockText {
  text: string;
  /** `starts[i]` is where segment `i` begins in `text`; one extra entry holds `text.length`. */
  starts: Uint32Array;
}

/** A point inside one segment: `segment` indexes the caller's node list, `offset` is into that node's text. */
export interface SegmentPoint {
  segment: number;
  offset: number;
}

export function joinSegments(segments: readonly string[]): BlockText {
  const starts = new Uint32Array(segments.length + 1);
  let length = 0;
  for (let index = 0; index < segments.length; index++) {
    starts[index] = length;
    length += segments[index]!.length;
  }
  starts[segments.length] = length;
  return { text: segments.join(''), starts };
}

/**
 * Where a block offset falls. A boundary between two segments belongs to the later one for a start and to the
 * earlier one for an end, so that a range never begins or ends on an empty stretch of the wrong node.
 */
export function locate(block: BlockText, offset: number, edge: 'start' | 'end'): SegmentPoint {
  const { starts } = block;
  const last = starts.length - 2;
  if (last < 0) return { segment: 0, offset: 0 };
  // The last segment whose start is below the offset (for an end) or at or below it (for a start).
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    const start = starts[middle]!;
    if (edge === 'start' ? start <= offset : start < offset) low = middle;
    else high = middle - 1;
  }
  return { segment: low, offset: offset - starts[low]! };
}

/**
 * Several blocks' texts as one string for one search, each followed by a separator that no name can span (a
 * NUL is neither letter nor space to the recogniser: it ends a word and breaks a multi-word name). A search has a
 * fixed cost besides its per-character one, so reading a page paragraph by paragraph would pay it thousands of times.
 */
export const BATCH_SEPARATOR = '\u0000';

export function joinBatch(texts: readonly string[]): BlockText {
  const starts = new Uint32Array(texts.length + 1);
  let length = 0;
  for (let index = 0; index < texts.length; index++) {
    starts[index] = length;
    length += texts[index]!.length + BATCH_SEPARATOR.length;
  }
  starts[texts.length] = length;
  return { text: texts.join(BATCH_SEPARATOR) + BATCH_SEPARATOR, starts };
}

/** Hands each span back to the text it was found in, with offsets into that text; a span across texts is dropped. */
export function splitBatch<T extends { start: number; end: number }>(batch: BlockText, spans: readonly T[]): T[][] {
  const perText: T[][] = Array.from({ length: batch.starts.length - 1 }, () => []);
  for (const span of spans) {
    const { segment, offset } = locate(batch, span.start, 'start');
    const textEnd = batch.starts[segment + 1]! - BATCH_SEPARATOR.length;
    if (span.end > textEnd) continue;
    perText[segment]!.push({ ...span, start: offset, end: offset + (span.end - span.start) });
  }
  return perText;
}
