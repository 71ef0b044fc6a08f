import type { Entity } from '../catalogue/types';

/** The source facts a user can edit for a document they added; `null` where nothing is known. */
export interface EditableSource {
  title: string | null;
  outlet: string | null;
  url: string | null;
  date: string | null;
}
export const EDITABLE_SOURCE_FIELDS = ['title', 'outlet', 'url', 'date'] as const satisfies readonly (keyof EditableSource)[];

/** How a document reached the user's corpus. */
export type DocumentOrigin =
  | { kind: 'file'; fileName: string; encoding: string }
  | { kind: 'page'; url: string };

/** A document the user added. Its passages are made by `lib/corpus` exactly as for the bundled ones. */
export interface UserDocument {
  /** `user.<random>`: never collides with a bundled document's file stem. */
  id: string;
  text: string;
  source: EditableSource;
  origin: DocumentOrigin;
  /** See `contentHash`: equal for texts that differ only in whitespace. */
  contentHash: string;
  addedAt: number;
}

/** An entity the user tracks: the catalogue's shape, with an `own.` id. */
export interface OwnEntity extends Entity {
  createdAt: number;
}
export const OWN_ENTITY_PREFIX = 'own.';

export function isOwnEntityId(id: string): boolean {
  return id.startsWith(OWN_ENTITY_PREFIX);
}

/** What the user changed about any entity, bundled or own. Bundled entities are never edited in place. */
export interface EntityAdjustment {
  entityId: string;
  /** Not matched, not listed: a bundled entity the user does not want (own ones are deleted instead). */
  hidden: boolean;
  /** Still known and searchable, but not marked on pages. */
  muted: boolean;
  /** Surface forms the user added to a bundled entity. */
  extraForms: string[];
}

/** "Not this one": a mention of `entityId` on `url` that the user says is a false match. */
export interface FalseMatch {
  id: string;
  entityId: string;
  /** The page without its fragment. */
  url: string;
  /** The mention's text as written on the page. */
  text: string;
  createdAt: number;
}

/** Everything a user added, as one value: what export writes and import restores. */
export interface UserData {
  documents: UserDocument[];
  entities: OwnEntity[];
  entityAdjustments: EntityAdjustment[];
  falseMatches: FalseMatch[];
  bundledCorpusHidden: boolean;
  /** The settings object of `utils/settings.ts`, carried as it is; `null` when none were saved. */
  settings: Record<string, unknown> | null;
}

export const EMPTY_USER_DATA: UserData = {
  documents: [],
  entities: [],
  entityAdjustments: [],
  falseMatches: [],
  bundledCorpusHidden: false,
  settings: null,
};
