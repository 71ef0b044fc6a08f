// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { citationText } from './citation';
import type { EntitySummary } from './EntityChip';
import { PassageCard } from './PassageCard';
import { keyT, mount, passageOf, sourceOf } from './test-support/render';

let cleanup = () => {};
afterEach(() => cleanup());

function card(node: preact.ComponentChild) {
  const mounted = mount(node);
  cleanup = mounted.cleanup;
  return mounted.container.querySelector('article')!;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('PassageCard', () => {
  it('shows the whole passage with its highlights, its source and a reader link', () => {
    const passage = passageOf();
    const article = card(<PassageCard passage={passage} t={keyT} uiLanguage="ar" readerHref="reader.html?doc=doc-1&passage=doc-1%232" highlights={[{ start: 11, end: 15 }]} />);
    expect(article.querySelector('blockquote')?.textContent).toBe(passage.text);
    expect([...article.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['حماس']);
    expect(article.querySelector('.source-line')?.textContent).toContain('الجزيرة نت');
    expect(article.querySelector('a.passage-card__reader-link')?.getAttribute('href')).toBe('reader.html?doc=doc-1&passage=doc-1%232');
    expect(article.getAttribute('aria-label')).toBe('passageLabel doc-1#2');
  });

  it('shows a snippet with ellipses where the passage goes on', () => {
    const snippet = { text: 'من حماس طهران', start: 8, highlights: [{ start: 3, end: 7 }], cutStart: true, cutEnd: true };
    const article = card(<PassageCard passage={passageOf()} t={keyT} uiLanguage="ar" readerHref="#" snippet={snippet} />);
    expect(article.querySelector('blockquote')?.textContent).toBe('… من حماس طهران …');
    expect(article.querySelector('mark')?.textContent).toBe('حماس');
  });

  it('copies the text with its citation in one click and says so', async () => {
    const copied: string[] = [];
    const passage = passageOf();
    const article = card(
      <PassageCard passage={passage} t={keyT} uiLanguage="ar" readerHref="#" copyText={async (text) => void copied.push(text)} />,
    );
    article.querySelector<HTMLButtonElement>('.passage-card__copy')!.click();
    await settle();
    expect(copied).toEqual([citationText(passage, keyT)]);
    expect(article.querySelector('[role="status"]')?.textContent).toBe('copied');
  });

  it('says so when the copy is refused', async () => {
    const article = card(
      <PassageCard passage={passageOf()} t={keyT} uiLanguage="ar" readerHref="#" copyText={() => Promise.reject(new Error('denied'))} />,
    );
    article.querySelector<HTMLButtonElement>('.passage-card__copy')!.click();
    await settle();
    expect(article.querySelector('[role="status"]')?.textContent).toBe('copyFailed');
  });

  it('hands the reader link to the caller when asked to', () => {
    const opened: string[] = [];
    const article = card(<PassageCard passage={passageOf()} t={keyT} uiLanguage="ar" readerHref="#" onOpenReader={(passage) => opened.push(passage.passageId)} />);
    const link = article.querySelector<HTMLAnchorElement>('a.passage-card__reader-link')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(opened).toEqual(['doc-1#2']);
    expect(event.defaultPrevented).toBe(true);
  });

  it('shows the passage’s entities it knows as chips, in order of mention', () => {
    const entities = new Map<string, EntitySummary>([
      ['city.tehran', { id: 'city.tehran', nameAr: 'طهران', nameEn: 'Tehran', type: 'place' }],
      ['org.hamas', { id: 'org.hamas', nameAr: 'حماس', nameEn: 'Hamas', type: 'organisation' }],
    ]);
    const article = card(<PassageCard passage={passageOf({ entityIds: ['org.hamas', 'person.unknown', 'city.tehran'] })} t={keyT} uiLanguage="ar" readerHref="#" entities={entities} />);
    expect([...article.querySelectorAll('.entity-chip')].map((chip) => chip.getAttribute('data-entity-id'))).toEqual(['org.hamas', 'city.tehran']);
  });
});

describe('citationText', () => {
  it('quotes the passage and names title, outlet, dateline, document and passage', () => {
    expect(citationText(passageOf(), keyT)).toBe(
      [
        '«زار وفد من حماس طهران والتقى مسؤولين إيرانيين.»',
        '',
        'sourceTitleLabel: حماس وإيران',
        'sourceOutletLabel: الجزيرة نت',
        'sourceDatelineLabel: الدوحة',
        'documentLabel: doc-1',
        'passageLabel: doc-1#2',
      ].join('\n'),
    );
  });

  it('says "not stated" for missing facts and flags a derived title', () => {
    const text = citationText(passageOf({ source: sourceOf({ title: 'قال القيادي', titleDerived: true, outlet: null, dateline: null }) }), keyT);
    expect(text).toContain('sourceTitleLabel: قال القيادي (titleDerived)');
    expect(text).toContain('sourceOutletLabel: notStated');
    expect(text).toContain('sourceDatelineLabel: notStated');
  });
});
