import type { Entity } from '@/lib/catalogue/types';
import type { DocumentInput } from '@/lib/corpus/corpus';
import { toDocumentInput } from '@/lib/import/documents';
import { effectiveEntities, type EffectiveEntities } from '@/lib/import/entities';
import type { PageFalseMatch } from './messages';
import { UserStore } from './user-store/store';

/**
 * What the background feeds from the user's store into the search index and the matcher. Both are read from
 * here after every start and after every change (`watchUserDataChanges`): the matcher is compiled again, the index
 * brought up to date (`utils/user-search-backend.ts`), so IndexedDB stays the one truth.
 */
let opening: Promise<UserStore> | null = null;

export async function userStore(): Promise<UserStore> {
  if (opening && (await opening.catch(() => null))?.closed) opening = null;
  opening ??= UserStore.open().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** The user's documents as `lib/corpus` inputs, for the search index. */
export async function userDocumentInputs(): Promise<DocumentInput[]> {
  const store = await userStore();
  return (await store.listDocuments()).map(toDocumentInput);
}

/** Whether search and lookups should leave out the bundled documents (they stay installed). */
export async function bundledCorpusHidden(): Promise<boolean> {
  return (await userStore()).bundledCorpusHidden();
}

/** The entities to compile the matcher from, with the ids of the user's own (kept off page-readable marks). */
export async function userEntities(bundled: readonly Entity[]): Promise<EffectiveEntities> {
  const store = await userStore();
  const [own, adjustments] = await Promise.all([store.listEntities(), store.listAdjustments()]);
  return effectiveEntities(bundled, own, adjustments);
}

/** The mentions the user turned away ("not this one"), as pages need them. */
export async function userFalseMatches(): Promise<PageFalseMatch[]> {
  return (await (await userStore()).listFalseMatches()).map(({ url, entityId, text }) => ({ url, entityId, text }));
}
