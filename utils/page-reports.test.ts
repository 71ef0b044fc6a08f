import { describe, expect, it } from 'vitest';
import { PageReports, type PageReport } from './page-reports';

const report = (overrides: Partial<PageReport>): PageReport => ({
  tabId: 1,
  frameId: 0,
  url: 'https://example.org/a',
  hasArabic: true,
  entityCounts: {},
  time: 0,
  ...overrides,
});

describe('PageReports', () => {
  it('keeps the latest report of each frame of a tab', () => {
    const reports = new PageReports();
    reports.record(report({ entityCounts: { 'country.iran': 1 } }));
    reports.record(report({ frameId: 3, url: 'https://example.org/frame' }));
    reports.record(report({ entityCounts: { 'country.iran': 2 } }));
    expect(reports.forTab(1).map((r) => [r.frameId, r.entityCounts])).toEqual([
      [0, { 'country.iran': 2 }],
      [3, {}],
    ]);
  });

  it('forgets a tab’s frames when its top document navigates, and everything when it closes', () => {
    const reports = new PageReports();
    reports.record(report({ frameId: 3 }));
    reports.record(report({}));
    reports.record(report({ url: 'https://example.org/b' }));
    expect(reports.forTab(1).map((r) => r.url)).toEqual(['https://example.org/b']);
    reports.forget(1);
    expect(reports.forTab(1)).toEqual([]);
  });
});
