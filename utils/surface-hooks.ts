import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CorpusApi } from '@/components/corpus-api';
import type { PageEntity } from '@/components/PageEntityList';
import { fetchPageEntities } from './page-entities';
import { isMarkingOn, loadPageSettings, setMarkingForSite, siteOf, updatePageSettings, watchPageSettings, type PageSettings } from './settings';

export type PageEntitiesState =
  | { status: 'loading' }
  /** No content script reported: the browser keeps extensions out of this page. */
  | { status: 'unavailable' }
  | { status: 'done'; url: string; entities: PageEntity[]; counts: Map<string, number> };

/**
 * The entities on a tab's page (`tabId` null: no tab; undefined: not known yet) with their names, kept current: the content scripts' reports reach every extension
 * page, so a report from this tab (a new page, a page that changed) triggers a fresh read.
 */
export function usePageEntities(api: CorpusApi, tabId: number | null | undefined): PageEntitiesState {
  const [state, setState] = useState<PageEntitiesState>({ status: 'loading' });
  useEffect(() => {
    // Not known yet (the side panel is still asking which tab is active).
    if (tabId === undefined) return;
    if (tabId === null) {
      setState({ status: 'unavailable' });
      return;
    }
    let current = true;
    const refresh = async () => {
      const { url, counts } = await fetchPageEntities(tabId);
      if (url === null) return current && setState({ status: 'unavailable' });
      const infos = await api.entities([...counts.keys()]);
      const entities = [...counts].flatMap(([id, count]) => {
        const info = infos.get(id);
        return info ? [{ entity: info.entity, count }] : [];
      });
      if (current) setState({ status: 'done', url, entities, counts });
    };
    const onReport = (message: unknown, sender: { tab?: { id?: number } }) => {
      if ((message as { type?: unknown })?.type === 'reportPage' && sender.tab?.id === tabId) setTimeout(() => void refresh(), 50);
    };
    setState({ status: 'loading' });
    refresh().catch(() => current && setState({ status: 'unavailable' }));
    browser.runtime.onMessage.addListener(onReport);
    return () => {
      current = false;
      browser.runtime.onMessage.removeListener(onReport);
    };
  }, [api, tabId]);
  return state;
}

export interface MarkingState {
  site: string | null;
  siteOn: boolean;
  everywhereOn: boolean;
  setSite(on: boolean): void;
  setEverywhere(on: boolean): void;
}

/** The marking switches of a page's site, shared live with every other surface through storage. */
export function useMarking(pageUrl: string | null): MarkingState {
  const [settings, setSettings] = useState<PageSettings | null>(null);
  // Each change reads the stored settings and writes them back: two quick clicks must not interleave, or the
  // second would write back what the first had just changed.
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const write = (change: () => Promise<PageSettings>) => {
    writes.current = writes.current.then(change).then(setSettings, () => undefined);
  };
  useEffect(() => {
    void loadPageSettings().then(setSettings);
    return watchPageSettings(setSettings);
  }, []);
  const site = pageUrl ? siteOf(pageUrl) || null : null;
  return {
    site,
    siteOn: settings !== null && site !== null ? isMarkingOn({ ...settings, enabled: true }, site) : true,
    everywhereOn: settings?.enabled ?? true,
    setSite: (on) => {
      if (site) write(() => setMarkingForSite(site, on));
    },
    setEverywhere: (on) => write(() => updatePageSettings({ enabled: on })),
  };
}
