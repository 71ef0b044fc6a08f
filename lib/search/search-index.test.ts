import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../scripts/lib/bundled-corpus';
import { bundledCatalogue } from '../catalogue/load';
import { catalogueRecogniser } from './recogniser';
import { SearchIndex } from './search-index';
import { C, E, FIRST_PASSAGE } from './testing/dev-queries';
import { searchKey } from './tokens';

const ENTITIES = bundledCatalogue().entities;
const corpus = bundledCorpus();
const index = SearchIndex.build(corpus, ENTITIES, catalogueRecogniser(ENTITIES));
const topIds = (query: string, limit = 10) => index.search(query, { limit }).map((hit) => hit.passageId);
const passageText = (id: string) => corpus.passageById.get(id)!.text;

describe('search: the expected passage ranks first', () => {
  it.each(FIRST_PASSAGE)('$query ($why)', ({ query, first }) => {
    const [top] = topIds(query);
    expect(Array.isArray(first) ? first : [first]).toContain(top);
  });

  it('has at least 40 queries of its own', () => {
    expect(FIRST_PASSAGE.length).toBeGreaterThanOrEqual(40);
  });
});

describe('search: one spelling finds what another does', () => {
  it.each([
    [['ايران', 'إيران', 'إيرانْ', 'إيـران', '\u200Fإيران']],
    [['الاسرائيلي', 'الإسرائيلي', 'الإسرائيلى']],
    [['القدومي', 'القدّومي', 'القدومى']],
    [['حركة المقاومة الإسلامية', 'حركه المقاومه الاسلاميه']],
  ])('%j', (spellings) => {
    const [reference, ...others] = spellings.map((spelling) => topIds(spelling));
    expect(reference!.length).toBeGreaterThan(0);
    for (const other of others) expect(other).toEqual(reference);
  });

  it('الاسرائيلي highlights الإسرائيلي in the first result', () => {
    const [top] = index.search('الاسرائيلي');
    const highlighted = top!.highlights.map(({ start, end }) => top!.text.slice(start, end));
    expect(highlighted.some((text) => text.includes('الإسرائيلي'))).toBe(true);
  });

  it('أميركا finds the passage that writes أمريكا', () => {
    expect(topIds('أميركا', 5)).toContain(`${C}#5`);
  });
});

describe('search: a query naming an entity ranks its passages first', () => {
  it.each([
    ['عرفات', 'person.yasser-arafat'],
    ['حماس', 'org.hamas'],
    ['الإيرانية', 'country.iran'],
    ['Tehran', 'place.tehran'],
  ])('%s → every %s passage before any other', (query, entityId) => {
    const hits = index.search(query, { limit: 50 });
    const mentions = hits.map((hit) => hit.entityIds.includes(entityId));
    expect(mentions[0]).toBe(true);
    expect(mentions.filter(Boolean)).toHaveLength(index.lookupEntity(entityId)!.total);
    expect(mentions.indexOf(false) === -1 || mentions.lastIndexOf(true) < mentions.indexOf(false)).toBe(true);
  });
});

describe('search: edge cases', () => {
  it.each(['', '   ', '\n\t ', '\u200F', '،؛.!'])('%j returns no results', (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it('finds a passage inside a 5,000-character paste quickly', () => {
    const filler = 'كلمات أخرى لا علاقة لها بالموضوع تتكرر هنا ';
    const paste = `${filler.repeat(40)}${passageText(`${C}#5`)}${filler.repeat(200)}`.slice(0, 5000);
    expect(paste.length).toBe(5000);
    const started = performance.now();
    const [top] = topIds(paste);
    expect(top).toBe(`${C}#5`);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('finds the document a 5,000-character paste of its text comes from', () => {
    const paste = corpus.documentById.get(C)!.text.slice(1000, 6000);
    expect(index.search(paste)[0]!.documentId).toBe(C);
  });

  it('matches a document title and outlet', () => {
    expect(index.search('فلسطين أون لاين')[0]!.documentId).toBe(C);
    expect(index.search('وكالة قدس نت')[0]!.documentId).toBe(E);
  });

  it('honours the limit', () => {
    expect(topIds('حماس', 3)).toHaveLength(3);
    expect(topIds('حماس', 0)).toEqual([]);
  });
});

describe('search results', () => {
  const hits = index.search('ظريف الجمهورية الإسلامية الإيرانية');

  it('score in 0..1, best first', () => {
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) {
      expect(hit.score).toBeGreaterThan(0);
      expect(hit.score).toBeLessThanOrEqual(1);
    }
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('highlights are sorted, disjoint offsets into the passage text, on words the query names', () => {
    const roots = ['ظريف', 'جمهوري', 'اسلامي', 'ايران'];
    const top = hits[0]!;
    expect(top.highlights.length).toBeGreaterThan(1);
    top.highlights.forEach((span, position) => {
      expect(span.end).toBeGreaterThan(span.start);
      if (position > 0) expect(span.start).toBeGreaterThan(top.highlights[position - 1]!.end);
      const folded = searchKey(top.text.slice(span.start, span.end));
      expect(roots.some((root) => folded.includes(root))).toBe(true);
    });
  });

  it('the snippet maps back to the passage text', () => {
    for (const hit of hits) {
      const { snippet } = hit;
      expect(hit.text.slice(snippet.start, snippet.start + snippet.text.length)).toBe(snippet.text);
      for (const span of snippet.highlights) {
        const inPassage = hit.highlights.find((whole) => whole.start <= snippet.start + span.start && whole.end >= snippet.start + span.end);
        expect(inPassage).toBeDefined();
      }
    }
  });

  it('carries the document title and source', () => {
    const top = index.search('لاريجاني')[0]!;
    expect(top.source.title).toBe('“حماس“: اتفقنا مع إيران على فتح صفحة جديدة في العلاقات');
    expect(top.source.outlet).toBe('وكالة قدس نت للأنباء');
    expect(top.source.date).toBeNull();
  });
});
