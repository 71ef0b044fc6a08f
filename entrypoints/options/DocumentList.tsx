import { useState } from 'preact/hooks';
import { EDITABLE_SOURCE_FIELDS, type EditableSource, type UserDocument } from '@/lib/import/types';
import { t, type MessageKey } from '@/utils/i18n';

const FIELD_LABELS: Record<keyof EditableSource, MessageKey> = {
  title: 'sourceTitleLabel',
  outlet: 'sourceOutletLabel',
  url: 'sourceUrlLabel',
  date: 'sourceDateLabel',
};
/** Rows shown before "show all": a thousand rows of inputs would make the page slow to open. */
const FIRST_ROWS = 50;

export interface DocumentListProps {
  documents: UserDocument[];
  writable: boolean;
  onSave(id: string, source: EditableSource): void;
  onDelete(document: UserDocument): void;
}

export function DocumentList({ documents, writable, onSave, onDelete }: DocumentListProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? documents : documents.slice(0, FIRST_ROWS);
  if (documents.length === 0) return <p class="hint">{t('documentsNone')}</p>;
  return (
    <>
      <ul class="documents" id="document-list">
        {shown.map((document) => (
          <DocumentRow key={document.id} document={document} writable={writable} onSave={onSave} onDelete={onDelete} />
        ))}
      </ul>
      {shown.length < documents.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t('documentsShowAll', String(documents.length))}
        </button>
      )}
    </>
  );
}

function DocumentRow({ document, writable, onSave, onDelete }: { document: UserDocument } & Omit<DocumentListProps, 'documents'>) {
  const [draft, setDraft] = useState<EditableSource>(document.source);
  const changed = EDITABLE_SOURCE_FIELDS.some((field) => (draft[field] ?? '') !== (document.source[field] ?? ''));
  return (
    <li class="document" data-document-id={document.id}>
      <form
        class="document__form"
        onSubmit={(event) => {
          event.preventDefault();
          onSave(document.id, normalise(draft));
        }}
      >
        {EDITABLE_SOURCE_FIELDS.map((field) => (
          <label key={field} class="field">
            <span>{t(FIELD_LABELS[field])}</span>
            <input
              name={field}
              dir="auto"
              type="text"
              value={draft[field] ?? ''}
              disabled={!writable}
              onInput={(event) => setDraft({ ...draft, [field]: event.currentTarget.value })}
            />
          </label>
        ))}
        <p class="document__excerpt" dir="auto">
          {document.text.slice(0, 200)}
        </p>
        <div class="row">
          <button type="submit" disabled={!changed || !writable}>
            {t('save')}
          </button>
          <button type="button" class="danger" disabled={!writable} onClick={() => onDelete(document)}>
            {t('delete')}
          </button>
        </div>
      </form>
    </li>
  );
}

function normalise(source: EditableSource): EditableSource {
  const clean = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());
  return { title: clean(source.title), outlet: clean(source.outlet), url: clean(source.url), date: clean(source.date) };
}
