// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusApi } from '../corpus-api';
import { fakeCorpus } from '../test-support/fake-corpus';
import { keyT, mount } from '../test-support/render';
import { CorpusSearch, SEARCH_DELAY_MS } from './CorpusSearch';

let cleanup = () => {};
afterEach(() => cleanup());

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

function searchWith(api: CorpusApi, chosen: string[] = []) {
  function Harness() {
    const [query, setQuery] = useState('');
    return (
      <CorpusSearch api={api} t={keyT} uiLanguage="ar" query={query} onQueryChange={setQuery} readerHref={(passage) => `reader.html?passage=${passage.passageId}`} onSelectEntity={(id) => chosen.push(id)} autoFocus>
        <p class="page-list">page</p>
      </CorpusSearch>
    );
  }
  const mounted = mount(<Harness />);
  cleanup = mounted.cleanup;
  const input = mounted.container.querySelector<HTMLInputElement>('input')!;
  const type = async (text: string) => {
    act(() => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await wait(SEARCH_DELAY_MS + 30);
  };
  const press = (key: string, target: Element = document.activeElement!) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })));
  return { container: mounted.container, input, type, press };
}

describe('CorpusSearch', () => {
  it('focuses the box and shows what it is given while the query is empty', () => {
    const { container, input } = searchWith(fakeCorpus());
    expect(document.activeElement).toBe(input);
    expect(container.querySelector('.page-list')).not.toBeNull();
  });

  it('searches once the typing pauses, and lists the entity the query names before the passages', async () => {
    const api = fakeCorpus();
    const { container, type } = searchWith(api);
    await type('بإيران');
    expect(api.searches).toEqual(['بإيران']);
    expect([...container.querySelectorAll('.result-list .chip-list .entity-chip')].map((chip) => chip.getAttribute('data-entity-id'))).toEqual(['country.iran']);
    const cards = [...container.querySelectorAll('.result-list .passage-card')];
    expect(cards.map((card) => card.getAttribute('data-passage-id'))).toEqual(['doc-1#2']);
    expect(cards[0]!.querySelector('mark')).not.toBeNull();
    expect(container.querySelector('.result-list [role="status"]')?.textContent).toBe('passageCount:1');
  });

  it('names no entity for a query that names none, and says nothing matched', async () => {
    const { container, type } = searchWith(fakeCorpus());
    await type('كلمة');
    expect(container.querySelector('.chip-list')).toBeNull();
    expect(container.querySelector('.result-list [role="status"]')?.textContent).toBe('noResults:كلمة');
  });

  it('moves from the box into the results with ArrowDown, between them, and back with ArrowUp', async () => {
    const { input, type, press } = searchWith(fakeCorpus());
    await type('إيران');
    press('ArrowDown', input);
    expect((document.activeElement as HTMLElement).dataset.entityId).toBe('country.iran');
    press('ArrowDown');
    expect(document.activeElement?.classList.contains('passage-card__reader-link')).toBe(true);
    press('ArrowUp');
    press('ArrowUp');
    expect(document.activeElement).toBe(input);
  });

  it('opens the first result with Enter in the box', async () => {
    const chosen: string[] = [];
    const { input, type, press } = searchWith(fakeCorpus(), chosen);
    await type('Iran');
    press('Enter', input);
    expect(chosen).toEqual(['country.iran']);
  });

  it('shows only the latest query’s results when an earlier answer comes back late', async () => {
    const api = fakeCorpus();
    const slow: CorpusApi = {
      ...api,
      entities: api.entities.bind(api),
      search: (query) => new Promise((resolve) => setTimeout(() => resolve(api.search(query)), query === 'حماس' ? 300 : 0)),
    };
    const { container, type } = searchWith(slow);
    await type('حماس');
    await type('إيران');
    await wait(400);
    expect([...container.querySelectorAll('.result-list .passage-card')].map((card) => card.getAttribute('data-passage-id'))).toEqual(['doc-1#2']);
  });
});
