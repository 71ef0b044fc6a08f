import type { Entity } from '@/lib/catalogue/types';
import { EntityNameIndex } from '@/lib/search/entity-names';
import { queryWords } from '@/lib/search/query';

/**
 * The entities among `candidates` that the query names, in any spelling, script or with a typo, surest first.
 * Candidates are the entities of the passages the search found, so a name with passages always shows up here.
 */
export function entitiesNamedBy(query: string, candidates: readonly Entity[]): Entity[] {
  const keys = queryWords(query).map((word) => word.key);
  if (keys.length === 0 || candidates.length === 0) return [];
  const byId = new Map(candidates.map((entity) => [entity.id, entity]));
  const best = new Map<string, number>();
  for (const { entityId, quality } of new EntityNameIndex(candidates).named(keys, true)) {
    best.set(entityId, Math.max(quality, best.get(entityId) ?? 0));
  }
  return [...best]
    .sort((a, b) => b[1] - a[1])
    .flatMap(([id]) => byId.get(id) ?? []);
}
