import type { Entity } from '../catalogue/types';
import { compact } from './renumber';
import type { RelatedEntity, Span } from './types';

/** Plain-JSON form: per passage, flat `[entity number, start, end, …]` with entity numbers into `entityIds`. */
export interface SerialisedEntityIndex {
  entityIds: string[];
  mentions: number[][];
}

/** Where one entity is mentioned in one passage. */
export interface EntityOccurrence {
  passage: number;
  /** Offsets into the passage text, in reading order. */
  mentions: Span[];
}

/**
 * The entity–passage index: each entity → the passages mentioning it with the exact mention offsets, each
 * passage → its entities. Passages are numbered by the caller and added in ascending order, at build or run time;
 * removing some renumbers the rest (`renumber`).
 */
export class EntityPassageIndex {
  private readonly occurrencesByEntity = new Map<string, EntityOccurrence[]>();
  /** Per passage: entity id → its mention spans, in order of first mention. */
  private readonly mentionsByPassage: Map<string, Span[]>[] = [];

  /** Records a passage's mentions (offsets into its text); a passage without mentions is recorded too. */
  add(passage: number, mentions: readonly (Span & { id: string })[]): void {
    const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    const spansByEntity = new Map<string, Span[]>();
    for (const { id, start, end } of ordered) {
      const spans = spansByEntity.get(id);
      if (spans) spans.push({ start, end });
      else spansByEntity.set(id, [{ start, end }]);
    }
    this.mentionsByPassage[passage] = spansByEntity;
    for (const [id, spans] of spansByEntity) {
      const occurrence = { passage, mentions: spans };
      const occurrences = this.occurrencesByEntity.get(id);
      if (occurrences) occurrences.push(occurrence);
      else this.occurrencesByEntity.set(id, [occurrence]);
    }
  }

  /**
   * Forgets the passages `newNumbers` maps to -1 and renumbers the rest, keeping their order; it must map every
   * passage added. An entity left without passages is forgotten with them.
   */
  renumber(newNumbers: Int32Array): void {
    compact(this.mentionsByPassage, newNumbers);
    for (const [entityId, occurrences] of this.occurrencesByEntity) {
      const remaining: EntityOccurrence[] = [];
      for (const { passage, mentions } of occurrences) {
        const renumbered = newNumbers[passage] ?? -1;
        if (renumbered >= 0) remaining.push({ passage: renumbered, mentions });
      }
      if (remaining.length > 0) this.occurrencesByEntity.set(entityId, remaining);
      else this.occurrencesByEntity.delete(entityId);
    }
  }

  /** The passages mentioning an entity, in corpus order. */
  occurrences(entityId: string): readonly EntityOccurrence[] {
    return this.occurrencesByEntity.get(entityId) ?? [];
  }

  /** The entities a passage mentions, in order of first mention. */
  entitiesIn(passage: number): readonly string[] {
    return [...(this.mentionsByPassage[passage]?.keys() ?? [])];
  }

  mentionsIn(passage: number, entityId: string): readonly Span[] {
    return this.mentionsByPassage[passage]?.get(entityId) ?? [];
  }

  /** Catalogue links (either direction) and co-occurring entities, linked ones first, then by shared passages. */
  related(entity: Entity, catalogue: ReadonlyMap<string, Entity>): RelatedEntity[] {
    const related = new Map<string, RelatedEntity>();
    const entry = (entityId: string): RelatedEntity => {
      let known = related.get(entityId);
      if (!known) {
        known = { entityId, relation: null, sharedPassages: 0 };
        related.set(entityId, known);
      }
      return known;
    };
    for (const link of entity.links ?? []) if (link.id !== entity.id) entry(link.id).relation = link.relation;
    for (const other of catalogue.values()) {
      for (const link of other.links ?? []) if (link.id === entity.id && other.id !== entity.id) entry(other.id).relation ??= link.relation;
    }
    for (const { passage } of this.occurrences(entity.id)) {
      for (const otherId of this.entitiesIn(passage)) if (otherId !== entity.id) entry(otherId).sharedPassages += 1;
    }
    return [...related.values()].sort(
      (a, b) => Number(b.relation !== null) - Number(a.relation !== null) || b.sharedPassages - a.sharedPassages || a.entityId.localeCompare(b.entityId),
    );
  }

  toJSON(): SerialisedEntityIndex {
    const entityIds = [...this.occurrencesByEntity.keys()];
    const numberOf = new Map(entityIds.map((id, index) => [id, index]));
    const mentions = Array.from(this.mentionsByPassage, (spansByEntity) =>
      [...(spansByEntity?.entries() ?? [])].flatMap(([id, spans]) => spans.flatMap(({ start, end }) => [numberOf.get(id)!, start, end])),
    );
    return { entityIds, mentions };
  }

  static fromJSON(data: SerialisedEntityIndex): EntityPassageIndex {
    const index = new EntityPassageIndex();
    data.mentions.forEach((flat, passage) => {
      const mentions: (Span & { id: string })[] = [];
      for (let position = 0; position + 2 < flat.length; position += 3) {
        const id = data.entityIds[flat[position]!];
        if (id !== undefined) mentions.push({ id, start: flat[position + 1]!, end: flat[position + 2]! });
      }
      index.add(passage, mentions);
    });
    return index;
  }
}
