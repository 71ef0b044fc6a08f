import { describe, expect, it } from 'vitest';
import { falseMatchKey, mentionFilter } from './mention-filter';

const entityTypes = { 'country.qatar': 'country', 'place.tehran': 'place', 'person.zarif': 'person' };
const ALL = { shownTypes: ['person', 'organisation', 'country', 'place', 'event', 'topic'] as const };

describe('mentionFilter', () => {
  it('keeps only the kinds of entity shown; an entity of unknown type stays', () => {
    const keep = mentionFilter({ entityTypes, falseMatches: [] }, { shownTypes: ['place'] }, 'https://news.example/a');
    expect(keep('place.tehran', 'طهران')).toBe(true);
    expect(keep('country.qatar', 'قطر')).toBe(false);
    expect(keep('person.zarif', 'ظريف')).toBe(false);
    expect(keep('own.unknown', 'اسم')).toBe(true);
  });

  it('drops a turned-away mention on its page only, whatever the fragment or the white space inside it', () => {
    const falseMatches = [{ url: 'https://news.example/a?id=1', entityId: 'country.qatar', text: 'قطر' }];
    const keep = mentionFilter({ entityTypes, falseMatches }, { shownTypes: [...ALL.shownTypes] }, 'https://news.example/a?id=1#comments');
    expect(keep('country.qatar', 'قطر')).toBe(false);
    expect(keep('country.qatar', 'بقطر')).toBe(true);
    expect(keep('place.tehran', 'قطر')).toBe(true);
    const elsewhere = mentionFilter({ entityTypes, falseMatches }, { shownTypes: [...ALL.shownTypes] }, 'https://news.example/a?id=2');
    expect(elsewhere('country.qatar', 'قطر')).toBe(true);
  });

  it('keeps every mention, of any entity, when every kind is shown and nothing was turned away', () => {
    const keep = mentionFilter({ entityTypes, falseMatches: [{ url: 'https://news.example/b', entityId: 'country.qatar', text: 'قطر' }] }, { shownTypes: [...ALL.shownTypes] }, 'https://news.example/a');
    for (const entityId of [...Object.keys(entityTypes), 'own.unknown']) expect(keep(entityId, 'قطر')).toBe(true);
  });

  it('drops what was turned away during this visit without being stored', () => {
    const keep = mentionFilter({ entityTypes, falseMatches: [] }, { shownTypes: [...ALL.shownTypes] }, 'https://news.example/a', new Set([falseMatchKey('person.zarif', 'جواد  ظريف')]));
    expect(keep('person.zarif', 'جواد ظريف')).toBe(false);
    expect(keep('person.zarif', 'ظريف')).toBe(true);
  });
});
