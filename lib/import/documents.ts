import type { DocumentInput } from '../corpus/corpus';
import type { Source } from '../corpus/types';
import { contentHash } from './content-hash';
import type { DocumentOrigin, EditableSource, UserDocument } from './types';

export const USER_DOCUMENT_PREFIX = 'user.';

export interface NewDocument {
  text: string;
  source: EditableSource;
  origin: DocumentOrigin;
}

export function createUserDocument(input: NewDocument, id: string, now: number): UserDocument {
  return { id: `${USER_DOCUMENT_PREFIX}${id}`, text: input.text, source: input.source, origin: input.origin, contentHash: contentHash(input.text), addedAt: now };
}

/**
 * What `lib/corpus` gets for a user's document: only the facts the user gave, so a title or source line in the
 * text itself is still read as the bundled documents' are.
 */
export function toDocumentInput(document: UserDocument): DocumentInput {
  const known: Partial<Source> = {};
  for (const [field, value] of Object.entries(document.source) as [keyof EditableSource, string | null][]) {
    if (value !== null && value.trim() !== '') known[field] = value;
  }
  return { id: document.id, text: document.text, source: known };
}

export interface DuplicateCheck<T> {
  fresh: T[];
  duplicates: { item: T; ofTitle: string | null }[];
}

/** Splits a batch into new documents and duplicates, of what is stored or of an earlier file in the same batch. */
export function separateDuplicates<T extends { text: string; source: EditableSource }>(
  batch: readonly T[],
  stored: Iterable<Pick<UserDocument, 'contentHash' | 'source'>>,
): DuplicateCheck<T> {
  const known = new Map<string, string | null>();
  for (const document of stored) known.set(document.contentHash, document.source.title);
  const result: DuplicateCheck<T> = { fresh: [], duplicates: [] };
  for (const item of batch) {
    const hash = contentHash(item.text);
    if (known.has(hash)) {
      result.duplicates.push({ item, ofTitle: known.get(hash) ?? null });
    } else {
      known.set(hash, item.source.title);
      result.fresh.push(item);
    }
  }
  return result;
}
