import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CorpusBrowser, useBrowsing } from '@/components/CorpusBrowser';
import type { CorpusApi } from '@/components/corpus-api';
import { Surface } from '@/components/Surface';
import type { Translate, UiLanguage } from '@/components/translate';
import { showMentionInTab } from '@/utils/page-entities';
import { takePendingLookup, watchPendingLookups, type LookupTarget } from '@/utils/side-panel';
import { usePageEntities } from '@/utils/surface-hooks';

export interface SidePanelAppProps {
  api: CorpusApi;
  t: Translate;
  uiLanguage: UiLanguage;
  /** The tab named in the address (`?tab=`); without one the panel follows the active tab of its window. */
  fixedTabId: number | null;
  initialQuery: string;
  initialEntityId: string | null;
}

/**
 * The side panel: the active page's entities by type, an entity's passages and related entities, the corpus
 * search, and whatever a context menu, shortcut, popup or hover card asked it to look up.
 */
export function SidePanelApp({ api, t, uiLanguage, fixedTabId, initialQuery, initialEntityId }: SidePanelAppProps) {
  const browsing = useBrowsing(initialQuery, initialEntityId);
  const { entityId, onEntityChange: setEntityId, onQueryChange: setQuery } = browsing;
  const tabId = useFollowedTab(fixedTabId);
  const page = usePageEntities(api, tabId);

  useEffect(() => {
    const show = (target: LookupTarget) => {
      if ('entityId' in target) {
        setEntityId(target.entityId);
      } else {
        setEntityId(null);
        setQuery(target.query);
      }
    };
    void takePendingLookup().then((target) => target && show(target));
    return watchPendingLookups(show);
  }, []);

  const pageMentions = entityId && page.status === 'done' ? (page.counts.get(entityId) ?? 0) : 0;
  return (
    <Surface title={t('sidePanelTitle')}>
      <CorpusBrowser
        api={api}
        t={t}
        uiLanguage={uiLanguage}
        page={page}
        {...browsing}
        detail={{
          pageMentions,
          onShowMention: (occurrence) => typeof tabId === 'number' && entityId !== null && void showMentionInTab(tabId, entityId, occurrence).catch(() => undefined),
        }}
      />
    </Surface>
  );
}

/**
 * The tab the panel is about: the fixed one, or the active tab of the panel's window as the user switches;
 * undefined until the browser has said which.
 */
function useFollowedTab(fixedTabId: number | null): number | null | undefined {
  const [tabId, setTabId] = useState<number | null | undefined>(fixedTabId ?? undefined);
  useEffect(() => {
    if (fixedTabId !== null) return;
    let windowId: number | undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    void browser.windows.getCurrent().then((current) => {
      windowId = current.id;
      return browser.tabs.query({ active: true, windowId: current.id });
    }).then(([active]) => setTabId(active?.id ?? null));
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixedTabId]);
  return tabId;
}
