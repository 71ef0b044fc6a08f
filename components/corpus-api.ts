import type { DocumentView, EntityLookup } from '@/lib/search/search-index';
import type { PassageView, SearchHit } from '@/lib/search/types';
import type { Entity } from '@/lib/catalogue/types';

/**
 * What the surfaces ask of the corpus. Components take it as a prop — the extension passes the background-backed
 * client (`utils/corpus-client.ts`), tests pass a fake — so no component reaches for `browser.*` itself.
 */
export interface CorpusApi {
  search(query: string, limit?: number): Promise<SearchHit[]>;
  lookupEntity(entityId: string, limit?: number): Promise<EntityLookup | null>;
  passage(passageId: string): Promise<PassageView | null>;
  document(documentId: string): Promise<DocumentView | null>;
  /** The known entities among `ids`, with how many passages mention each; unknown ids are left out. */
  entities(ids: readonly string[]): Promise<Map<string, EntityInfo>>;
}

export interface EntityInfo {
  entity: Entity;
  passageCount: number;
}

/** Where a passage opens in the reader, relative to any extension page. */
export function readerPath(documentId: string, passageId?: string): string {
  const query = new URLSearchParams({ doc: documentId });
  if (passageId !== undefined) query.set('passage', passageId);
  return `reader.html?${query.toString()}`;
}
