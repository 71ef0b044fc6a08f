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
  /** Each block's first segment, then the number of segments. */
  private readonly blockSegments: number[] = [0];
  /** Where each block's separator stands. */
  private readonly blockEnds: number[] = [];
  /** Characters in the text so far, separators included. */
  length = 0;

  get blockCount(): number {
    return this.blockEnds.length;
  }

  /** Adds a block: its segments (its text nodes' data), in order. */
  addBlock(segments: readonly string[]): void {
    for (const segment of segments) {
      this.segmentStarts.push(this.length);
      this.parts.push(segment);
      this.length += segment.length;
    }
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
    const { segmentStarts, blockSegments, blockEnds } = this;
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
      onSpan(index, block, segment - first, start - segmentStarts[segment]!, endSegment - first, end - segmentStarts[endSegment]!);
    }
  }
}
