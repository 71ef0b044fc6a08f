// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENT_TEXT, fakeCorpus } from '../test-support/fake-corpus';
import { keyT, mount } from '../test-support/render';
import { DocumentReader } from './DocumentReader';
import { loadReaderData, withoutOverlaps } from './reader-data';

let cleanup = () => {};
afterEach(() => cleanup());

async function readerAt(passageId: string | null) {
  const data = (await loadReaderData(fakeCorpus(), 'doc-1'))!;
  const mounted = mount(<DocumentReader document={data.document} mentions={data.mentions} entities={data.entities} chosenPassageId={passageId} t={keyT} uiLanguage="ar" />);
  cleanup = mounted.cleanup;
  await act(() => Promise.resolve());
  return mounted.container;
}

describe('loadReaderData', () => {
  it('places every entity mention of the document at its offsets in the document text', async () => {
    const data = (await loadReaderData(fakeCorpus(), 'doc-1'))!;
    expect(data.mentions.map((mention) => [DOCUMENT_TEXT.slice(mention.start, mention.end), mention.entityId])).toEqual([
      ['حماس', 'org.hamas'],
      ['طهران', 'city.tehran'],
      ['إيراني', 'country.iran'],
    ]);
    expect([...data.entities.keys()].sort()).toEqual(['city.tehran', 'country.iran', 'org.hamas']);
  });

  it('knows no document it was not given', async () => {
    expect(await loadReaderData(fakeCorpus(), 'doc-9')).toBeNull();
  });
});

describe('withoutOverlaps', () => {
  it('keeps the earlier, then the longer, of mentions that overlap', () => {
    expect(
      withoutOverlaps([
        { start: 5, end: 9, entityId: 'b' },
        { start: 0, end: 4, entityId: 'a' },
        { start: 5, end: 12, entityId: 'c' },
        { start: 10, end: 14, entityId: 'd' },
      ]).map((mention) => mention.entityId),
    ).toEqual(['a', 'c']);
  });
});

describe('DocumentReader', () => {
  it('shows the whole document, in order, with the mentions marked', async () => {
    const container = await readerAt(null);
    expect(container.querySelector('.reader__body')?.textContent).toContain('عنوان الخبر');
    expect([...container.querySelectorAll('.reader__passage')].map((passage) => passage.getAttribute('data-passage-id'))).toEqual(['doc-1#1', 'doc-1#2']);
    expect([...container.querySelectorAll('mark.entity-mark')].map((mark) => mark.textContent)).toEqual(['حماس', 'طهران', 'إيراني']);
    expect(container.querySelector('.reader__passage--chosen')).toBeNull();
  });

  it('marks the chosen passage as current and gives it the focus', async () => {
    const container = await readerAt('doc-1#2');
    const chosen = container.querySelector<HTMLElement>('.reader__passage--chosen')!;
    expect(chosen.dataset.passageId).toBe('doc-1#2');
    expect(chosen.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(chosen);
    expect(chosen.querySelector('.reader__heading')?.textContent).toBe('سياسياً');
  });

  it('links every passage to itself and shows the source with the document id', async () => {
    const container = await readerAt(null);
    expect([...container.querySelectorAll('.reader__permalink')].map((link) => link.getAttribute('href'))).toEqual([
      'reader.html?doc=doc-1&passage=doc-1%231',
      'reader.html?doc=doc-1&passage=doc-1%232',
    ]);
    expect(container.querySelector('.reader__header .source-line')?.textContent).toContain('documentLabel: doc-1');
  });
});
