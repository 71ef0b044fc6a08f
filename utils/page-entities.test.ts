import { describe, expect, it } from 'vitest';
import { mergePageReports } from './page-entities';

const report = (frameId: number, url: string, entityCounts: Record<string, number>) => ({ tabId: 4, frameId, url, hasArabic: true, entityCounts, time: 0 });

describe('mergePageReports', () => {
  it('adds up the counts of every frame and takes the address from the top frame', () => {
    const merged = mergePageReports([report(7, 'https://frame.example/', { 'country.iran': 2, 'org.hamas': 1 }), report(0, 'https://news.example/a', { 'country.iran': 3 })]);
    expect(merged.url).toBe('https://news.example/a');
    expect([...merged.counts]).toEqual([
      ['country.iran', 5],
      ['org.hamas', 1],
    ]);
  });

  it('knows no address and no entities when nothing reported', () => {
    const merged = mergePageReports([]);
    expect(merged.url).toBeNull();
    expect(merged.counts.size).toBe(0);
  });
});
