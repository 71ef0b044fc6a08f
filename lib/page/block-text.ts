/**
 * Several blocks' texts as one string for one search. A block's text is its text nodes' data side by side, so
 * that a name split by inline markup (`<b>حزب</b> الله`) is found in one search; each block is followed by a
 * separator no name can span. Every offset found in the string is traced back to the block, the node and the
 * offset it came from. Pure: segments are plain strings; the caller keeps the nodes in the same order.
 *
 * A search has a fixed cost besides its per-character one, so reading a page paragraph by paragraph would pay
 * it thousands of times. The batch's text is joined once, straight from the nodes' data.
 */

/** A NUL is neither letter nor space to the recogniser: it ends a word and breaks a multi-word name. */
export const BATCH_SEPARATOR = '\u0000';

/** Where a span lies, for `TextBatch.place`: segments are numbered within their block. */
export type PlaceSpan = (index: number, block: number, startSegment: number, startOffset: number, endSegment: number, endOffset: number) => void;

export class TextBatch {
  private readonly parts: string[] = [];
  /** Where each segment begins in the text. */
  private readonly segmentStarts: number[] = [];
  /** Where each segment begins in its node (not 0 for a window of a long block). */
  private readonly segmentBases: number[] = [];
  /** Each block's first segment, then the number of segments. */
  private readonly blockSegments: number[] = [0];
  /** Where each block's separator stands. */
  private readonly blockEnds: number[] = [];
  /** Characters in the text so far, separators included. */
  length = 0;

  /** Adds a block: its segments (its text nodes' data, or from `bases` on in each node), in order. */
  addBlock(segments: readonly string[], bases?: readonly number[]): void {
    segments.forEach((segment, index) => {
      this.segmentStarts.push(this.length);
      this.segmentBases.push(bases?.[index] ?? 0);
      this.parts.push(segment);
      this.length += segment.length;
    });
    this.blockEnds.push(this.length);
    this.parts.push(BATCH_SEPARATOR);
    this.length += BATCH_SEPARATOR.length;
    this.blockSegments.push(this.segmentStarts.length);
  }

  text(): string {
    return this.parts.join('');
  }

  /**
   * Hands each of `count` spans, sorted by start, to `onSpan` with the block it lies in and the segment and offset
   * of each end; a span reaching past its block is dropped. A boundary between two segments belongs to the later
   * one for a start and to the earlier one for an end, so that a range never begins or ends on an empty stretch
   * of the wrong node.
   */
  place(count: number, starts: ArrayLike<number>, ends: ArrayLike<number>, onSpan: PlaceSpan): void {
    const { segmentStarts, segmentBases, blockSegments, blockEnds } = this;
    let block = 0;
    let segment = 0;
    for (let index = 0; index < count; index++) {
      const start = starts[index]!;
      const end = ends[index]!;
      while (block < blockEnds.length && start >= blockEnds[block]!) block++;
      if (block === blockEnds.length) return;
      if (end > blockEnds[block]!) continue;
      const first = blockSegments[block]!;
      const last = blockSegments[block + 1]! - 1;
      if (segment < first) segment = first;
      while (segment < last && segmentStarts[segment + 1]! <= start) segment++;
      let endSegment = segment;
      while (endSegment < last && segmentStarts[endSegment + 1]! < end) endSegment++;
      onSpan(
        index,
        block,
        segment - first,
        start - segmentStarts[segment]! + segmentBases[segment]!,
        endSegment - first,
        end - segmentStarts[endSegment]! + segmentBases[endSegment]!,
      );
    }
  }
}

/** A stretch of a long block: parts of its nodes' data, each with its node's number and where it starts in it. */
export interface BlockWindow {
  segments: string[];
  nodes: number[];
  bases: number[];
}

/** Punctuation ends a word and breaks a multi-word name for the recogniser, and context rules do not read past it. */
const BREAK = /[.!?؟،؛:;…]/u;

/**
 * A block's segments in windows of at most about `limit` characters, each searched on its own (one at a time,
 * so a plain-text file of a megabyte does not hold the page for one long search). A window ends after
 * punctuation where the second half of the window has any, so no name or context is cut; else after a space.
 */
export function blockWindows(segments: readonly string[], limit: number): BlockWindow[] {
  const text = segments.join('');
  const starts: number[] = [];
  let length = 0;
  for (const segment of segments) {
    starts.push(length);
    length += segment.length;
  }
  const windows: BlockWindow[] = [];
  // Windows move forward: each looks at the nodes from the first one its start has not passed.
  let firstNode = 0;
  for (let from = 0; from < text.length; ) {
    const to = from + limit >= text.length ? text.length : cutBefore(text, from, from + limit);
    const window: BlockWindow = { segments: [], nodes: [], bases: [] };
    while (firstNode < segments.length && starts[firstNode]! + segments[firstNode]!.length <= from) firstNode++;
    for (let node = firstNode; node < segments.length && starts[node]! < to; node++) {
      const begin = Math.max(from, starts[node]!);
      const end = Math.min(to, starts[node]! + segments[node]!.length);
      if (begin >= end) continue;
      window.segments.push(segments[node]!.slice(begin - starts[node]!, end - starts[node]!));
      window.nodes.push(node);
      window.bases.push(begin - starts[node]!);
    }
    windows.push(window);
    from = to;
  }
  return windows;
}

/** Where to end a window that may reach `limit`: after the last punctuation, or space, in its second half. */
function cutBefore(text: string, from: number, limit: number): number {
  const half = from + ((limit - from) >> 1);
  for (let index = limit - 1; index >= half; index--) if (BREAK.test(text[index]!)) return index + 1;
  for (let index = limit - 1; index >= half; index--) if (/\s/u.test(text[index]!)) return index + 1;
  return limit;
}
