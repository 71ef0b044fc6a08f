import type { Entity } from '../catalogue/types';
import type { EntityAdjustment, OwnEntity } from './types';

export interface EffectiveEntities {
  /**
   * What the content script may mark where page scripts can read the marks (the CSS highlight registry): the
   * bundled entities less hidden and muted ones, with the user's extra forms. Never the user's own entities.
   */
  entities: Entity[];
  /**
   * The user's own entities. Names a user tracks may be sensitive (a journalist's sources): they are matched only
   * where the page cannot see it (side panel list, closed-root hover card), unless the user turned page-visible
   * marking of own entities on knowingly. Kept apart so that code unaware of this cannot leak them by default.
   */
  ownEntities: Entity[];
  /** Everything the search index knows: bundled (muted ones included) and own. */
  searchable: Entity[];
  ownEntityIds: string[];
  /** Known and searchable, but not marked on pages. */
  mutedEntityIds: string[];
  /** Whether the user changed anything at all: own entities or any adjustment. */
  adjusted: boolean;
}

export function effectiveEntities(bundled: readonly Entity[], own: readonly OwnEntity[], adjustments: readonly EntityAdjustment[]): EffectiveEntities {
  const byId = new Map(adjustments.map((adjustment) => [adjustment.entityId, adjustment]));
  const known: Entity[] = [];
  for (const entity of bundled) {
    const adjustment = byId.get(entity.id);
    if (adjustment?.hidden) continue;
    known.push(adjustment?.extraForms.length ? { ...entity, forms: unique([...entity.forms, ...adjustment.extraForms]) } : entity);
  }
  const ownEntities = own.map(({ createdAt: _createdAt, ...entity }) => ({ ...entity, forms: unique([entity.nameAr, ...entity.forms]) }));
  const muted = new Set(adjustments.filter((adjustment) => adjustment.muted).map((adjustment) => adjustment.entityId));
  const searchable = [...known, ...ownEntities];
  return {
    entities: known.filter((entity) => !muted.has(entity.id)),
    ownEntities,
    searchable,
    ownEntityIds: ownEntities.map((entity) => entity.id),
    mutedEntityIds: searchable.filter((entity) => muted.has(entity.id)).map((entity) => entity.id),
    adjusted: own.length > 0 || adjustments.length > 0,
  };
}

/** Splits what a user typed into surface forms: one per line or comma (Arabic or Latin), blanks dropped. */
export function parseForms(input: string): string[] {
  return unique(input.split(/[\n,،]+/u).map((form) => form.trim().replace(/\s+/gu, ' ')).filter(Boolean));
}

function unique(forms: string[]): string[] {
  return [...new Set(forms)];
}
