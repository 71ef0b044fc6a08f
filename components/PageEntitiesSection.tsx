import { PageEntityList, type PageEntity } from './PageEntityList';
import type { Translate, UiLanguage } from './translate';

export type PageEntitiesView = { status: 'loading' } | { status: 'unavailable' } | { status: 'done'; entities: PageEntity[] };

export interface PageEntitiesSectionProps {
  state: PageEntitiesView;
  t: Translate;
  uiLanguage: UiLanguage;
  onSelect: (entityId: string) => void;
  selectedId?: string | null;
}

/** «في هذه الصفحة»: the page's entities, or why there are none. */
export function PageEntitiesSection({ state, t, uiLanguage, onSelect, selectedId }: PageEntitiesSectionProps) {
  return (
    <section class="page-entities-section" aria-labelledby="on-this-page">
      <h2 id="on-this-page" class="result-list__heading">
        {t('onThisPage')}
      </h2>
      {state.status === 'loading' ? (
        <p role="status">{t('loading')}</p>
      ) : state.status === 'unavailable' ? (
        <p class="surface__note">{t('pageUnavailable')}</p>
      ) : state.entities.length === 0 ? (
        <p class="surface__note">{t('noEntitiesOnPage')}</p>
      ) : (
        <PageEntityList entities={state.entities} t={t} uiLanguage={uiLanguage} onSelect={onSelect} selectedId={selectedId} />
      )}
    </section>
  );
}
