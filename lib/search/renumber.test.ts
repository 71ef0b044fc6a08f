import { describe, expect, it } from 'vitest';
import { compact, renumbering } from './renumber';

describe('renumbering', () => {
  it('numbers the kept items densely in their order and gives the others -1', () => {
    expect([...renumbering(6, (item) => item !== 1 && item !== 4)]).toEqual([0, -1, 1, 2, -1, 3]);
    expect([...renumbering(3, () => false)]).toEqual([-1, -1, -1]);
  });
});

describe('compact', () => {
  it('moves each kept item to its new number and drops the rest, the removed last ones too', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    compact(items, renumbering(items.length, (item) => item !== 1 && item !== 4));
    expect(items).toEqual(['a', 'c', 'd']);
  });

  it('leaves nothing when nothing is kept', () => {
    const items = [1, 2, 3];
    compact(items, renumbering(items.length, () => false));
    expect(items).toEqual([]);
  });
});
