import type { DocumentView } from '@/lib/search/search-index';
import type { CorpusApi } from '../corpus-api';
import type { EntitySummary } from '../EntityChip';

/** A mention of an entity in the document, as offsets into the document's text. */
export interface DocumentMention {
  start: number;
  end: number;
  entityId: string;
}

export interface ReaderData {
  document: DocumentView;
  mentions: DocumentMention[];
  entities: Map<string, EntitySummary & { mentions: number }>;
}

/** The API caps a lookup at 100 passages: enough for an entity's passages in one bundled document and more. */
const LOOKUP_LIMIT = 100;

/**
 * A document with every entity mention in it. The background answers per passage and per entity, so the
 * document's passages name its entities, and each entity's lookup gives its mentions inside those passages.
 */
export async function loadReaderData(api: CorpusApi, documentId: string): Promise<ReaderData | null> {
  const document = await api.document(documentId);
  if (!document) return null;
  const views = await Promise.all(document.passages.map((passage) => api.passage(passage.id)));
  const entityIds = [...new Set(views.flatMap((view) => view?.entityIds ?? []))];
  const lookups = await Promise.all(entityIds.map((entityId) => api.lookupEntity(entityId, LOOKUP_LIMIT)));
  const passageStart = new Map(document.passages.map((passage) => [passage.id, passage.start]));
  const mentions: DocumentMention[] = [];
  const entities = new Map<string, EntitySummary & { mentions: number }>();
  for (const lookup of lookups) {
    if (!lookup) continue;
    let count = 0;
    for (const passage of lookup.passages) {
      const start = passage.documentId === documentId ? passageStart.get(passage.passageId) : undefined;
      if (start === undefined) continue;
      for (const span of passage.highlights) mentions.push({ start: start + span.start, end: start + span.end, entityId: lookup.entity.id });
      count += passage.highlights.length;
    }
    const { id, nameAr, nameEn, type } = lookup.entity;
    if (count > 0) entities.set(id, { id, nameAr, nameEn, type, mentions: count });
  }
  return { document, mentions: withoutOverlaps(mentions), entities };
}

/** Sorted by position; where two entities claim overlapping text the earlier, then longer, mention wins. */
export function withoutOverlaps(mentions: readonly DocumentMention[]): DocumentMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DocumentMention[] = [];
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}
