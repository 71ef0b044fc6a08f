import { useState } from 'preact/hooks';
import { readerPath, type CorpusApi } from './corpus-api';
import { EntityDetail, type EntityDetailProps } from './EntityDetail';
import { PageEntitiesSection, type PageEntitiesSectionProps } from './PageEntitiesSection';
import { CorpusSearch } from './search/CorpusSearch';
import type { Translate, UiLanguage } from './translate';

/** What the user is looking at: the search's query, or one entity (whose detail replaces the search). */
export interface Browsing {
  query: string;
  onQueryChange: (query: string) => void;
  /** The entity shown, or null for the search. */
  entityId: string | null;
  onEntityChange: (entityId: string | null) => void;
}

/** The state a `CorpusBrowser` shows, kept by the surface that holds it (which may also set it: a lookup). */
export function useBrowsing(initialQuery: string, initialEntityId: string | null): Browsing {
  const [query, onQueryChange] = useState(initialQuery);
  const [entityId, onEntityChange] = useState<string | null>(initialEntityId);
  return { query, onQueryChange, entityId, onEntityChange };
}

export interface CorpusBrowserProps extends Browsing {
  api: CorpusApi;
  t: Translate;
  uiLanguage: UiLanguage;
  /** The current tab's entities, listed under an empty search box. */
  page: PageEntitiesSectionProps['state'];
  /** How the chosen entity is shown: as snippets (the popup) or whole with its mentions on the page (the side panel). */
  detail?: Pick<EntityDetailProps, 'snippets' | 'pageMentions' | 'onShowMention'>;
}

const readerHref = (passage: { documentId: string; passageId: string }) => readerPath(passage.documentId, passage.passageId);

/** What the popup and the side panel share: the corpus search with the page's entities, or one entity's detail. */
export function CorpusBrowser({ api, t, uiLanguage, page, query, onQueryChange, entityId, onEntityChange, detail }: CorpusBrowserProps) {
  if (entityId) {
    return (
      <EntityDetail
        api={api}
        entityId={entityId}
        t={t}
        uiLanguage={uiLanguage}
        readerHref={readerHref}
        onSelectEntity={onEntityChange}
        onBack={() => onEntityChange(null)}
        {...detail}
      />
    );
  }
  return (
    <CorpusSearch api={api} t={t} uiLanguage={uiLanguage} query={query} onQueryChange={onQueryChange} readerHref={readerHref} onSelectEntity={onEntityChange} autoFocus>
      <PageEntitiesSection state={page} t={t} uiLanguage={uiLanguage} onSelect={onEntityChange} />
    </CorpusSearch>
  );
}
