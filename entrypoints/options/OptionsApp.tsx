import { useEffect, useState } from 'preact/hooks';
import { isWebUrl, serializeExport } from '@/lib/import/export-format';
import { OWN_ENTITY_PREFIX, type EditableSource, type OwnEntity } from '@/lib/import/types';
import { t } from '@/utils/i18n';
import { DEFAULT_PAGE_SETTINGS, loadPageSettings, updatePageSettings, watchPageSettings, type PageSettings } from '@/utils/settings';
import type { UserStore } from '@/utils/user-store/store';
import { bundledCatalogue } from '@/lib/catalogue/load';
import { BundledEntityPanel } from './BundledEntityPanel';
import { DocumentList } from './DocumentList';
import { EntityPanel } from './EntityPanel';
import { ImportPanel } from './ImportPanel';
import { Notice, type NoticeContent } from './Notice';
import { storeProblemMessage } from './problem-message';
import { SettingsForm } from './SettingsForm';
import { useUserData } from './use-user-data';

/** `options.html#track=NAME`: the context menu's "Track this name" opens the entity form with the name. */
function trackedNameFromHash(): string | null {
  const match = /^#track=(.*)$/u.exec(location.hash);
  return match ? decodeURIComponent(match[1]!).slice(0, 200) : null;
}

export function OptionsApp() {
  const user = useUserData();
  const [notice, setNotice] = useState<NoticeContent | null>(null);
  const [settings, setSettings] = useState<PageSettings>(DEFAULT_PAGE_SETTINGS);
  const [trackedName, setTrackedName] = useState(trackedNameFromHash);

  useEffect(() => {
    void loadPageSettings().then(setSettings);
    const onHash = () => setTrackedName(trackedNameFromHash());
    addEventListener('hashchange', onHash);
    const stop = watchPageSettings(setSettings);
    return () => {
      stop();
      removeEventListener('hashchange', onHash);
    };
  }, []);

  const run = async (work: (store: UserStore) => Promise<unknown>, done?: NoticeContent) => {
    const problem = await user.change(work);
    setNotice(problem ? { tone: 'error', text: storeProblemMessage(problem) } : (done ?? null));
  };
  const undo = (trashId: string) => () => void run((store) => store.restore(trashId), { tone: 'info', text: t('restored') });

  if (user.loadError) return <p class="notice notice--error">{storeProblemMessage(user.loadError)}</p>;
  const data = user.data;
  if (!data) return <p aria-busy="true">…</p>;

  const entityName = (entityId: string) =>
    (data.entities.find((entity) => entity.id === entityId) ?? bundledCatalogue().entities.find((entity) => entity.id === entityId))?.nameAr ?? entityId;

  const saveSource = (id: string, source: EditableSource) => {
    if (source.url !== null && !isWebUrl(source.url)) {
      setNotice({ tone: 'error', text: t('sourceUrlInvalid') });
      return;
    }
    void run((store) => store.updateDocumentSource(id, source), { tone: 'info', text: t('saved') });
  };
  const saveEntity = (entity: Omit<OwnEntity, 'createdAt' | 'id'> & { id: string | null }) => {
    const existing = data.entities.find((each) => each.id === entity.id);
    const id = entity.id ?? `${OWN_ENTITY_PREFIX}${crypto.randomUUID().slice(0, 18)}`;
    void run((store) => store.putEntity({ ...entity, id, createdAt: existing?.createdAt ?? Date.now() }), { tone: 'info', text: t('saved') });
    if (trackedName) {
      history.replaceState(null, '', location.pathname);
      setTrackedName(null);
    }
  };
  const exportAll = async () => {
    if (!user.store) return;
    const json = serializeExport(await user.store.exportData({ ...(await loadPageSettings()) }), new Date());
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.download = `arabic-corpus-lookup-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  return (
    <>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {!user.writable && <p class="notice notice--error">{t('privateWindowNothingSaved')}</p>}
      <ImportPanel user={user} stored={data.documents} notify={setNotice} />

      <section class="panel" aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('documentsHeading', String(data.documents.length))}</h2>
        <label class="field field--inline">
          <input
            type="checkbox"
            id="hide-bundled"
            checked={data.bundledCorpusHidden}
            disabled={!user.writable}
            onChange={(event) => {
              const hidden = event.currentTarget.checked;
              void run((store) => store.setBundledCorpusHidden(hidden));
            }}
          />{' '}
          {t('hideBundledCorpus')}
        </label>
        <DocumentList
          documents={data.documents}
          writable={user.writable}
          onSave={saveSource}
          onDelete={(document) =>
            void run((store) => store.deleteDocument(document.id), {
              tone: 'info',
              text: t('deletedDocument', document.source.title ?? document.text.slice(0, 40)),
              action: { label: t('undo'), run: undo(`document:${document.id}`) },
            })
          }
        />
      </section>

      <EntityPanel
        entities={data.entities}
        adjustments={data.adjustments}
        writable={user.writable}
        initialName={trackedName}
        onSave={saveEntity}
        onDelete={(entity) =>
          void run((store) => store.deleteEntity(entity.id), {
            tone: 'info',
            text: t('deletedEntity', entity.nameAr),
            action: { label: t('undo'), run: undo(`entity:${entity.id}`) },
          })
        }
        onMute={(entityId, muted) => {
          const current = data.adjustments.find((adjustment) => adjustment.entityId === entityId) ?? { entityId, hidden: false, muted: false, extraForms: [] };
          void run((store) => store.putAdjustment({ ...current, muted }));
        }}
      />

      <BundledEntityPanel
        catalogue={bundledCatalogue().entities}
        adjustments={data.adjustments}
        writable={user.writable}
        onAdjust={(adjustment) => void run((store) => store.putAdjustment(adjustment), { tone: 'info', text: t('saved') })}
      />

      <section class="panel" aria-labelledby="false-matches-heading">
        <h2 id="false-matches-heading">{t('falseMatchesHeading')}</h2>
        {data.falseMatches.length === 0 ? (
          <p class="hint">{t('falseMatchesNone')}</p>
        ) : (
          <ul class="false-matches" id="false-match-list">
            {data.falseMatches.map((falseMatch) => (
              <li key={falseMatch.id} data-entity-id={falseMatch.entityId}>
                <span dir="rtl" lang="ar">
                  «{falseMatch.text}»
                </span>{' '}
                → {entityName(falseMatch.entityId)}{' '}
                <span class="hint" dir="ltr">
                  {falseMatch.url}
                </span>{' '}
                <button type="button" disabled={!user.writable} onClick={() => void run((store) => store.deleteFalseMatch(falseMatch.id))}>
                  {t('falseMatchRestore')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {data.trash.length > 0 && (
        <section class="panel" aria-labelledby="trash-heading">
          <h2 id="trash-heading">{t('trashHeading')}</h2>
          <ul class="trash" id="trash-list">
            {data.trash.map((entry) => (
              <li key={entry.id}>
                <span dir="auto">{entry.kind === 'document' ? (entry.item.source.title ?? entry.item.text.slice(0, 60)) : entry.item.nameAr}</span>{' '}
                <button type="button" disabled={!user.writable} onClick={undo(entry.id)}>
                  {t('undo')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="panel" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('exportHeading')}</h2>
        <p class="hint">{t('exportHint')}</p>
        <button type="button" id="export-all" onClick={() => void exportAll()}>
          {t('exportButton')}
        </button>
      </section>

      <SettingsForm settings={settings} onChange={(change) => void updatePageSettings(change).then(setSettings)} />
    </>
  );
}
