import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCorpus, bundledInputs, CORPUS_DIR } from '../../scripts/lib/bundled-corpus';
import { buildCorpus } from './corpus';
import { parseDocument } from './document';

const corpus = bundledCorpus();

describe('bundled corpus', () => {
  it('holds the five bundled articles, each file copied byte for byte', () => {
    expect(corpus.documents).toHaveLength(5);
    for (const input of bundledInputs()) {
      const original = readFileSync(join(CORPUS_DIR, '../../../shared/corpus', `${input.id}.txt`), 'utf8');
      expect(input.text).toBe(original);
    }
  });

  it('gives every passage exact offsets into its document, in order, without overlap', () => {
    for (const { id: documentId, text } of corpus.documents) {
      const passages = corpus.passages.filter((passage) => passage.documentId === documentId);
      passages.forEach((passage, index) => {
        expect(passage.id).toBe(`${documentId}#${index + 1}`);
        expect(passage.text).toBe(text.slice(passage.start, passage.end));
        expect(passage.text).toBe(passage.text.trim());
        if (index > 0) expect(passage.start).toBeGreaterThanOrEqual(passages[index - 1]!.end);
      });
    }
    expect(corpus.passages.length).toBeGreaterThan(40);
  });

  it('keeps boilerplate, source lines, titles and mastheads out of passages', () => {
    const all = corpus.passages.map((passage) => passage.text).join('\n');
    expect(all).not.toMatch(/اقرأ أيضًا|اخترنا لك|المصدر:/u);
    for (const document of corpus.documents) {
      if (document.source.titleDerived) continue;
      expect(all).not.toContain(document.source.title);
    }
    expect(all).not.toContain('فلسطين أون لاين');
  });

  it('states each source fact exactly as the text does, and null where it says nothing', () => {
    const sources = Object.fromEntries(corpus.documents.map((document) => [document.id.slice(0, 3), document.source]));
    expect(sources['000']).toMatchObject({ titleDerived: true, outlet: null, dateline: null, date: null });
    expect(sources['000']!.title).toBe('تخطو حركة المقاومة الإسلامية حماس خطًى واسعة وكبيرة…');
    expect(sources['001']).toMatchObject({ title: 'حماس: مرحلة جديدة للعلاقات مع إيران ولا حديث عن وساطة مع دمشق', outlet: null, mentionedOutlet: 'موقع المونيتور' });
    expect(sources['002']).toMatchObject({ title: 'العلاقات بين حماس وروسيا.. أسباب وأهداف', outlet: 'فلسطين أون لاين', dateline: null });
    expect(sources['003']).toMatchObject({ title: 'العلاقات الدولية محور المقاومة', outlet: null });
    expect(sources['004']).toMatchObject({ title: '“حماس“: اتفقنا مع إيران على فتح صفحة جديدة في العلاقات', outlet: 'وكالة قدس نت للأنباء', dateline: 'طهران' });
    for (const document of corpus.documents) {
      expect(document.source.date).toBeNull();
      const lines = document.text.split('\n').map((line) => line.trim());
      if (!document.source.titleDerived) expect(lines).toContain(document.source.title);
      if (document.source.outlet) expect(document.text).toContain(document.source.outlet);
      if (document.source.dateline) expect(document.text).toContain(document.source.dateline);
      if (document.source.mentionedOutlet) expect(document.text).toContain(document.source.mentionedOutlet);
    }
  });

  it('reads the same title and source line from the text alone as the manifest states', () => {
    for (const input of bundledInputs()) {
      const fromText = parseDocument(input.id, input.text).document.source;
      const stated = corpus.documentById.get(input.id)!.source;
      if (stated.dateline) expect(fromText.dateline).toBe(stated.dateline);
      if (input.id.startsWith('004')) expect(fromText.outlet).toBe(stated.outlet);
      if (input.id.startsWith('001') || input.id.startsWith('003') || input.id.startsWith('004')) {
        expect(fromText.title).toBe(stated.title);
      }
    }
  });

  it('keeps section headings as the heading of the passages under them', () => {
    const politics = corpus.passages.find((passage) => passage.text.startsWith('دعم مسيرات العودة.'));
    expect(politics?.heading).toBe('منجزات العلاقة مع إيران والمحور › سياسياً');
    const media = corpus.passages.find((passage) => passage.text.includes('التغطية الإعلامية الواسعة'));
    expect(media?.heading).toBe('إعلامياً');
  });
});

describe('parseDocument', () => {
  it('splits at Arabic and Latin sentence ends, including one glued to the next word', () => {
    const text = 'زار الوفد طهران. هل التقى ظريف؟ نعم! ثم عاد.وتحدث الرشق عن القدس';
    const { passages } = parseDocument('t', text, { title: null });
    expect(passages).toHaveLength(2);
    expect(passages[0]!.text).toBe('زار الوفد طهران. هل التقى ظريف؟ نعم!');
    expect(passages[1]!.text).toBe('ثم عاد.وتحدث الرشق عن القدس');
  });

  it('keeps a decimal number inside its sentence', () => {
    const { passages } = parseDocument('t', 'بلغ الدعم 3.5 مليون دولار. ثم توقف.', { title: null });
    expect(passages).toHaveLength(1);
    expect(passages[0]!.text).toBe('بلغ الدعم 3.5 مليون دولار. ثم توقف.');
  });

  it('cuts a sentence over 600 characters at a clause boundary, never mid-word', () => {
    const clause = 'وتعمل الحركة على تقوية العلاقات مع الدول العربية والإسلامية';
    const text = Array.from({ length: 14 }, () => clause).join('، ') + '.';
    const { passages } = parseDocument('t', text, { title: null });
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(600);
      expect(text.slice(passage.start, passage.end)).toBe(passage.text);
    }
    expect(passages.map((passage) => passage.text).join(' ')).toBe(text);
  });

  it('takes a short unpunctuated first line as the title when none is known, and a source line as metadata', () => {
    const text = 'وفد حماس في طهران\n\nاجتمع الوفد مع ظريف.\nاقرأ أيضًا: حماس وإيران\nالمصدر: غزة - وكالة الأنباء -';
    const { document, passages } = parseDocument('t', text);
    expect(document.source).toMatchObject({ title: 'وفد حماس في طهران', titleDerived: false, dateline: 'غزة', outlet: 'وكالة الأنباء' });
    expect(passages.map((passage) => passage.text)).toEqual(['اجتمع الوفد مع ظريف.']);
  });

  it('derives a title from the first words, marked as derived, when the text has none', () => {
    const { document } = parseDocument('t', 'تخطو حركة المقاومة الإسلامية حماس خطًى واسعة وكبيرة وواثقة ومهمة.', { title: null });
    expect(document.source).toMatchObject({ title: 'تخطو حركة المقاومة الإسلامية حماس خطًى واسعة وكبيرة…', titleDerived: true });
  });

  it('yields no passages, and no crash, for empty or furniture-only text', () => {
    expect(parseDocument('t', '').passages).toEqual([]);
    expect(parseDocument('t', '\n\n  \nاخترنا لك\n').passages).toEqual([]);
    expect(buildCorpus([]).passages).toEqual([]);
  });
});
