import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOOK_UP_COMMAND, LOOK_UP_MENU_ID, registerSelectionLookup } from './selection-lookup';
import { takePendingLookup } from './side-panel';

/** A stand-in for an extension event the fake browser does not implement, that a test can fire. */
function fakeEvent<Listener extends (...args: never[]) => unknown>() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: () => undefined,
    hasListener: () => listeners.length > 0,
    fire: (...args: Parameters<Listener>) => listeners.forEach((listener) => listener(...args)),
  };
}

type Api = Record<string, Record<string, unknown>>;

describe('registerSelectionLookup', () => {
  const steps: string[] = [];
  type Tab = { id?: number; windowId?: number };
  let menuClicked = fakeEvent<(info: { menuItemId: string; selectionText?: string }, tab?: Tab) => void>();
  let commanded = fakeEvent<(command: string, tab?: Tab) => void>();
  const created: unknown[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    steps.length = 0;
    created.length = 0;
    menuClicked = fakeEvent();
    commanded = fakeEvent();
    const api = fakeBrowser as unknown as Api;
    api.i18n!.getMessage = (key: string) => key;
    api.contextMenus = { create: (item: unknown) => void created.push(item), onClicked: menuClicked };
    api.commands = { onCommand: commanded };
    api.scripting = { executeScript: async () => [{ result: '  حماس  ' }] };
    vi.stubGlobal('chrome', {
      sidePanel: {
        open: vi.fn(async (where: unknown) => void steps.push(`open ${JSON.stringify(where)}`)),
      },
    });
    registerSelectionLookup();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('adds "Look up in the corpus" to the menu of a selection on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(created).toEqual([{ id: LOOK_UP_MENU_ID, title: expect.any(String), contexts: ['selection'] }]);
  });

  it('opens the side panel in the click itself, then hands it the selection', async () => {
    menuClicked.fire({ menuItemId: LOOK_UP_MENU_ID, selectionText: ' طهران ' }, { id: 3, windowId: 8 });
    // Nothing awaited yet: the panel must already be opening, or the browser would refuse it.
    expect(steps).toEqual(['open {"windowId":8}']);
    await vi.waitFor(async () => expect(await takePendingLookup()).toEqual({ query: 'طهران', time: expect.any(Number) }));
  });

  it('ignores other menu items', async () => {
    menuClicked.fire({ menuItemId: 'add-page', selectionText: 'طهران' }, { id: 3, windowId: 8 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(steps).toEqual([]);
    expect(await takePendingLookup()).toBeNull();
  });

  it('opens the panel on the shortcut and looks up the selection read from the tab', async () => {
    commanded.fire(LOOK_UP_COMMAND, { id: 3, windowId: 8 });
    expect(steps).toEqual(['open {"windowId":8}']);
    await vi.waitFor(async () => expect(await takePendingLookup()).toEqual({ query: 'حماس', time: expect.any(Number) }));
  });
});

describe('takePendingLookup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives a lookup once, and not one left over from long ago', async () => {
    await fakeBrowser.storage.local.set({ pendingLookup: { entityId: 'org.hamas', time: 1_000 } });
    expect(await takePendingLookup(1_000 + 5_000)).toEqual({ entityId: 'org.hamas', time: 1_000 });
    expect(await takePendingLookup(1_000 + 5_000)).toBeNull();
    await fakeBrowser.storage.local.set({ pendingLookup: { query: 'قديم', time: 1_000 } });
    expect(await takePendingLookup(1_000 + 60_000)).toBeNull();
  });
});
