import { describe, expect, it } from 'vitest';
import type { MentionSpans } from '../match';
import { mergeSpans } from './mention-spans';

function spans(...list: [start: number, end: number, id: string][]): MentionSpans {
  return { count: list.length, start: Int32Array.from(list, ([start]) => start), end: Int32Array.from(list, ([, end]) => end), id: list.map(([, , id]) => id) };
}

describe('mergeSpans', () => {
  it('sorts two searches’ spans by start, the first search’s first at equal starts, and tells which came from the second', () => {
    const bundled = spans([0, 3, 'org.hamas'], [10, 15, 'city.tehran']);
    const own = spans([0, 9, 'own.hamas-office'], [4, 6, 'own.x'], [20, 24, 'own.y']);
    const merged = mergeSpans(bundled, own);
    expect(Array.from({ length: merged.count }, (_, index) => [merged.start[index], merged.end[index], merged.id[index], merged.second[index]])).toEqual([
      [0, 3, 'org.hamas', 0],
      [0, 9, 'own.hamas-office', 1],
      [4, 6, 'own.x', 1],
      [10, 15, 'city.tehran', 0],
      [20, 24, 'own.y', 1],
    ]);
  });

  it('keeps either list whole when the other is empty', () => {
    expect(mergeSpans(spans(), spans([1, 2, 'a'])).second).toEqual(Uint8Array.from([1]));
    expect(mergeSpans(spans([1, 2, 'a']), spans()).id).toEqual(['a']);
  });
});
