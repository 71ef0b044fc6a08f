import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { EntityAdjustment, FalseMatch, OwnEntity, UserDocument } from '@/lib/import/types';
import { announceUserDataChange, watchUserDataChanges } from '@/utils/user-data-signal';
import { toStoreError, type StoreProblem } from '@/utils/user-store/errors';
import type { TrashEntry } from '@/utils/user-store/schema';
import { UserStore } from '@/utils/user-store/store';

export interface UserDataView {
  documents: UserDocument[];
  entities: OwnEntity[];
  adjustments: EntityAdjustment[];
  trash: TrashEntry[];
  falseMatches: FalseMatch[];
  bundledCorpusHidden: boolean;
}

export interface UserDataState {
  store: UserStore | null;
  data: UserDataView | null;
  /** False in a private window: the page shows that nothing will be saved. */
  writable: boolean;
  loadError: StoreProblem | null;
  /** Runs a change, then reloads and tells the background; resolves to the problem if it failed. */
  change(run: (store: UserStore) => Promise<unknown>): Promise<StoreProblem | null>;
}

export function useUserData(): UserDataState {
  const writable = !browser.extension.inIncognitoContext;
  const [store, setStore] = useState<UserStore | null>(null);
  const [data, setData] = useState<UserDataView | null>(null);
  const [loadError, setLoadError] = useState<StoreProblem | null>(null);

  const reload = useCallback(async (opened: UserStore) => {
    const [documents, entities, adjustments, trash, falseMatches, bundledCorpusHidden] = await Promise.all([
      opened.listDocuments(),
      opened.listEntities(),
      opened.listAdjustments(),
      opened.listTrash(),
      opened.listFalseMatches(),
      opened.bundledCorpusHidden(),
    ]);
    documents.sort((a, b) => b.addedAt - a.addedAt);
    trash.sort((a, b) => b.deletedAt - a.deletedAt);
    falseMatches.sort((a, b) => b.createdAt - a.createdAt);
    setData({ documents, entities, adjustments, trash, falseMatches, bundledCorpusHidden });
  }, []);

  useEffect(() => {
    let opened: UserStore | null = null;
    UserStore.open({ writable })
      .then(async (value) => {
        opened = value;
        setStore(value);
        await reload(value);
      })
      .catch((error: unknown) => setLoadError(toStoreError(error).problem));
    const stop = watchUserDataChanges(() => {
      if (opened) void reload(opened);
    });
    return () => {
      stop();
      opened?.close();
    };
  }, [reload, writable]);

  const change = useCallback(
    async (run: (opened: UserStore) => Promise<unknown>) => {
      if (!store) return 'failed' as const;
      try {
        await run(store);
        await announceUserDataChange();
        return null;
      } catch (error) {
        return toStoreError(error).problem;
      } finally {
        await reload(store);
      }
    },
    [store, reload],
  );

  return { store, data, writable, loadError, change };
}
