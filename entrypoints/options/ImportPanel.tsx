import { useState } from 'preact/hooks';
import { TEXT_ENCODINGS, type TextEncoding } from '@/lib/import/encoding';
import { ACCEPTED_EXTENSIONS } from '@/lib/import/file-kind';
import { MAX_DOCUMENT_FILE_BYTES, MAX_EXPORT_FILE_BYTES, MAX_FILES_PER_IMPORT } from '@/lib/import/limits';
import type { UserData, UserDocument } from '@/lib/import/types';
import { t } from '@/utils/i18n';
import { updatePageSettings } from '@/utils/settings';
import type { DataImportCounts } from '@/utils/user-store/store';
import { decodeFile, newDocumentId, prepareImport, readFiles, TooManyFilesError, type PendingFile } from './import-files';
import type { NoticeContent } from './Notice';
import { megabytes, problemMessage, storeProblemMessage } from './problem-message';
import { ProgressBar } from './ProgressBar';
import type { UserDataState } from './use-user-data';

const PREVIEW_CHARS = 160;
/** A thousand rows of previews would take longer to draw than the files take to read. */
const ACCEPTED_ROWS_SHOWN = 30;

export function ImportPanel({ user, stored, notify }: { user: UserDataState; stored: UserDocument[]; notify: (notice: NoticeContent) => void }) {
  const [pending, setPending] = useState<PendingFile[]>([]);
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  const choose = async (files: File[]) => {
    if (files.length === 0) return;
    performance.mark('import:read:start');
    setProgress({ label: t('importReading'), done: 0, total: files.length });
    try {
      setPending(await readFiles(files, throttled((done, total) => setProgress({ label: t('importReading'), done, total }))));
      performance.mark('import:read:end');
    } catch (error) {
      if (!(error instanceof TooManyFilesError)) throw error;
      notify({ tone: 'error', text: t('importTooManyFiles', String(MAX_FILES_PER_IMPORT)) });
    } finally {
      setProgress(null);
    }
  };

  const confirm = async () => {
    performance.mark('import:save:start');
    const prepared = prepareImport(pending, stored, Date.now(), newDocumentId);
    const merged = mergeForImport(prepared.documents, prepared.exports, user.data?.bundledCorpusHidden ?? false);
    const total = merged.documents.length;
    setProgress({ label: t('importSaving'), done: 0, total });
    let counts: DataImportCounts | null = null;
    const problem = await user.change(async (store) => {
      performance.mark('import:store:start');
      counts = await store.importData(merged);
      performance.mark('import:store:end');
      setProgress({ label: t('importSaving'), done: total, total });
    });
    setProgress(null);
    performance.mark('import:save:end');
    if (problem) {
      notify({ tone: 'error', text: `${storeProblemMessage(problem)} ${t('importNothingSaved')}` });
      return;
    }
    if (merged.settings) await updatePageSettings(merged.settings);
    const saved = counts as DataImportCounts | null;
    const refused = pending.filter((file) => file.outcome.kind === 'refused').length + prepared.duplicates.length + (saved?.skippedDuplicates ?? 0);
    setPending(prepared.duplicates);
    notify({ tone: refused > 0 ? 'error' : 'info', text: t('importDone', [String(saved?.documents ?? 0), String(refused)]) });
  };

  const override = (file: PendingFile, encoding: TextEncoding) => {
    if (!file.bytes) return;
    setPending((files) => files.map((each) => (each.key === file.key ? decodeFile(file.key, file.name, file.bytes!, encoding) : each)));
  };

  const accepted = pending.filter((file) => file.outcome.kind !== 'refused').length;
  // Every refused file is listed with its reason; of the accepted ones only the first few, for their encoding.
  const shown = [...pending.filter((file) => file.outcome.kind === 'refused'), ...pending.filter((file) => file.outcome.kind !== 'refused').slice(0, ACCEPTED_ROWS_SHOWN)];
  return (
    <section class="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p class="hint">
        {t('importLimits', [ACCEPTED_EXTENSIONS.join(' '), megabytes(MAX_DOCUMENT_FILE_BYTES), megabytes(MAX_EXPORT_FILE_BYTES), String(MAX_FILES_PER_IMPORT)])}
      </p>
      <label
        class={`dropzone${dragging ? ' dropzone--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void choose([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <span>{t('importDrop')}</span>
        <input
          id="import-files"
          type="file"
          multiple
          accept={[...ACCEPTED_EXTENSIONS, 'text/plain', 'text/markdown', 'text/html', 'application/json'].join(',')}
          onChange={(event) => {
            const input = event.currentTarget;
            void choose([...(input.files ?? [])]).finally(() => (input.value = ''));
          }}
        />
      </label>
      {user.writable ? null : <p class="notice notice--error">{t('privateWindowNothingSaved')}</p>}
      {progress && <ProgressBar {...progress} />}
      {pending.length > 0 && (
        <>
          <ul class="pending" id="pending-files">
            {shown.map((file) => (
              <PendingRow key={file.key} file={file} onEncoding={(encoding) => override(file, encoding)} />
            ))}
          </ul>
          {shown.length < pending.length && <p class="hint">{t('importMoreReady', String(pending.length - shown.length))}</p>}
          <div class="row">
            <button type="button" id="import-confirm" disabled={accepted === 0 || !user.writable || progress !== null} onClick={() => void confirm()}>
              {t('importConfirm', String(accepted))}
            </button>
            <button type="button" onClick={() => setPending([])}>
              {t('importClear')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function PendingRow({ file, onEncoding }: { file: PendingFile; onEncoding: (encoding: TextEncoding) => void }) {
  const { outcome } = file;
  return (
    <li class={`pending__file pending__file--${outcome.kind}`} data-file={file.name}>
      <strong class="pending__name">{file.name}</strong>
      {outcome.kind === 'refused' && <span class="pending__problem">{problemMessage(outcome.problem)}</span>}
      {outcome.kind === 'export' && (
        <span class="pending__summary">{t('importExportSummary', [String(outcome.data.documents.length), String(outcome.data.entities.length)])}</span>
      )}
      {outcome.kind === 'document' && (
        <>
          <label class="pending__encoding">
            {t('importEncoding')}{' '}
            <select value={outcome.encoding} onChange={(event) => onEncoding(event.currentTarget.value as TextEncoding)}>
              {TEXT_ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {encoding}
                  {outcome.detected && encoding === outcome.encoding ? ` (${t('importDetected')})` : ''}
                </option>
              ))}
            </select>
          </label>
          <p class="pending__preview" dir="auto">
            {outcome.text.slice(0, PREVIEW_CHARS)}
          </p>
        </>
      )}
    </li>
  );
}

/** Progress redrawn at most every 100 ms and at the end: a render per file would cost more than reading it. */
function throttled(report: (done: number, total: number) => void): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done < total && now - last < 100) return;
    last = now;
    report(done, total);
  };
}

/** Files and export files go into the store in one transaction: all of them, or none. */
function mergeForImport(documents: UserDocument[], exports: UserData[], bundledCorpusHidden: boolean): UserData {
  const last = exports[exports.length - 1];
  return {
    documents: [...documents, ...exports.flatMap((data) => data.documents)],
    entities: exports.flatMap((data) => data.entities),
    entityAdjustments: exports.flatMap((data) => data.entityAdjustments),
    falseMatches: exports.flatMap((data) => data.falseMatches),
    bundledCorpusHidden: last ? last.bundledCorpusHidden : bundledCorpusHidden,
    settings: last?.settings ?? null,
  };
}
