import { describe, expect, it } from 'vitest';
import { MAX_LIMIT, MAX_POSITIONS, MAX_QUERY_LENGTH, isRequestError, parseContentCommand, parsePageRequest, parsePublishedMatcher, parseRequest } from './messages';

describe('parseRequest accepts well-formed requests, keeping only known fields', () => {
  it.each([
    [{ type: 'search', query: 'إيران' }, { type: 'search', query: 'إيران' }],
    [{ type: 'search', query: '', limit: 5, extra: true }, { type: 'search', query: '', limit: 5 }],
    [{ type: 'lookupEntity', entityId: 'country.iran' }, { type: 'lookupEntity', entityId: 'country.iran' }],
    [{ type: 'lookupEntity', entityId: 'country.iran', limit: MAX_LIMIT }, { type: 'lookupEntity', entityId: 'country.iran', limit: MAX_LIMIT }],
    [{ type: 'passage', passageId: 'doc#1' }, { type: 'passage', passageId: 'doc#1' }],
    [{ type: 'document', documentId: 'doc' }, { type: 'document', documentId: 'doc' }],
  ])('%j', (message, expected) => {
    expect(parseRequest(message)).toEqual(expected);
  });
});

describe('parseRequest rejects malformed messages with a reason, never throwing', () => {
  it.each([
    ['undefined', undefined, /object/],
    ['null', null, /object/],
    ['a string', 'search', /object/],
    ['an array', [{ type: 'search', query: 'x' }], /object/],
    ['no type', { query: 'x' }, /unknown request type/],
    ['unknown type', { type: 'deleteEverything' }, /unknown request type/],
    ['inherited property as type', { type: 'toString' }, /unknown request type/],
    ['query missing', { type: 'search' }, /query must be a string/],
    ['query a number', { type: 'search', query: 42 }, /query must be a string/],
    ['query too long', { type: 'search', query: 'ا'.repeat(MAX_QUERY_LENGTH + 1) }, /longer than/],
    ['limit zero', { type: 'search', query: 'x', limit: 0 }, /limit/],
    ['limit fractional', { type: 'search', query: 'x', limit: 2.5 }, /limit/],
    ['limit too big', { type: 'lookupEntity', entityId: 'a', limit: MAX_LIMIT + 1 }, /limit/],
    ['limit a string', { type: 'lookupEntity', entityId: 'a', limit: '5' }, /limit/],
    ['limit NaN', { type: 'search', query: 'x', limit: Number.NaN }, /limit/],
    ['entityId empty', { type: 'lookupEntity', entityId: '' }, /entityId/],
    ['entityId an object', { type: 'lookupEntity', entityId: { id: 'x' } }, /entityId/],
    ['passageId missing', { type: 'passage' }, /passageId/],
    ['documentId huge', { type: 'document', documentId: 'd'.repeat(1000) }, /documentId/],
  ])('%s', (_name, message, reason) => {
    const parsed = parseRequest(message);
    expect(isRequestError(parsed)).toBe(true);
    expect((parsed as { error: string }).error).toMatch(reason);
  });
});

describe('parsePageRequest', () => {
  it.each([
    [{ type: 'matcher' }, { type: 'matcher' }],
    [{ type: 'openReader', passageId: 'doc#1', extra: 1 }, { type: 'openReader', passageId: 'doc#1' }],
    [{ type: 'showEntity', entityId: 'org.hamas' }, { type: 'showEntity', entityId: 'org.hamas' }],
    [{ type: 'pageEntities', tabId: 7, url: 'x' }, { type: 'pageEntities', tabId: 7 }],
    [{ type: 'scrollToMention', tabId: 3, entityId: 'org.hamas', occurrence: 2 }, { type: 'scrollToMention', tabId: 3, entityId: 'org.hamas', occurrence: 2 }],
    [{ type: 'markFalseMatch', entityId: 'country.qatar', text: 'قطر', url: 'x' }, { type: 'markFalseMatch', entityId: 'country.qatar', text: 'قطر' }],
    [{ type: 'addPage', tabId: 4, url: 'x' }, { type: 'addPage', tabId: 4 }],
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
    { type: 'pageEntities' },
    { type: 'pageEntities', tabId: 1.5 },
    { type: 'markFalseMatch', entityId: 'country.qatar', text: '  ' },
    { type: 'markFalseMatch', entityId: 'country.qatar', text: 'ق'.repeat(201) },
    { type: 'markFalseMatch', text: 'قطر' },
    { type: 'addPage', tabId: '4' },
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
    expect(parseContentCommand({ type: 'readableText', extra: 1 })).toEqual({ type: 'readableText' });
    expect(parseContentCommand({ type: 'scrollToMention' })).toBeNull();
  });
});

describe('parsePublishedMatcher', () => {
  const rest = { entityTypes: { 'country.qatar': 'country' }, falseMatches: [{ url: 'https://a.example/', entityId: 'country.qatar', text: 'قطر' }] };

  it('accepts the matchers with the entity types and the turned-away mentions, keeping known fields only', () => {
    expect(parsePublishedMatcher({ serialized: 'x', ownSerialized: 'y', extra: 1, ...rest })).toEqual({ serialized: 'x', ownSerialized: 'y', ...rest });
    expect(parsePublishedMatcher({ serialized: 'x', ownSerialized: null, ...rest })).toEqual({ serialized: 'x', ownSerialized: null, ...rest });
    const dirty = { entityTypes: { 'country.qatar': 'country', '': 'x', 'org.x': 3 }, falseMatches: [rest.falseMatches[0], { url: 1 }, null, { ...rest.falseMatches[0], extra: true }] };
    expect(parsePublishedMatcher({ serialized: 'x', ownSerialized: null, ...dirty })).toEqual({ serialized: 'x', ownSerialized: null, entityTypes: rest.entityTypes, falseMatches: [rest.falseMatches[0], rest.falseMatches[0]] });
  });

  it('refuses an older version\'s value and anything malformed, so the content script asks the background', () => {
    for (const value of ['serialized', null, undefined, {}, { serialized: 'x' }, { serialized: 'x', ownSerialized: null }, { serialized: 1, ownSerialized: null, ...rest }, { serialized: 'x', ownSerialized: 1, ...rest }, { serialized: 'x', ownSerialized: ['y'], ...rest }, { serialized: 'x', ownSerialized: null, entityTypes: [], falseMatches: [] }]) {
      expect(parsePublishedMatcher(value)).toBeNull();
    }
  });
});
