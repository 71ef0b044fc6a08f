import { useMemo, useState } from 'preact/hooks';
import type { Entity } from '@/lib/catalogue/types';
import { parseForms } from '@/lib/import/entities';
import type { EntityAdjustment } from '@/lib/import/types';
import { t } from '@/utils/i18n';

const RESULTS_SHOWN = 10;

export interface BundledEntityPanelProps {
  catalogue: readonly Entity[];
  adjustments: EntityAdjustment[];
  writable: boolean;
  onAdjust(adjustment: EntityAdjustment): void;
}

/** Bundled entities are never edited or deleted: the user hides them, mutes them or gives them more forms. */
export function BundledEntityPanel({ catalogue, adjustments, writable, onAdjust }: BundledEntityPanelProps) {
  const [query, setQuery] = useState('');
  const byId = useMemo(() => new Map(adjustments.map((adjustment) => [adjustment.entityId, adjustment])), [adjustments]);
  const needle = query.trim().toLowerCase();
  const shown = needle
    ? catalogue.filter((entity) => [entity.nameAr, entity.nameEn, ...entity.forms].some((name) => name.toLowerCase().includes(needle))).slice(0, RESULTS_SHOWN)
    : catalogue.filter((entity) => byId.has(entity.id));
  return (
    <section class="panel" aria-labelledby="bundled-entities-heading">
      <h2 id="bundled-entities-heading">{t('bundledEntitiesHeading')}</h2>
      <label class="field">
        <span>{t('bundledEntitiesSearch')}</span>
        <input id="bundled-entity-search" type="search" dir="auto" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </label>
      <ul class="entities" id="bundled-entity-list">
        {shown.map((entity) => (
          <BundledEntityRow key={entity.id} entity={entity} adjustment={byId.get(entity.id) ?? { entityId: entity.id, hidden: false, muted: false, extraForms: [] }} writable={writable} onAdjust={onAdjust} />
        ))}
      </ul>
    </section>
  );
}

function BundledEntityRow({ entity, adjustment, writable, onAdjust }: { entity: Entity; adjustment: EntityAdjustment; writable: boolean; onAdjust(adjustment: EntityAdjustment): void }) {
  const [forms, setForms] = useState(adjustment.extraForms.join('\n'));
  return (
    <li class="entity" data-entity-id={entity.id}>
      <span class="entity__name" dir="rtl" lang="ar">
        {entity.nameAr}
      </span>
      <span class="entity__name-en"> · {entity.nameEn}</span>
      <div class="row">
        <label>
          <input type="checkbox" name="hidden" checked={adjustment.hidden} disabled={!writable} onChange={(event) => onAdjust({ ...adjustment, hidden: event.currentTarget.checked })} /> {t('entityHide')}
        </label>
        <label>
          <input type="checkbox" name="muted" checked={adjustment.muted} disabled={!writable} onChange={(event) => onAdjust({ ...adjustment, muted: event.currentTarget.checked })} /> {t('entityMute')}
        </label>
      </div>
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          onAdjust({ ...adjustment, extraForms: parseForms(forms) });
        }}
      >
        <label class="field">
          <span>{t('entityExtraForms')}</span>
          <textarea name="extraForms" dir="rtl" lang="ar" rows={1} value={forms} disabled={!writable} onInput={(event) => setForms(event.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!writable}>
          {t('save')}
        </button>
      </form>
    </li>
  );
}
