import { describe, expect, it } from 'vitest';
import { BATCH_SEPARATOR, blockWindows, TextBatch } from './block-text';

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

describe('blockWindows', () => {
  const sentence = 'زار وفد حماس طهران. ';
  const nodes = [sentence.repeat(30), 'التقى حزب ', 'الله، ثم عاد. ', sentence.repeat(30)];
  const windows = blockWindows(nodes, 200);

  it('covers the block’s text exactly once, in order, in windows of at most the limit', () => {
    expect(windows.map((window) => window.segments.join('')).join('')).toBe(nodes.join(''));
    for (const window of windows) expect(window.segments.join('').length).toBeLessThanOrEqual(200);
    expect(windows.length).toBeGreaterThan(5);
  });

  it('ends windows after punctuation, so no name is cut in two', () => {
    for (const window of windows.slice(0, -1)) expect(window.segments.join('').trimEnd()).toMatch(/[.،]$/u);
    expect(windows.some((window) => window.segments.join('').includes('حزب الله'))).toBe(true);
  });

  it('says which node each part comes from and where in it the part starts', () => {
    for (const window of windows) {
      window.segments.forEach((segment, index) => {
        const node = nodes[window.nodes[index]!]!;
        expect(node.slice(window.bases[index]!, window.bases[index]! + segment.length)).toBe(segment);
      });
    }
  });

  it('cuts after a space when there is no punctuation, and hard at the limit when there is no space', () => {
    expect(blockWindows(['كلمة '.repeat(100)], 52).every((window) => window.segments.join('').endsWith(' '))).toBe(true);
    expect(blockWindows(['ب'.repeat(100)], 40).map((window) => window.segments.join('').length)).toEqual([40, 40, 20]);
  });

  it('gives offsets into the node when a window starts inside it', () => {
    const batch = new TextBatch();
    const [, second] = blockWindows(['حماس '.repeat(50)], 100);
    batch.addBlock(second!.segments, second!.bases);
    const placedAt: number[] = [];
    batch.place(1, [0], [4], (_index, _block, _startSegment, startOffset) => placedAt.push(startOffset));
    expect(placedAt).toEqual([second!.bases[0]]);
    expect(second!.bases[0]).toBeGreaterThan(0);
  });
});

