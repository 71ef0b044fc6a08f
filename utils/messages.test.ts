import { describe, expect, it } from 'vitest';
import { MAX_LIMIT, MAX_QUERY_LENGTH, isRequestError, parseRequest } from './messages';

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
