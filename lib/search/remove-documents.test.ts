import { describe, expect, it } from 'vitest';
import { bundledInputs } from '../../scripts/lib/bundled-corpus';
import { bundledCatalogue } from '../catalogue/load';
import { buildCorpus, type DocumentInput } from '../corpus/corpus';
import { EntityPassageIndex } from './entity-index';
import { catalogueRecogniser } from './recogniser';
import { SearchIndex, type SerialisedSearchIndex } from './search-index';
import { D, FIRST_PASSAGE } from './testing/dev-queries';
import { TokenIndex } from './token-index';

const ENTITIES = bundledCatalogue().entities;
const recognise = catalogueRecogniser(ENTITIES);
const inputs = bundledInputs();
const build = (documents: readonly DocumentInput[]) => SearchIndex.build(buildCorpus(documents), ENTITIES, recognise);
const QUERIES = [...FIRST_PASSAGE.map((entry) => entry.query), 'Hezbollah', 'حزب اللة', 'المقاومه', 'بيروت لبنان', 'كتائب'];

/** The serialised index with its vocabulary in a fixed order: removal may leave terms in another insertion order. */
function normalised(index: SearchIndex): Omit<SerialisedSearchIndex, 'passageTokens' | 'mentions'> & { terms: [string, number[]][]; lengths: number[]; mentions: unknown } {
  const { passageTokens, mentions, ...rest } = index.toJSON();
  const terms = passageTokens.terms.map((term, position): [string, number[]] => [term, passageTokens.postings[position]!]).sort(([a], [b]) => (a < b ? -1 : 1));
  const entityIds = mentions.entityIds;
  const named = mentions.mentions.map((flat) => flat.map((value, position) => (position % 3 === 0 ? entityIds[value] : value)));
  return { ...rest, terms, lengths: passageTokens.lengths, mentions: named };
}

describe('removing a document', () => {
  const withoutD = inputs.filter((input) => input.id !== D);

  it('leaves the index as if the document had never been added', () => {
    const index = build(inputs);
    expect(index.search('Hezbollah')[0]!.documentId).toBe(D);
    expect(index.lookupEntity('org.hezbollah')!.passages.some((passage) => passage.documentId === D)).toBe(true);

    expect(index.removeDocuments([D])).toEqual([D]);
    const fresh = build(withoutD);
    for (const query of QUERIES) expect(index.search(query, { limit: 20 }), query).toEqual(fresh.search(query, { limit: 20 }));
    for (const entity of ENTITIES) expect(index.lookupEntity(entity.id, 50), entity.id).toEqual(fresh.lookupEntity(entity.id, 50));
    expect(index.stats()).toEqual(fresh.stats());
    expect(normalised(index)).toEqual(normalised(fresh));
  });

  it('answers its passages and the document itself with null, and its words and entities with nothing of it', () => {
    const index = build(inputs);
    const passageIds = index.document(D)!.passages.map((passage) => passage.id);
    expect(passageIds.length).toBeGreaterThan(0);
    index.removeDocuments([D]);
    expect(index.document(D)).toBeNull();
    for (const id of passageIds) expect(index.passage(id)).toBeNull();
    for (const query of QUERIES) expect(index.search(query, { limit: 50 }).filter((hit) => hit.documentId === D), query).toEqual([]);
    for (const entity of ENTITIES) {
      const lookup = index.lookupEntity(entity.id, 1000)!;
      expect(lookup.passages.filter((passage) => passage.documentId === D)).toEqual([]);
      expect(lookup.total).toBe(lookup.passages.length);
    }
  });

  it('lets the same id be added again, found as before', () => {
    const index = build(inputs);
    const before = { hezbollah: index.lookupEntity('org.hezbollah')!.total, document: index.document(D), top: index.search('كتائب القسام')[0]!.passageId };
    index.removeDocuments([D]);
    index.addDocuments(inputs.filter((input) => input.id === D));
    expect(index.lookupEntity('org.hezbollah')!.total).toBe(before.hezbollah);
    expect(index.document(D)).toEqual(before.document);
    expect(index.search('كتائب القسام')[0]!.passageId).toBe(before.top);
    expect(index.stats()).toEqual(build(inputs).stats());
  });

  it('and adding it back with another source shows the new source only', () => {
    const index = build(inputs);
    const edited = { ...inputs.find((input) => input.id === D)!, source: { title: 'عنوان مختلف تماما', outlet: 'جريدة التجربة' } };
    index.removeDocuments([D]);
    index.addDocuments([edited]);
    expect(index.document(D)!.source).toMatchObject({ title: 'عنوان مختلف تماما', outlet: 'جريدة التجربة' });
    expect(index.passage(`${D}#2`)!.source.outlet).toBe('جريدة التجربة');
    expect(index.search('جريدة التجربة')[0]!.documentId).toBe(D);
  });

  it('ignores ids it does not hold', () => {
    const index = build(inputs);
    const before = normalised(index);
    expect(index.removeDocuments(['nope'])).toEqual([]);
    expect(normalised(index)).toEqual(before);
  });

  it('removes several at once, first and last included', () => {
    const index = build(inputs);
    const [first, ...others] = inputs;
    const last = others.pop()!;
    expect(index.removeDocuments([last.id, first!.id]).sort()).toEqual([first!.id, last.id].sort());
    expect(normalised(index)).toEqual(normalised(build(others)));
  });
});

describe('renumbering', () => {
  it('drops a token index\'s removed items and the terms only they held, and keeps the rest in order', () => {
    const index = new TokenIndex();
    index.add(0, ['ايران', 'طهران']);
    index.add(1, ['ايران', 'موسكو', 'موسكو']);
    index.add(2, ['ايران', 'بيروت', 'بيروت', 'بيروت']);
    index.renumber(Int32Array.from([0, -1, 1]));
    expect(index.postings('ايران')).toEqual([0, 1, 1, 1]);
    expect(index.postings('بيروت')).toEqual([1, 3]);
    expect(index.has('موسكو')).toBe(false);
    expect(index.expand('موسك', { approximate: true })).toEqual([]);
    expect(index.lengths).toEqual([2, 4]);
    index.add(2, ['موسكو']);
    expect(index.expand('موسك', { approximate: true }).map((match) => match.term)).toEqual(['موسكو']);
  });

  it('drops an entity index\'s removed passages and the entities only they mentioned', () => {
    const index = new EntityPassageIndex();
    index.add(0, [{ id: 'a', start: 0, end: 1 }]);
    index.add(1, [{ id: 'b', start: 2, end: 3 }, { id: 'a', start: 5, end: 6 }]);
    index.add(2, [{ id: 'c', start: 0, end: 1 }]);
    index.renumber(Int32Array.from([-1, 0, -1]));
    expect(index.occurrences('a')).toEqual([{ passage: 0, mentions: [{ start: 5, end: 6 }] }]);
    expect(index.occurrences('c')).toEqual([]);
    expect(index.entitiesIn(0)).toEqual(['b', 'a']);
    expect(index.entitiesIn(1)).toEqual([]);
    expect(index.toJSON()).toEqual({ entityIds: ['a', 'b'], mentions: [[1, 2, 3, 0, 5, 6]] });
  });
});
