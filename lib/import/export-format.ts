import { ENTITY_TYPES } from '../catalogue/types';
import { contentHash } from './content-hash';
import { MAX_FORMS_PER_ENTITY, MAX_METADATA_LENGTH, MAX_NAME_LENGTH } from './limits';
import {
  EDITABLE_SOURCE_FIELDS,
  OWN_ENTITY_PREFIX,
  type DocumentOrigin,
  type EditableSource,
  type EntityAdjustment,
  type FalseMatch,
  type OwnEntity,
  type UserData,
  type UserDocument,
} from './types';

/** The export file: everything the user added, versioned so that a newer extension can read an older file. */
export const EXPORT_FORMAT = 'arabic-corpus-lookup/user-data';
export const EXPORT_VERSION = 1;

export interface ExportFile extends UserData {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
}

export function toExportFile(data: UserData, now: Date): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), ...data };
}

export function serializeExport(data: UserData, now: Date): string {
  return JSON.stringify(toExportFile(data, now), null, 1);
}

export type ExportReading =
  | { ok: true; data: UserData }
  | { ok: false; problem: 'malformedJson'; detail: string }
  | { ok: false; problem: 'notAnExport' }
  | { ok: false; problem: 'newerVersion'; version: number }
  | { ok: false; problem: 'invalidExport'; errors: string[] };

/** Errors listed for one file; past this many the rest are counted, not listed. */
const MAX_LISTED_ERRORS = 10;

/**
 * Reads an export file, checking every field: a file that is not entirely valid is refused whole, with the
 * first errors named by their path (`documents[3].source.title: not a string`).
 */
export function readExport(json: string): ExportReading {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: 'malformedJson', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isRecord(value) || value.format !== EXPORT_FORMAT) return { ok: false, problem: 'notAnExport' };
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) {
    return { ok: false, problem: 'invalidExport', errors: ['version: not a positive integer'] };
  }
  if (value.version > EXPORT_VERSION) return { ok: false, problem: 'newerVersion', version: value.version };

  const errors = new Errors();
  const data: UserData = {
    documents: list(value, 'documents', errors, readDocument),
    entities: list(value, 'entities', errors, readEntity),
    entityAdjustments: list(value, 'entityAdjustments', errors, readAdjustment),
    falseMatches: list(value, 'falseMatches', errors, readFalseMatch),
    bundledCorpusHidden: bool(value, 'bundledCorpusHidden', errors, ''),
    settings: readSettings(value.settings, errors),
  };
  uniqueIds(data.documents.map((document) => document.id), 'documents', errors);
  uniqueIds(data.entities.map((entity) => entity.id), 'entities', errors);
  uniqueIds(data.entityAdjustments.map((adjustment) => adjustment.entityId), 'entityAdjustments', errors);
  if (errors.count > 0) return { ok: false, problem: 'invalidExport', errors: errors.listed() };
  return { ok: true, data };
}

class Errors {
  count = 0;
  private readonly messages: string[] = [];
  add(path: string, message: string): void {
    this.count++;
    if (this.messages.length < MAX_LISTED_ERRORS) this.messages.push(`${path}: ${message}`);
  }
  listed(): string[] {
    const more = this.count - this.messages.length;
    return more > 0 ? [...this.messages, `… and ${more} more`] : this.messages;
  }
}

type Reader<T> = (value: unknown, path: string, errors: Errors) => T | null;

function list<T>(parent: Record<string, unknown>, key: string, errors: Errors, read: Reader<T>): T[] {
  const value = parent[key];
  if (!Array.isArray(value)) {
    errors.add(key, 'not a list');
    return [];
  }
  return value.flatMap((item, index) => {
    const read_ = read(item, `${key}[${index}]`, errors);
    return read_ === null ? [] : [read_];
  });
}

function readDocument(value: unknown, path: string, errors: Errors): UserDocument | null {
  if (!isRecord(value)) return fail(errors, path, 'not an object');
  const before = errors.count;
  const id = text(value, 'id', errors, path, { pattern: /^user\.[\w-]{1,64}$/u });
  const body = text(value, 'text', errors, path, { nonEmpty: true, maxLength: Number.POSITIVE_INFINITY });
  const source = readSource(value.source, `${path}.source`, errors);
  const origin = readOrigin(value.origin, `${path}.origin`, errors);
  const addedAt = timestamp(value, 'addedAt', errors, path);
  if (errors.count > before || id === null || body === null || source === null || origin === null) return null;
  // The hash is recomputed, never trusted: a file edited by hand still gets duplicate detection right.
  return { id, text: body, source, origin, contentHash: contentHash(body), addedAt };
}

function readSource(value: unknown, path: string, errors: Errors): EditableSource | null {
  if (!isRecord(value)) return fail(errors, path, 'not an object');
  const source = {} as EditableSource;
  for (const field of EDITABLE_SOURCE_FIELDS) source[field] = optionalText(value, field, errors, path);
  if (source.url !== null && !isWebUrl(source.url)) errors.add(`${path}.url`, 'not an http(s) URL');
  return source;
}

function readOrigin(value: unknown, path: string, errors: Errors): DocumentOrigin | null {
  if (!isRecord(value)) return fail(errors, path, 'not an object');
  if (value.kind === 'file') {
    const fileName = text(value, 'fileName', errors, path, {});
    const encoding = text(value, 'encoding', errors, path, {});
    return fileName === null || encoding === null ? null : { kind: 'file', fileName, encoding };
  }
  if (value.kind === 'page') {
    const url = text(value, 'url', errors, path, {});
    return url === null ? null : { kind: 'page', url };
  }
  return fail(errors, `${path}.kind`, 'neither "file" nor "page"');
}

function readEntity(value: unknown, path: string, errors: Errors): OwnEntity | null {
  if (!isRecord(value)) return fail(errors, path, 'not an object');
  const before = errors.count;
  const id = text(value, 'id', errors, path, { pattern: new RegExp(`^${OWN_ENTITY_PREFIX.replace('.', '\\.')}[\\w-]{1,64}$`, 'u') });
  const nameAr = text(value, 'nameAr', errors, path, { nonEmpty: true, maxLength: MAX_NAME_LENGTH });
  const nameEn = text(value, 'nameEn', errors, path, { maxLength: MAX_NAME_LENGTH });
  const type = value.type;
  if (!(ENTITY_TYPES as readonly unknown[]).includes(type)) errors.add(`${path}.type`, `not one of ${ENTITY_TYPES.join(', ')}`);
  const forms = names(value, 'forms', errors, path);
  const createdAt = timestamp(value, 'createdAt', errors, path);
  if (errors.count > before || id === null || nameAr === null || nameEn === null) return null;
  return { id, nameAr, nameEn, type: type as OwnEntity['type'], forms, createdAt };
}

function readAdjustment(value: unknown, path: string, errors: Errors): EntityAdjustment | null {
  if (!isRecord(value)) return fail(errors, path, 'not an object');
  const before = errors.count;
  const entityId = text(value, 'entityId', errors, path, { nonEmpty: true, maxLength: MAX_NAME_LENGTH });
  const adjustment = {
    entityId: entityId ?? '',
    hidden: bool(value, 'hidden', errors, path),
    muted: bool(value, 'muted', errors, path),
    extraForms: names(value, 'extraForms', errors, path),
  };
  return errors.count > before ? null : adjustment;
}

function readFalseMatch(value: unknown, path: string, errors: Errors): FalseMatch | null {
  if (!isRecord(value)) return fail(errors, path, 'not an object');
  const before = errors.count;
  const falseMatch = {
    id: text(value, 'id', errors, path, { nonEmpty: true, maxLength: 100 }) ?? '',
    entityId: text(value, 'entityId', errors, path, { nonEmpty: true, maxLength: MAX_NAME_LENGTH }) ?? '',
    url: text(value, 'url', errors, path, { nonEmpty: true }) ?? '',
    text: text(value, 'text', errors, path, { nonEmpty: true, maxLength: MAX_NAME_LENGTH }) ?? '',
    createdAt: timestamp(value, 'createdAt', errors, path),
  };
  return errors.count > before ? null : falseMatch;
}

function readSettings(value: unknown, errors: Errors): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) return fail(errors, 'settings', 'not an object or null');
  return value;
}

function uniqueIds(ids: string[], path: string, errors: Errors): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) errors.add(path, `id "${id}" appears twice`);
    seen.add(id);
  }
}

interface TextRule {
  nonEmpty?: boolean;
  maxLength?: number;
  pattern?: RegExp;
}

function text(parent: Record<string, unknown>, key: string, errors: Errors, path: string, rule: TextRule): string | null {
  const value = parent[key];
  const where = `${path}.${key}`;
  if (typeof value !== 'string') return fail(errors, where, 'not a string');
  if (rule.nonEmpty && value.trim() === '') return fail(errors, where, 'empty');
  if (value.length > (rule.maxLength ?? MAX_METADATA_LENGTH)) return fail(errors, where, 'too long');
  if (rule.pattern && !rule.pattern.test(value)) return fail(errors, where, 'not a valid id');
  return value;
}

function optionalText(parent: Record<string, unknown>, key: string, errors: Errors, path: string): string | null {
  return parent[key] === null ? null : text(parent, key, errors, path, {});
}

function names(parent: Record<string, unknown>, key: string, errors: Errors, path: string): string[] {
  const value = parent[key];
  const where = `${path}.${key}`;
  if (!Array.isArray(value)) return fail(errors, where, 'not a list') ?? [];
  if (value.length > MAX_FORMS_PER_ENTITY) return fail(errors, where, `more than ${MAX_FORMS_PER_ENTITY} forms`) ?? [];
  return value.flatMap((item, index) => {
    if (typeof item !== 'string' || item.trim() === '' || item.length > MAX_NAME_LENGTH) {
      errors.add(`${where}[${index}]`, 'not a non-empty name');
      return [];
    }
    return [item];
  });
}

function bool(parent: Record<string, unknown>, key: string, errors: Errors, path: string): boolean {
  const value = parent[key];
  if (typeof value !== 'boolean') errors.add(path ? `${path}.${key}` : key, 'not true or false');
  return value === true;
}

function timestamp(parent: Record<string, unknown>, key: string, errors: Errors, path: string): number {
  const value = parent[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    errors.add(`${path}.${key}`, 'not a time');
    return 0;
  }
  return value;
}

function fail(errors: Errors, path: string, message: string): null {
  errors.add(path, message);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
