import { describe, expect, it } from 'vitest';
import { MAX_POSITIONS, parseContentCommand, parsePageRequest } from './page-messages';

describe('parsePageRequest', () => {
  it.each([
    [{ type: 'matcher' }, { type: 'matcher' }],
    [{ type: 'openReader', passageId: 'doc#1', extra: 1 }, { type: 'openReader', passageId: 'doc#1' }],
    [{ type: 'showEntity', entityId: 'org.hamas' }, { type: 'showEntity', entityId: 'org.hamas' }],
    [{ type: 'scrollToMention', tabId: 3, entityId: 'org.hamas', occurrence: 2 }, { type: 'scrollToMention', tabId: 3, entityId: 'org.hamas', occurrence: 2 }],
  ])('accepts %j', (message, expected) => {
    expect(parsePageRequest(message)).toEqual(expected);
  });

  it.each([
    null,
    'matcher',
    { type: 'unknown' },
    { type: 'openReader', passageId: '' },
    { type: 'showEntity', entityId: 'x'.repeat(201) },
    { type: 'scrollToMention', tabId: '3', entityId: 'org.hamas' },
    { type: 'scrollToMention', tabId: 3, entityId: 'org.hamas', occurrence: -1 },
    { type: 'reportPage', hasArabic: 'yes', entityCounts: {}, positions: {} },
  ])('rejects %j', (message) => {
    expect(parsePageRequest(message)).toBeNull();
  });

  it('keeps only well-formed counts and at most MAX_POSITIONS positions per entity', () => {
    const positions = Array.from({ length: MAX_POSITIONS + 5 }, (_, index) => index * 10);
    const parsed = parsePageRequest({ type: 'reportPage', hasArabic: true, entityCounts: { a: 2, b: -1, c: 1.5 }, positions: { a: [...positions, 'x'] } });
    expect(parsed).toEqual({ type: 'reportPage', hasArabic: true, entityCounts: { a: 2 }, positions: { a: positions.slice(0, MAX_POSITIONS) } });
  });
});

describe('parseContentCommand', () => {
  it('reads scrollToMention with occurrence 0 by default, and describeCard', () => {
    expect(parseContentCommand({ type: 'scrollToMention', entityId: 'org.hamas' })).toEqual({ type: 'scrollToMention', entityId: 'org.hamas', occurrence: 0 });
    expect(parseContentCommand({ type: 'describeCard' })).toEqual({ type: 'describeCard' });
    expect(parseContentCommand({ type: 'scrollToMention' })).toBeNull();
  });
});
