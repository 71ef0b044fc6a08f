import { createUserDocument, separateDuplicates } from '@/lib/import/documents';
import type { TextEncoding } from '@/lib/import/encoding';
import { MAX_FILES_PER_IMPORT } from '@/lib/import/limits';
import { checkFileBeforeReading, readImportFile, type FileReading, type ImportProblem } from '@/lib/import/read-file';
import type { UserData, UserDocument } from '@/lib/import/types';
import { readableTextOfHtml } from '@/utils/readable-text';

/** A chosen file, read and checked, waiting for the user to confirm (or to change its encoding). */
export interface PendingFile {
  key: string;
  name: string;
  /** Kept so that an encoding override can decode again; absent when the file was refused unread. */
  bytes: Uint8Array | null;
  outcome:
    | { kind: 'document'; text: string; title: string | null; encoding: TextEncoding; detected: boolean }
    | { kind: 'export'; data: UserData }
    | { kind: 'refused'; problem: ImportProblem };
}

export class TooManyFilesError extends Error {}

/** Reads the files one by one, reporting progress; a file over its size limit is refused without being read. */
export async function readFiles(files: readonly File[], onProgress: (done: number, total: number) => void): Promise<PendingFile[]> {
  if (files.length > MAX_FILES_PER_IMPORT) throw new TooManyFilesError(String(MAX_FILES_PER_IMPORT));
  const pending: PendingFile[] = [];
  for (const [index, file] of files.entries()) {
    const key = `${index}:${file.name}`;
    const early = checkFileBeforeReading(file.name, file.size);
    if (early) pending.push({ key, name: file.name, bytes: null, outcome: { kind: 'refused', problem: early } });
    else pending.push(decodeFile(key, file.name, new Uint8Array(await file.arrayBuffer())));
    onProgress(index + 1, files.length);
  }
  return pending;
}

export function decodeFile(key: string, name: string, bytes: Uint8Array, encoding?: TextEncoding): PendingFile {
  return { key, name, bytes, outcome: outcomeOf(readImportFile(name, bytes, encoding)) };
}

function outcomeOf(reading: FileReading): PendingFile['outcome'] {
  if (reading.outcome === 'refused') return { kind: 'refused', problem: reading.problem };
  if (reading.outcome === 'export') return { kind: 'export', data: reading.data };
  const base = { encoding: reading.encoding.encoding, detected: !reading.encoding.overridden };
  if (reading.kind !== 'html') return { kind: 'document', text: reading.text, title: null, ...base };
  const { title, text } = readableTextOfHtml(reading.text);
  if (text.trim() === '') return { kind: 'refused', problem: { code: 'noText' } };
  return { kind: 'document', text, title, ...base };
}

export interface PreparedImport {
  documents: UserDocument[];
  exports: UserData[];
  /** Files refused now: duplicates of stored documents or of an earlier file in the batch. */
  duplicates: PendingFile[];
}

/** The documents to store from the accepted files, duplicates set aside. */
export function prepareImport(pending: readonly PendingFile[], stored: readonly UserDocument[], now: number, newId: () => string): PreparedImport {
  const candidates = pending.flatMap((file) =>
    file.outcome.kind === 'document' ? [{ file, text: file.outcome.text, source: { title: file.outcome.title, outlet: null, url: null, date: null }, encoding: file.outcome.encoding }] : [],
  );
  const { fresh, duplicates } = separateDuplicates(candidates, stored);
  return {
    documents: fresh.map((candidate) =>
      createUserDocument({ text: candidate.text, source: candidate.source, origin: { kind: 'file', fileName: candidate.file.name, encoding: candidate.encoding } }, newId(), now),
    ),
    exports: pending.flatMap((file) => (file.outcome.kind === 'export' ? [file.outcome.data] : [])),
    duplicates: duplicates.map(({ item, ofTitle }) => ({ ...item.file, outcome: { kind: 'refused', problem: { code: 'duplicate', ofTitle } } })),
  };
}

export function newDocumentId(): string {
  return crypto.randomUUID().replace(/-/gu, '').slice(0, 20);
}
