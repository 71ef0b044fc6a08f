import type { Entity } from '@/lib/catalogue/types';
import type { Translate, UiLanguage } from './translate';

/** What a chip needs to know of an entity. */
export type EntitySummary = Pick<Entity, 'id' | 'nameAr' | 'nameEn' | 'type'>;

export interface EntityChipProps {
  entity: EntitySummary;
  t: Translate;
  uiLanguage: UiLanguage;
  /** Mentions on the page or passages in the corpus, shown as a badge. */
  count?: number;
  /** Makes the chip a toggle button. */
  onSelect?: (entityId: string) => void;
  /** Makes the chip a link (when there is no `onSelect`). */
  href?: string;
  selected?: boolean;
}

/**
 * An entity, Arabic name first (the English name beside it in an English UI), with its type and an optional
 * count. A button, a link or plain text depending on what the caller lets the user do with it.
 */
export function EntityChip({ entity, t, uiLanguage, count, onSelect, href, selected = false }: EntityChipProps) {
  const typeName = t(`entityType_${entity.type}`);
  const name = uiLanguage === 'en' ? `${entity.nameEn} (${entity.nameAr})` : entity.nameAr;
  const label = [name, typeName, count === undefined ? null : t('mentionCount', String(count))].filter(Boolean).join(uiLanguage === 'ar' ? '، ' : ', ');
  const content = (
    <>
      <bdi class="entity-chip__name" lang="ar" dir="rtl">
        {entity.nameAr}
      </bdi>
      {uiLanguage === 'en' && <span class="entity-chip__english">{entity.nameEn}</span>}
      <span class={`entity-chip__type entity-chip__type--${entity.type}`}>{typeName}</span>
      {count !== undefined && <span class="entity-chip__count">{count}</span>}
    </>
  );
  const className = `entity-chip entity-chip--${entity.type}${selected ? ' entity-chip--selected' : ''}`;
  if (onSelect) {
    return (
      <button type="button" class={className} aria-label={label} aria-pressed={selected} onClick={() => onSelect(entity.id)} data-entity-id={entity.id}>
        {content}
      </button>
    );
  }
  if (href !== undefined) {
    return (
      <a class={className} href={href} aria-label={label} data-entity-id={entity.id}>
        {content}
      </a>
    );
  }
  return (
    <span class={className} aria-label={label} role="group" data-entity-id={entity.id}>
      {content}
    </span>
  );
}
