import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../scripts/lib/bundled-corpus';
import { normalizeWord } from '../arabic/normalize';
import { compileMatcher, findMentions } from '../match';
import { bundledCatalogue, parseCatalogue } from './load';
import { ENTITY_TYPES } from './types';

const { entities } = bundledCatalogue();
const matcher = compileMatcher(entities);
const passages = bundledCorpus().passages;


describe('bundled catalogue', () => {
  it('gives every entity a stable id of its type, both names and at least one Arabic form', () => {
    const prefixes: Record<string, string> = { person: 'person', organisation: 'org', country: 'country', place: 'place', event: 'event', topic: 'topic' };
    for (const entity of entities) {
      expect(ENTITY_TYPES).toContain(entity.type);
      expect(entity.id).toMatch(new RegExp(`^${prefixes[entity.type]}\\.[a-z0-9-]+$`, 'u'));
      expect(entity.forms.length, entity.id).toBeGreaterThan(0);
      expect(entity.aliasesEn?.length ?? 0, entity.id).toBeGreaterThan(0);
    }
  });

  it('has at least one passage in the bundled corpus for every entity (named in its text, heading or document title)', () => {
    const corpus = bundledCorpus();
    const named = new Set(
      passages.flatMap((passage) =>
        [passage.text, passage.heading ?? '', corpus.documentById.get(passage.documentId)!.source.title ?? ''].flatMap((text) =>
          findMentions(matcher, text).map((mention) => mention.id),
        ),
      ),
    );
    expect(entities.filter((entity) => !named.has(entity.id)).map((entity) => entity.id)).toEqual([]);
  });

  it('links only to entities it holds', () => {
    const ids = new Set(entities.map((entity) => entity.id));
    for (const entity of entities) for (const link of entity.links ?? []) expect(ids.has(link.id), `${entity.id} → ${link.id}`).toBe(true);
  });

  it('links every place to a country', () => {
    for (const entity of entities.filter((candidate) => candidate.type === 'place')) {
      const reachesCountry = (id: string, seen: Set<string>): boolean => {
        const current = entities.find((candidate) => candidate.id === id)!;
        if (current.type === 'country') return true;
        return (current.links ?? []).some((link) => !seen.has(link.id) && reachesCountry(link.id, new Set([...seen, link.id])));
      };
      expect(reachesCountry(entity.id, new Set([entity.id])), entity.id).toBe(true);
    }
  });

  it('never gives two entities the same surface form', () => {
    const owner = new Map<string, string>();
    for (const entity of entities) {
      for (const form of new Set([...entity.forms.map(normalizeWord), ...(entity.nisba ?? []).map((stem) => `nisba:${normalizeWord(stem)}`)])) {
        expect(owner.get(form) ?? entity.id, form).toBe(entity.id);
        owner.set(form, entity.id);
      }
    }
  });

  it('writes context rules for forms the entity has, each with a description and an example', () => {
    for (const entity of entities) {
      for (const rule of entity.context ?? []) {
        for (const form of rule.forms) expect([...entity.forms, ...(entity.nisba ?? [])], entity.id).toContain(form);
        expect(rule.description.length).toBeGreaterThan(10);
        expect(rule.example.length).toBeGreaterThan(5);
      }
    }
  });

  it('decides the ambiguous forms the corpus itself holds', () => {
    const diameter = passages.find((passage) => passage.text.includes('اتساع قطر دائرتها'))!;
    expect(findMentions(matcher, diameter.text).map((mention) => mention.id)).not.toContain('country.qatar');
  });
});

describe('parseCatalogue', () => {
  it('rejects malformed catalogues with the place of the fault', () => {
    expect(() => parseCatalogue({ version: 1, entities: [{ id: 'x', nameAr: 'س', nameEn: 'X', type: 'planet', forms: ['س'] }] })).toThrow(/entities\[0\]\.type/u);
    expect(() => parseCatalogue({ version: 1, entities: [{ id: 'x', nameAr: 'س', nameEn: 'X', type: 'place', forms: [''] }] })).toThrow(/forms\[0\]/u);
    expect(() => parseCatalogue({ entities: [] })).toThrow(/version/u);
  });

  it('rejects duplicate ids', () => {
    const entity = { id: 'x', nameAr: 'س', nameEn: 'X', type: 'place', forms: ['س'] };
    expect(() => parseCatalogue({ version: 1, entities: [entity, entity] })).toThrow(/duplicate/u);
  });
});
