import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../scripts/lib/bundled-corpus';
import { SearchIndex } from './search-index';
import { FIXTURE_ENTITIES, fixtureRecogniser } from './testing/fixture-catalogue';
import { foldWord } from './fold';

const corpus = bundledCorpus();
const index = SearchIndex.build(corpus, FIXTURE_ENTITIES, fixtureRecogniser());
const topIds = (query: string, limit = 10) => index.search(query, { limit }).map((hit) => hit.passageId);
const passageText = (id: string) => corpus.passageById.get(id)!.text;

const A = '000_85e5e6620baa6758';
const B = '001_5d52c3400be08642';
const C = '002_a44e1023c4a24cbc';
const D = '003_d4c994533f4cdb18';
const E = '004_3f5c4176bb4162b4';

/** Query → the passage that must rank first (or one of several equally right ones), and why. */
const FIRST_PASSAGE: { query: string; first: string | string[]; why: string }[] = [
  { query: 'لاريجاني', first: `${E}#7`, why: 'a name found once' },
  { query: 'علي لاريجاني', first: `${E}#7`, why: 'full name' },
  { query: 'ولاريجاني', first: `${E}#7`, why: 'name with the conjunction و' },
  { query: 'لارِيجانِي', first: `${E}#7`, why: 'name with harakat' },
  { query: 'لاريج', first: `${E}#7`, why: 'name typed half way' },
  { query: 'Larijani', first: `${E}#7`, why: 'English name' },
  { query: 'روحانى', first: `${E}#15`, why: 'alef maqsura for yaa' },
  { query: 'Rouhani', first: `${E}#15`, why: 'English name' },
  { query: 'مستشار المرشد الإيراني', first: `${E}#9`, why: 'phrase with a nisba' },
  { query: 'Velayati مستشار', first: `${E}#9`, why: 'mixed Latin and Arabic' },
  { query: 'Zarif طهران', first: `${E}#2`, why: 'English name and Arabic city: the passage with both' },
  { query: 'جواد ظريف', first: `${E}#2`, why: 'full name ranks the passage naming him in full first' },
  { query: 'ظريف', first: [`${E}#2`, `${E}#3`, `${E}#4`, `${E}#8`], why: 'a person mentioned in four passages' },
  { query: 'ظريق', first: [`${E}#2`, `${E}#3`, `${E}#4`, `${E}#8`], why: 'typo: ف → ق' },
  { query: 'Zarif', first: [`${E}#2`, `${E}#3`, `${E}#4`, `${E}#8`], why: 'English surname' },
  { query: 'عرفات', first: `${A}#7`, why: 'alias: the passage says «أبو عمار»' },
  { query: 'ابو عمار', first: `${A}#7`, why: 'kunya without hamza' },
  { query: 'Arafat', first: `${A}#7`, why: 'English name of an alias' },
  { query: 'حزب الله في لبنان', first: `${D}#2`, why: 'organisation and a place' },
  { query: 'Hezbollah', first: [`${D}#1`, `${D}#2`], why: 'English name' },
  { query: 'HEZBOLLAH', first: [`${D}#1`, `${D}#2`], why: 'capitals' },
  { query: 'Hezbollah لبنان', first: `${D}#2`, why: 'mixed scripts' },
  { query: 'كتائب القسام', first: `${D}#6`, why: 'organisation' },
  { query: 'Qassam Brigades', first: `${D}#6`, why: 'English name of an organisation' },
  { query: 'الحرس الثوري الإيراني', first: `${B}#1`, why: 'phrase with a nisba' },
  { query: 'الحرس الثورى الايرانى', first: `${B}#1`, why: 'the same without hamza and with alef maqsura' },
  { query: 'خالد القدّومي', first: [`${B}#1`, `${B}#2`], why: 'name with shadda, as in the text' },
  { query: 'الحكومة السورية', first: `${B}#9`, why: 'topic with taa marbuta' },
  { query: 'موقع المونيتور', first: `${B}#1`, why: 'outlet named in the text' },
  { query: 'Al-Monitor', first: `${B}#1`, why: 'English outlet name' },
  { query: 'صفقة القرن', first: `${D}#4`, why: 'topic' },
  { query: 'صفقه القرن', first: `${D}#4`, why: 'taa marbuta written as haa' },
  { query: 'جرحى مسيرات العودة', first: `${D}#8`, why: 'topic' },
  { query: 'غاز غزة', first: `${C}#2`, why: 'topic with a place' },
  { query: 'الفيتو الأمريكي', first: `${C}#8`, why: 'quoted word and a nisba' },
  { query: 'العملية الروسية العسكرية', first: `${C}#5`, why: 'nisba forms' },
  { query: 'Ukraine', first: `${C}#5`, why: 'English country name; the text has only «الأوكرانية» and «لأوكرانيا»' },
  { query: 'أميركا تقدم للاحتلال الدعم العسكري', first: `${C}#5`, why: 'أميركا finds أمريكا' },
  { query: 'إفلاس الدبلوماسية', first: `${C}#4`, why: 'topic' },
  { query: 'افلاس الدبلوماسبة', first: `${C}#4`, why: 'typo: ي → ب' },
  { query: 'موريتانيا', first: `${A}#2`, why: 'country in a list' },
  { query: 'موريتانبا', first: `${A}#2`, why: 'typo' },
  { query: 'المملكة الاردنية الهاشمية', first: `${A}#2`, why: 'without hamza' },
  { query: 'الشيخ احمد ياسين', first: `${A}#7`, why: 'person with title, no hamza' },
  { query: 'فتحي الشقاقي', first: `${A}#7`, why: 'person' },
  { query: 'سوريا قطر', first: `${E}#16`, why: 'two countries in one passage' },
  { query: 'في العام 2011', first: `${E}#16`, why: 'digits' },
  { query: '\u200Fإيران\u200E منذ مغادرة قادتها', first: `${E}#16`, why: 'bidi marks around a word' },
  { query: '\u202Bلاريجاني\u202C', first: `${E}#7`, why: 'embedding marks' },
  { query: 'إيـــران والشعب الفلسطيني المظلوم', first: `${E}#14`, why: 'tatweel' },
];

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
    expect(highlighted).toContain('الإسرائيلي');
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
    ['Tehran', 'city.tehran'],
  ])('%s → every %s passage before any other', (query, entityId) => {
    const hits = index.search(query, { limit: 50 });
    const mentions = hits.map((hit) => hit.entityIds.includes(entityId));
    expect(mentions[0]).toBe(true);
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
      const folded = foldWord(top.text.slice(span.start, span.end));
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
