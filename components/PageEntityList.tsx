import { ENTITY_TYPES } from '@/lib/catalogue/types';
import { EntityChip, type EntitySummary } from './EntityChip';
import type { Translate, UiLanguage } from './translate';

export interface PageEntity {
  entity: EntitySummary;
  /** Mentions on the page, all frames together. */
  count: number;
}

export interface PageEntityListProps {
  entities: PageEntity[];
  t: Translate;
  uiLanguage: UiLanguage;
  onSelect: (entityId: string) => void;
  selectedId?: string | null;
}

/** The entities found on a page, grouped by type in the catalogue's order, most mentioned first in each group. */
export function PageEntityList({ entities, t, uiLanguage, onSelect, selectedId = null }: PageEntityListProps) {
  return (
    <div class="page-entities">
      {ENTITY_TYPES.map((type) => {
        const group = entities.filter(({ entity }) => entity.type === type).sort((a, b) => b.count - a.count || a.entity.nameAr.localeCompare(b.entity.nameAr, 'ar'));
        if (group.length === 0) return null;
        return (
          <section key={type} class="page-entities__group" aria-labelledby={`page-entities-${type}`}>
            <h3 id={`page-entities-${type}`} class="page-entities__heading">
              {t(`entityTypeGroup_${type}`)}
            </h3>
            <ul class="chip-list">
              {group.map(({ entity, count }) => (
                <li key={entity.id}>
                  <EntityChip entity={entity} t={t} uiLanguage={uiLanguage} count={count} onSelect={onSelect} selected={entity.id === selectedId} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
