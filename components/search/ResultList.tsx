import type { Entity } from '@/lib/catalogue/types';
import type { PassageView, SearchHit } from '@/lib/search/types';
import { EntityChip, type EntitySummary } from '../EntityChip';
import { PassageCard } from '../PassageCard';
import type { Translate, UiLanguage } from '../translate';

export interface ResultListProps {
  id: string;
  query: string;
  /** Entities the query names, with how many passages mention each; shown first. */
  entities: { entity: Entity; passageCount: number }[];
  hits: SearchHit[];
  /** Names for the chips under each passage. */
  knownEntities: ReadonlyMap<string, EntitySummary>;
  t: Translate;
  uiLanguage: UiLanguage;
  readerHref: (passage: PassageView) => string;
  onOpenReader?: (passage: PassageView) => void;
  onSelectEntity: (entityId: string) => void;
}

const SNIPPET_ENTITY_LIMIT = 4;

/** Search results, entities first and then passages as snippets with their matches marked and their source. */
export function ResultList({ id, query, entities, hits, knownEntities, t, uiLanguage, readerHref, onOpenReader, onSelectEntity }: ResultListProps) {
  const empty = entities.length === 0 && hits.length === 0;
  return (
    <div id={id} class="result-list" aria-label={t('searchResultsLabel')} role="region">
      <p class="result-list__status" role="status">
        {empty ? t('noResults', query) : t('passageCount', String(hits.length))}
      </p>
      {entities.length > 0 && (
        <section class="result-list__section" aria-labelledby={`${id}-entities`}>
          <h2 id={`${id}-entities`} class="result-list__heading">
            {t('entitiesHeading')}
          </h2>
          <ul class="chip-list">
            {entities.map(({ entity, passageCount }) => (
              <li key={entity.id}>
                <EntityChip entity={entity} t={t} uiLanguage={uiLanguage} count={passageCount} onSelect={onSelectEntity} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {hits.length > 0 && (
        <section class="result-list__section" aria-labelledby={`${id}-passages`}>
          <h2 id={`${id}-passages`} class="result-list__heading">
            {t('passagesHeading')}
          </h2>
          <ul class="card-list">
            {hits.map((hit) => (
              <li key={hit.passageId}>
                <PassageCard
                  passage={hit}
                  snippet={hit.snippet}
                  t={t}
                  uiLanguage={uiLanguage}
                  readerHref={readerHref(hit)}
                  onOpenReader={onOpenReader}
                  entities={knownEntities}
                  onSelectEntity={onSelectEntity}
                  entityLimit={SNIPPET_ENTITY_LIMIT}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
