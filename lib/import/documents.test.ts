import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/corpus';
import { contentHash } from './content-hash';
import { createUserDocument, separateDuplicates, toDocumentInput } from './documents';

const TEXT = 'حماس ترحب بموقف طهران\nقال المتحدث باسم الحركة إن اللقاء كان إيجابياً. وأضاف أن الوفد سيعود قريباً.';
const origin = { kind: 'file', fileName: 'a.txt', encoding: 'utf-8' } as const;
const noSource = { title: null, outlet: null, url: null, date: null };

describe('user documents', () => {
  it('are split into passages with exact offsets, as bundled ones are, their title line read from the text', () => {
    const document = createUserDocument({ text: TEXT, source: noSource, origin }, 'x1', 0);
    const corpus = buildCorpus([toDocumentInput(document)]);
    expect(corpus.documents[0]!.source.title).toBe('حماس ترحب بموقف طهران');
    expect(corpus.passages.length).toBeGreaterThan(0);
    for (const passage of corpus.passages) expect(TEXT.slice(passage.start, passage.end)).toBe(passage.text);
    expect(corpus.passages[0]!.id).toBe('user.x1#1');
  });

  it('take the title, outlet, URL and date the user gave', () => {
    const source = { title: 'عنوان', outlet: 'الجزيرة', url: 'https://example.org/', date: '2024-01-02' };
    const corpus = buildCorpus([toDocumentInput(createUserDocument({ text: TEXT, source, origin }, 'x2', 0))]);
    expect(corpus.documents[0]!.source).toMatchObject({ ...source, titleDerived: false });
  });
});

describe('duplicate detection', () => {
  it('ignores differences in whitespace only', () => {
    expect(contentHash('حماس  ترحب\r\n')).toBe(contentHash('حماس ترحب'));
    expect(contentHash('حماس ترحب')).not.toBe(contentHash('حماس رحبت'));
  });

  it('finds duplicates of stored documents and within one batch', () => {
    const stored = [createUserDocument({ text: 'نص أول', source: { ...noSource, title: 'الأول' }, origin }, 's', 0)];
    const batch = [
      { text: 'نص  أول', source: noSource },
      { text: 'نص ثان', source: { ...noSource, title: 'الثاني' } },
      { text: 'نص ثان\n', source: noSource },
    ];
    const check = separateDuplicates(batch, stored);
    expect(check.fresh).toEqual([batch[1]]);
    expect(check.duplicates).toEqual([
      { item: batch[0], ofTitle: 'الأول' },
      { item: batch[2], ofTitle: 'الثاني' },
    ]);
  });
});
