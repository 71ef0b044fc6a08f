import type { Entity } from '../catalogue/types';
import type { EntityAdjustment, OwnEntity } from './types';

export interface EffectiveEntities {
  /** What the matcher is compiled from: bundled entities less hidden ones, with extra forms, and own entities. */
  entities: Entity[];
  /**
   * Own entities: the content script must not register their marks where page scripts can read them (the CSS
   * highlight registry) unless the user turned that on knowingly — which names a user tracks may be sensitive.
   */
  ownEntityIds: string[];
  /** Known and searchable, but not marked on pages. */
  mutedEntityIds: string[];
}

export function effectiveEntities(bundled: readonly Entity[], own: readonly OwnEntity[], adjustments: readonly EntityAdjustment[]): EffectiveEntities {
  const byId = new Map(adjustments.map((adjustment) => [adjustment.entityId, adjustment]));
  const entities: Entity[] = [];
  for (const entity of bundled) {
    const adjustment = byId.get(entity.id);
    if (adjustment?.hidden) continue;
    entities.push(adjustment?.extraForms.length ? { ...entity, forms: unique([...entity.forms, ...adjustment.extraForms]) } : entity);
  }
  for (const { createdAt: _createdAt, ...entity } of own) entities.push({ ...entity, forms: unique([entity.nameAr, ...entity.forms]) });
  const known = new Set(entities.map((entity) => entity.id));
  return {
    entities,
    ownEntityIds: own.map((entity) => entity.id),
    mutedEntityIds: adjustments.filter((adjustment) => adjustment.muted && known.has(adjustment.entityId)).map((adjustment) => adjustment.entityId),
  };
}

/** Splits what a user typed into surface forms: one per line or comma (Arabic or Latin), blanks dropped. */
export function parseForms(input: string): string[] {
  return unique(input.split(/[\n,،]+/u).map((form) => form.trim().replace(/\s+/gu, ' ')).filter(Boolean));
}

function unique(forms: string[]): string[] {
  return [...new Set(forms)];
}
