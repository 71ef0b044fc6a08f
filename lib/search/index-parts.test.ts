import { describe, expect, it } from 'vitest';
import { bundledCorpus, bundledInputs } from '../../scripts/lib/bundled-corpus';
import { bundledCatalogue } from '../catalogue/load';
import { boundedEditDistance } from './edit-distance';
import { catalogueRecogniser } from './recogniser';
import { SearchIndex } from './search-index';
import { snippetOf } from './snippet';
import { TokenIndex } from './token-index';
import { searchKey, tokenize } from './tokens';
import { PROCLITIC_RULES, QUERY_SUFFIXES, reducedQueryKeys, stemKey } from './variants';

const ENTITIES = bundledCatalogue().entities;

describe('clitic and suffix rules, each proven by its own example', () => {
  it.each(PROCLITIC_RULES.map((rule) => [rule.prefix, rule.example] as const))('%s: %s', (_prefix, example) => {
    const [word, stem] = example.split(' → ') as [string, string];
    expect(stemKey(word)).toBe(stem);
  });
  it.each(QUERY_SUFFIXES.map((rule) => [rule.suffix, rule.example] as const))('-%s: %s', (_suffix, example) => {
    const [word, reduced] = example.split(' → ') as [string, string];
    expect(reducedQueryKeys(word)).toContain(reduced);
  });
  it.each(['بين', 'كان', 'الله', 'فتح', 'ولي'])('keeps %s whole where stripping would leave too little', (word) => {
    expect(stemKey(word)).toBe(word);
  });
});

describe('search keys: lib/arabic\'s normal form, with Latin compatibility forms and lower case', () => {
  it.each([
    ['hamza seats and madda', 'الإسرائيلي أحمد آية ٱلقدس', 'الاسراييلي احمد ايه القدس'],
    ['alef maqsura', 'روحانى', 'روحاني'],
    ['taa marbuta', 'غزة', 'غزه'],
    ['hamza on waw and yaa', 'مؤتمر خامنئي', 'موتمر خامنيي'],
    ['Persian yaa and keheh', 'ایران ترکیا', 'ايران تركيا'],
    ['harakat and shadda', 'القدّومي لارِيجانِي', 'القدومي لاريجاني'],
    ['tatweel', 'إيـــران', 'ايران'],
    ['bidi and zero-width marks inside a word', 'إي\u200Fران حما\u200Dس \u202Bلاريجاني', 'ايران حماس لاريجاني'],
    ['presentation forms', '\uFEF9\uFEE3\uFE8E\uFEE5 \uFDF2', 'لامان الله'],
    ['Arabic-Indic and Persian digits', '٢٠١١ ۲۰۱۱', '2011 2011'],
    ['Latin capitals, accents and extended letters', 'HEZBOLLAH Türkiye Ẓarīf', 'hezbollah türkiye ẓarīf'],
    ['full-width Latin and ligatures, decomposed accents', 'ＺＡＲＩＦ ﬁle Te\u0301heran', 'zarif file téheran'],
  ])('%s: %s → %s', (_what, written, keys) => {
    expect(written.split(' ').map(searchKey).join(' ')).toBe(keys);
  });

  it('tokenises a word with marks inside it as one word and keeps its span as written', () => {
    const text = 'قال \u200Fإيـران\u200E اليوم';
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.key)).toEqual(['قال', 'ايران', 'اليوم']);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('إيـران');
  });
});

describe('boundedEditDistance', () => {
  it.each([
    ['اميركا', 'امريكا', 1],
    ['ظريف', 'ظريق', 1],
    ['ايران', 'ايران', 0],
    ['موريتانيا', 'موريتانبا', 1],
    ['حماس', 'حمس', 1],
    ['abc', 'xyz', 3],
  ])('%s ~ %s = %i', (a, b, distance) => {
    expect(boundedEditDistance(a, b, 3)).toBe(distance);
  });
  it('gives up past the bound', () => {
    expect(boundedEditDistance('الدبلوماسية', 'الاقتصادية', 2)).toBe(3);
  });
});

describe('TokenIndex', () => {
  it('survives JSON unchanged', () => {
    const index = new TokenIndex();
    index.add(0, ['والعلاقات', 'ايران']);
    index.add(3, ['ايران', 'ايران', 'طهران']);
    const restored = TokenIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(restored.postings('ايران')).toEqual([0, 1, 3, 2]);
    expect(restored.postings('علاقات')).toEqual([0, 1]);
    expect(restored.expand('ايرا', { approximate: true }).map((match) => match.term)).toEqual(['ايران']);
  });
  it('reaches a misspelt word only when nothing matches as written', () => {
    const index = new TokenIndex();
    index.add(0, ['ظريف', 'ظريفه']);
    expect(index.expand('ظريق', { approximate: true }).map((match) => match.via)).toEqual(['fuzzy']);
    expect(index.expand('ظريق', { approximate: false })).toEqual([]);
    expect(index.expand('ظريف', { approximate: true }).map((match) => match.via)).toEqual(['exact', 'prefix']);
  });
});

describe('snippetOf', () => {
  it('keeps a short text whole', () => {
    expect(snippetOf('نص قصير', [{ start: 0, end: 2 }])).toMatchObject({ text: 'نص قصير', start: 0, cutStart: false, cutEnd: false });
  });
  it('centres a long text on its highlight without splitting words', () => {
    const text = `${'كلمة '.repeat(100)}ظريف${' كلمة'.repeat(100)}`;
    const start = text.indexOf('ظريف');
    const snippet = snippetOf(text, [{ start, end: start + 4 }]);
    expect(snippet.cutStart && snippet.cutEnd).toBe(true);
    expect(snippet.text.startsWith('كلمة') && snippet.text.endsWith('كلمة')).toBe(true);
    expect(snippet.text.slice(snippet.highlights[0]!.start, snippet.highlights[0]!.end)).toBe('ظريف');
  });
});

describe('entity–passage index', () => {
  const index = SearchIndex.build(bundledCorpus(), ENTITIES, catalogueRecogniser(ENTITIES));

  it('lists an entity’s passages with the exact mention offsets', () => {
    const lookup = index.lookupEntity('person.ali-akbar-velayati')!;
    expect(lookup.total).toBe(3);
    for (const passage of lookup.passages) {
      const mentioned = passage.highlights.map(({ start, end }) => passage.text.slice(start, end));
      expect(mentioned).toHaveLength(1);
      expect(mentioned[0]).toMatch(/ولايتي$/u);
      expect(passage.entityIds).toContain('person.ali-akbar-velayati');
    }
  });

  it('relates entities by catalogue links and counted co-occurrence', () => {
    const related = index.lookupEntity('person.izzat-rishq')!.related;
    expect(related[0]).toEqual({ entityId: 'org.hamas', relation: 'member-of', sharedPassages: 3 });
    const tehran = related.find((entry) => entry.entityId === 'place.tehran')!;
    expect(tehran).toMatchObject({ relation: null });
    expect(tehran.sharedPassages).toBeGreaterThan(0);
    const iran = index.lookupEntity('country.iran')!.related;
    expect(iran.find((entry) => entry.entityId === 'place.tehran')!.relation).toBe('capital-of');
  });

  it('answers unknown ids with null', () => {
    expect(index.lookupEntity('person.nobody')).toBeNull();
    expect(index.passage('nope#1')).toBeNull();
    expect(index.document('nope')).toBeNull();
  });

  it('serves passages and documents by id', () => {
    expect(index.passage(`004_3f5c4176bb4162b4#7`)!.text).toContain('لاريجاني');
    const document = index.document('003_d4c994533f4cdb18')!;
    expect(document.passages).toHaveLength(10);
    expect(document.text.slice(document.passages[0]!.start, document.passages[0]!.end)).toBe(index.passage('003_d4c994533f4cdb18#1')!.text);
  });
});

describe('serialised index', () => {
  const built = SearchIndex.build(bundledCorpus(), ENTITIES, catalogueRecogniser(ENTITIES));
  const json = JSON.stringify(built.toJSON());
  const loaded = SearchIndex.fromJSON(JSON.parse(json), catalogueRecogniser(ENTITIES));

  it.each(['ايران', 'عرفات', 'Zarif طهران', 'افلاس الدبلوماسبة', 'فلسطين أون لاين'])('answers %s as the built index does', (query) => {
    const hits = built.search(query);
    expect(hits.length).toBeGreaterThan(0);
    expect(loaded.search(query)).toEqual(hits);
  });

  it('keeps the entity–passage index', () => {
    const iran = built.lookupEntity('country.iran');
    expect(iran!.total).toBeGreaterThan(0);
    expect(loaded.lookupEntity('country.iran')).toEqual(iran);
  });

  it('rejects data of another format', () => {
    expect(() => SearchIndex.fromJSON({ ...JSON.parse(json), version: 99 })).toThrow(/version/);
  });
});

describe('documents added at run time', () => {
  const [first, ...rest] = bundledInputs();
  const user = { id: 'user-1', text: 'زار وفد من حماس العاصمة الروسية موسكو والتقى لافروف.\n\nوتحدث لاريجاني عن التعاون.', source: { title: 'زيارة موسكو' } };

  it('are found as if built in, and the entity–passage index grows', () => {
    const grown = SearchIndex.build({ documents: [], passages: [] }, ENTITIES, catalogueRecogniser(ENTITIES));
    grown.addDocuments([first!]);
    grown.addDocuments([...rest, user]);
    const whole = SearchIndex.build(bundledCorpus(), ENTITIES, catalogueRecogniser(ENTITIES));
    const guards = whole.search('الحرس الثوري').map((hit) => hit.passageId);
    expect(guards.length).toBeGreaterThan(0);
    expect(grown.search('الحرس الثوري').map((hit) => hit.passageId)).toEqual(guards);
    expect(grown.search('لافروف موسكو')[0]!.passageId).toBe('user-1#1');
    expect(grown.search('زيارة موسكو')[0]!.documentId).toBe('user-1');
    expect(grown.lookupEntity('person.ali-larijani')!.passages.map((passage) => passage.passageId)).toEqual(['004_3f5c4176bb4162b4#7', 'user-1#2']);
  });

  it('refuse a document id already indexed', () => {
    const index = SearchIndex.build(bundledCorpus(), ENTITIES, catalogueRecogniser(ENTITIES));
    expect(() => index.addDocuments([first!])).toThrow(/already indexed/);
  });

  it('need a recogniser', () => {
    const loaded = SearchIndex.fromJSON(SearchIndex.build(bundledCorpus(), ENTITIES, catalogueRecogniser(ENTITIES)).toJSON());
    expect(() => loaded.addDocuments([user])).toThrow(/recogniser/);
  });
});
