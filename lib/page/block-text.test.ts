import { describe, expect, it } from 'vitest';
import { joinBatch, joinSegments, locate, splitBatch } from './block-text';

describe('joinSegments / locate', () => {
  const block = joinSegments(['حزب', ' الله', ' يقول']);

  it('joins the segments so that a name split by inline markup reads as one', () => {
    expect(block.text).toBe('حزب الله يقول');
    expect(block.text.indexOf('حزب الله')).toBe(0);
  });

  it.each([
    { offset: 0, edge: 'start', expected: { segment: 0, offset: 0 }, why: 'the first character' },
    { offset: 3, edge: 'start', expected: { segment: 1, offset: 0 }, why: 'a start on a boundary opens the next node' },
    { offset: 3, edge: 'end', expected: { segment: 0, offset: 3 }, why: 'an end on a boundary closes the previous node' },
    { offset: 8, edge: 'end', expected: { segment: 1, offset: 5 }, why: 'the end of «حزب الله»' },
    { offset: 13, edge: 'end', expected: { segment: 2, offset: 5 }, why: 'the end of the block' },
    { offset: 10, edge: 'start', expected: { segment: 2, offset: 2 }, why: 'inside the last node' },
  ] as const)('$why', ({ offset, edge, expected }) => {
    expect(locate(block, offset, edge)).toEqual(expected);
  });

  it('maps a mention spanning two nodes to a start in one and an end in the other', () => {
    const start = locate(block, 0, 'start');
    const end = locate(block, 'حزب الله'.length, 'end');
    expect([start.segment, end.segment]).toEqual([0, 1]);
  });

  it('skips empty nodes at a boundary', () => {
    const withEmpty = joinSegments(['ab', '', 'cd']);
    expect(locate(withEmpty, 2, 'start')).toEqual({ segment: 2, offset: 0 });
    expect(locate(withEmpty, 2, 'end')).toEqual({ segment: 0, offset: 2 });
  });

  it('handles a block of one segment and an empty block', () => {
    expect(locate(joinSegments(['abc']), 2, 'start')).toEqual({ segment: 0, offset: 2 });
    expect(locate(joinSegments([]), 0, 'start')).toEqual({ segment: 0, offset: 0 });
  });
});

describe('joinBatch / splitBatch', () => {
  const texts = ['زار حزب', 'الله طهران', '', 'حماس'];
  const batch = joinBatch(texts);
  const find = (word: string, from = 0) => {
    const start = batch.text.indexOf(word, from);
    return { start, end: start + word.length, word };
  };

  it('gives every span back to its own text, with offsets into that text', () => {
    const spans = [find('حزب'), find('طهران'), find('حماس')];
    expect(splitBatch(batch, spans).map((list) => list.map(({ start, end }) => [start, end]))).toEqual([[[4, 7]], [[5, 10]], [], [[0, 4]]]);
    splitBatch(batch, spans).forEach((list, index) => list.forEach((span) => expect(texts[index]!.slice(span.start, span.end)).toBe(span.word)));
  });

  it('keeps the texts apart, so a name cannot run from one block into the next', () => {
    expect(batch.text).not.toContain('حزب الله');
    const across = { start: batch.text.indexOf('حزب'), end: batch.text.indexOf('الله') + 4 };
    expect(splitBatch(batch, [across]).flat()).toEqual([]);
  });
});
