import { useEffect, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '@/lib/catalogue/types';
import { parseForms } from '@/lib/import/entities';
import { MAX_NAME_LENGTH } from '@/lib/import/limits';
import type { EntityAdjustment, OwnEntity } from '@/lib/import/types';
import { t, type MessageKey } from '@/utils/i18n';

export interface EntityDraft {
  id: string | null;
  nameAr: string;
  nameEn: string;
  type: EntityType;
  forms: string;
}

const emptyDraft = (nameAr = ''): EntityDraft => ({ id: null, nameAr, nameEn: '', type: 'person', forms: '' });

export interface EntityPanelProps {
  entities: OwnEntity[];
  adjustments: EntityAdjustment[];
  writable: boolean;
  /** A name handed over by the context menu's "Track this name". */
  initialName: string | null;
  onSave(entity: Omit<OwnEntity, 'createdAt' | 'id'> & { id: string | null }): void;
  onDelete(entity: OwnEntity): void;
  onMute(entityId: string, muted: boolean): void;
}

export function EntityPanel({ entities, adjustments, writable, initialName, onSave, onDelete, onMute }: EntityPanelProps) {
  const [draft, setDraft] = useState<EntityDraft>(emptyDraft(initialName ?? ''));
  useEffect(() => {
    if (initialName) setDraft(emptyDraft(initialName));
  }, [initialName]);
  const muted = new Set(adjustments.filter((adjustment) => adjustment.muted).map((adjustment) => adjustment.entityId));

  return (
    <section class="panel" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t('entitiesHeading')}</h2>
      <form
        id="entity-form"
        class="entity-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.nameAr.trim() === '') return;
          onSave({ id: draft.id, nameAr: draft.nameAr.trim(), nameEn: draft.nameEn.trim(), type: draft.type, forms: parseForms(draft.forms) });
          setDraft(emptyDraft());
        }}
      >
        <label class="field">
          <span>{t('entityNameAr')}</span>
          <input name="nameAr" dir="rtl" lang="ar" required maxLength={MAX_NAME_LENGTH} value={draft.nameAr} autoFocus={!!initialName} onInput={(event) => setDraft({ ...draft, nameAr: event.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('entityNameEn')}</span>
          <input name="nameEn" dir="ltr" lang="en" maxLength={MAX_NAME_LENGTH} value={draft.nameEn} onInput={(event) => setDraft({ ...draft, nameEn: event.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('entityType')}</span>
          <select name="type" value={draft.type} onChange={(event) => setDraft({ ...draft, type: event.currentTarget.value as EntityType })}>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`entityType_${type}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('entityForms')}</span>
          <textarea name="forms" dir="rtl" lang="ar" rows={2} value={draft.forms} onInput={(event) => setDraft({ ...draft, forms: event.currentTarget.value })} />
        </label>
        <div class="row">
          <button type="submit" disabled={!writable}>
            {draft.id ? t('save') : t('entityAdd')}
          </button>
          {draft.id && (
            <button type="button" onClick={() => setDraft(emptyDraft())}>
              {t('cancel')}
            </button>
          )}
        </div>
      </form>
      {entities.length === 0 ? (
        <p class="hint">{t('entitiesNone')}</p>
      ) : (
        <ul class="entities" id="entity-list">
          {entities.map((entity) => (
            <li key={entity.id} class="entity" data-entity-id={entity.id}>
              <span class="entity__name" dir="rtl" lang="ar">
                {entity.nameAr}
              </span>
              {entity.nameEn && <span class="entity__name-en"> · {entity.nameEn}</span>}
              <span class="entity__type"> · {t(`entityType_${entity.type}` as MessageKey)}</span>
              {entity.forms.length > 0 && (
                <span class="entity__forms" dir="rtl" lang="ar">
                  {' '}
                  ({entity.forms.join('، ')})
                </span>
              )}
              <div class="row">
                <label>
                  <input type="checkbox" checked={muted.has(entity.id)} disabled={!writable} onChange={(event) => onMute(entity.id, event.currentTarget.checked)} /> {t('entityMute')}
                </label>
                <button type="button" disabled={!writable} onClick={() => setDraft({ id: entity.id, nameAr: entity.nameAr, nameEn: entity.nameEn, type: entity.type, forms: entity.forms.join('\n') })}>
                  {t('edit')}
                </button>
                <button type="button" class="danger" disabled={!writable} onClick={() => onDelete(entity)}>
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
