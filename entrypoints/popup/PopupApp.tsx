import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CorpusBrowser, useBrowsing } from '@/components/CorpusBrowser';
import type { CorpusApi } from '@/components/corpus-api';
import { MarkingSwitches } from '@/components/MarkingSwitches';
import { Surface } from '@/components/Surface';
import type { Translate, UiLanguage } from '@/components/translate';
import type { MessageKey } from '@/utils/i18n';
import { sendRequest } from '@/utils/messages';
import { openSidePanel, requestLookup, type LookupTarget } from '@/utils/side-panel';
import { useMarking, usePageEntities } from '@/utils/surface-hooks';

export interface PopupAppProps {
  api: CorpusApi;
  t: Translate;
  uiLanguage: UiLanguage;
  tabId: number | null;
  initialQuery: string;
  initialEntityId: string | null;
}

/** The toolbar popup: search with the page's entities under an empty box, the marking switches, the side panel. */
export function PopupApp({ api, t, uiLanguage, tabId, initialQuery, initialEntityId }: PopupAppProps) {
  const browsing = useBrowsing(initialQuery, initialEntityId);
  const page = usePageEntities(api, tabId);
  const marking = useMarking(page.status === 'done' ? page.url : null);
  const windowId = useCurrentWindowId();

  const adding = useAddPage(tabId, t);

  const openPanel = () => {
    // Open first, in the click itself: both browsers refuse once an await has passed.
    const opening = openSidePanel({ windowId: windowId ?? undefined, tabId: tabId ?? undefined });
    const { entityId, query } = browsing;
    const target: LookupTarget | null = entityId ? { entityId } : query.trim() ? { query } : null;
    void Promise.all([opening, target && requestLookup(target)]).then(() => window.close(), () => undefined);
  };

  return (
    <Surface title={t('popupTitle')} className="surface--popup">
      <CorpusBrowser api={api} t={t} uiLanguage={uiLanguage} page={page} {...browsing} detail={{ snippets: true }} />
      <footer class="surface__footer">
        <MarkingSwitches
          t={t}
          site={marking.site}
          siteOn={marking.siteOn}
          everywhereOn={marking.everywhereOn}
          onSiteChange={marking.setSite}
          onEverywhereChange={marking.setEverywhere}
        />
        <button type="button" class="surface__button" onClick={openPanel}>
          {t('openSidePanel')}
        </button>
        <button type="button" class="surface__button" id="add-page" disabled={tabId === null || adding.busy} onClick={adding.add}>
          {t('menuAddPage')}
        </button>
        <p class="surface__status" role="status" id="add-page-status">
          {adding.outcome}
        </p>
      </footer>
    </Surface>
  );
}

/** "Add this page to my corpus" for the popup's tab; the background reads and stores it, and says how it went. */
function useAddPage(tabId: number | null, t: Translate): { busy: boolean; outcome: string; add: () => void } {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState('');
  const add = () => {
    if (tabId === null) return;
    setBusy(true);
    setOutcome('');
    sendRequest({ type: 'addPage', tabId })
      .then(
        (outcome) => setOutcome(t(typeof outcome === 'string' ? (`addPageOutcome_${outcome}` as MessageKey) : 'addPageOutcome_failed')),
        () => setOutcome(t('addPageOutcome_failed')),
      )
      .finally(() => setBusy(false));
  };
  return { busy, outcome, add };
}

/** Fetched ahead of time: the side panel button must open the panel without awaiting anything. */
function useCurrentWindowId(): number | null {
  const [windowId, setWindowId] = useState<number | null>(null);
  useEffect(() => {
    browser.windows.getCurrent().then(
      (current) => setWindowId(current.id ?? null),
      () => undefined,
    );
  }, []);
  return windowId;
}
