import { describe, expect, it } from 'vitest';
import { BATCH_SEPARATOR, TextBatch } from './block-text';

/** Where each span of `words` (found in the batch text, in order) is placed: [block, start node, offset, end node, offset]. */
function placed(batch: TextBatch, spans: readonly [start: number, end: number][]): number[][] {
  const out: number[][] = [];
  batch.place(
    spans.length,
    spans.map(([start]) => start),
    spans.map(([, end]) => end),
    (index, block, startSegment, startOffset, endSegment, endOffset) => out.push([index, block, startSegment, startOffset, endSegment, endOffset]),
  );
  return out;
}

function batchOf(...blocks: string[][]): TextBatch {
  const batch = new TextBatch();
  for (const block of blocks) batch.addBlock(block);
  return batch;
}

describe('TextBatch', () => {
  const batch = batchOf(['حزب', ' الله', ' يقول'], ['زار ', 'طهران']);
  const text = batch.text();
  const span = (word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];

  it('joins a block’s segments, so that a name split by inline markup reads as one, and keeps blocks apart', () => {
    expect(text).toBe(`حزب الله يقول${BATCH_SEPARATOR}زار طهران${BATCH_SEPARATOR}`);
    expect(batch.length).toBe(text.length);
    expect(batch.blockCount).toBe(2);
  });

  it('maps a mention spanning two nodes to a start in one and an end in the other', () => {
    expect(placed(batch, [span('حزب الله')])).toEqual([[0, 0, 0, 0, 1, 5]]);
  });

  it('gives a start on a boundary to the next node and an end on a boundary to the previous one', () => {
    expect(placed(batch, [span('حزب'), span(' الله')])).toEqual([
      [0, 0, 0, 0, 0, 3],
      [1, 0, 1, 0, 1, 5],
    ]);
  });

  it('numbers nodes within their block, with offsets into the node', () => {
    expect(placed(batch, [span('يقول'), span('طهران')])).toEqual([
      [0, 0, 2, 1, 2, 5],
      [1, 1, 1, 0, 1, 5],
    ]);
    const [, , , startOffset] = placed(batch, [span('طهران')])[0]!;
    expect('طهران'.slice(startOffset)).toBe('طهران');
  });

  it('skips empty nodes at a boundary and blocks without text', () => {
    const withEmpty = batchOf([], ['ab', '', 'cd']);
    expect(withEmpty.text()).toBe(`${BATCH_SEPARATOR}abcd${BATCH_SEPARATOR}`);
    expect(placed(withEmpty, [[3, 5]])).toEqual([[0, 1, 2, 0, 2, 2]]);
    expect(placed(withEmpty, [[1, 3]])).toEqual([[0, 1, 0, 0, 0, 2]]);
  });

  it('drops a span that runs from one block into the next', () => {
    const across: [number, number] = [text.indexOf('يقول'), text.indexOf('زار') + 3];
    expect(placed(batch, [across, span('طهران')])).toEqual([[1, 1, 1, 0, 1, 5]]);
  });

  it('places overlapping spans sorted by start (a bundled and an own name over the same words)', () => {
    expect(placed(batch, [span('حزب الله'), span('حزب')])).toEqual([
      [0, 0, 0, 0, 1, 5],
      [1, 0, 0, 0, 0, 3],
    ]);
  });
});
