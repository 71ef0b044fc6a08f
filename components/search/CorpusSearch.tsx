import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity } from '@/lib/catalogue/types';
import type { PassageView, SearchHit } from '@/lib/search/types';
import { arrowNavigation, RESULT_ITEM_SELECTOR } from '../arrow-navigation';
import type { CorpusApi } from '../corpus-api';
import type { EntitySummary } from '../EntityChip';
import type { Translate, UiLanguage } from '../translate';
import { entitiesNamedBy } from './named-entities';
import { ResultList } from './ResultList';
import { SearchBox } from './SearchBox';

/** Long enough to skip the requests of a word still being typed, short enough to feel immediate. */
export const SEARCH_DELAY_MS = 120;
export const SEARCH_LIMIT = 20;

export interface CorpusSearchProps {
  api: CorpusApi;
  t: Translate;
  uiLanguage: UiLanguage;
  query: string;
  onQueryChange: (query: string) => void;
  readerHref: (passage: PassageView) => string;
  onOpenReader?: (passage: PassageView) => void;
  onSelectEntity: (entityId: string) => void;
  autoFocus?: boolean;
  /** Shown while the query is empty (the popup's "on this page"). */
  children?: ComponentChildren;
}

interface Results {
  query: string;
  entities: { entity: Entity; passageCount: number }[];
  hits: SearchHit[];
  knownEntities: Map<string, EntitySummary>;
}

type State = { status: 'idle' } | { status: 'loading' } | { status: 'done'; results: Results } | { status: 'failed'; error: string };

/**
 * Search as you type: after a short pause the query goes to the corpus; results show entities the query names,
 * then passages. ArrowDown moves from the box into the results, Enter opens the first one.
 */
export function CorpusSearch({ api, t, uiLanguage, query, onQueryChange, readerHref, onOpenReader, onSelectEntity, autoFocus = false, children }: CorpusSearchProps) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const resultsId = 'search-results';

  // The `autofocus` attribute works only on page load; the box also mounts again when a surface returns to it.
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (query.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    const timer = setTimeout(() => {
      findResults(api, query).then(
        (results) => current && setState({ status: 'done', results }),
        (error: unknown) => current && setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);

  const resultItems = () => [...(resultsRef.current?.querySelectorAll<HTMLElement>(RESULT_ITEM_SELECTOR) ?? [])];
  const onBoxKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      const first = resultItems()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      resultItems()[0]?.click();
    }
  };

  return (
    <div class="corpus-search">
      <SearchBox value={query} onInput={onQueryChange} t={t} inputRef={inputRef} resultsId={resultsId} onKeyDown={onBoxKeyDown} />
      <div ref={resultsRef} onKeyDown={arrowNavigation(RESULT_ITEM_SELECTOR, () => inputRef.current?.focus())}>
        {query.trim() === '' ? (
          children
        ) : state.status === 'failed' ? (
          <p class="surface__error" role="alert">
            {t('requestFailed', state.error)}
          </p>
        ) : state.status === 'done' ? (
          <ResultList
            id={resultsId}
            query={state.results.query}
            entities={state.results.entities}
            hits={state.results.hits}
            knownEntities={state.results.knownEntities}
            t={t}
            uiLanguage={uiLanguage}
            readerHref={readerHref}
            onOpenReader={onOpenReader}
            onSelectEntity={onSelectEntity}
          />
        ) : (
          <p class="surface__loading" role="status">
            {t('loading')}
          </p>
        )}
      </div>
    </div>
  );
}

async function findResults(api: CorpusApi, query: string): Promise<Results> {
  const hits = await api.search(query, SEARCH_LIMIT);
  const mentioned = [...new Set(hits.flatMap((hit) => hit.entityIds))];
  const infos = await api.entities(mentioned);
  const named = entitiesNamedBy(
    query,
    [...infos.values()].map((info) => info.entity),
  );
  return {
    query,
    hits,
    entities: named.map((entity) => ({ entity, passageCount: infos.get(entity.id)?.passageCount ?? 0 })),
    knownEntities: new Map([...infos].map(([id, info]) => [id, info.entity])),
  };
}
