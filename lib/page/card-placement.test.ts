import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from './card-placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeCard', () => {
  it('goes below the word, right edges aligned in RTL', () => {
    const word = { left: 500, top: 100, width: 60, height: 24 };
    expect(placeCard(word, card, viewport)).toEqual({ left: 200, top: 130, below: true, maxHeight: 300 });
  });

  it('goes above a word near the bottom of the viewport', () => {
    const word = { left: 500, top: 700, width: 60, height: 24 };
    const placed = placeCard(word, card, viewport);
    expect(placed.below).toBe(false);
    expect(placed.top + placed.maxHeight).toBeLessThanOrEqual(word.top);
  });

  it('stays inside the viewport next to its left and right edges', () => {
    expect(placeCard({ left: 10, top: 100, width: 40, height: 20 }, card, viewport).left).toBe(8);
    expect(placeCard({ left: 980, top: 100, width: 40, height: 20 }, card, viewport, 'ltr').left).toBe(1000 - 8 - 360);
  });

  it('never covers the word, whatever the viewport', () => {
    for (const top of [0, 50, 250, 390, 400, 560, 770]) {
      for (const height of [20, 200, 500, 900]) {
        const word = { left: 300, top, width: 80, height: 24 };
        const placed = placeCard(word, { width: 360, height }, viewport);
        const cardBox = { left: placed.left, top: placed.top, width: 360, height: placed.maxHeight };
        expect(overlaps(word, cardBox), `word at ${top}, card of ${height}`).toBe(false);
        expect(placed.top).toBeGreaterThanOrEqual(0);
        expect(placed.top + placed.maxHeight).toBeLessThanOrEqual(viewport.height);
      }
    }
  });
});
