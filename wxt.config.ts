import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { GECKO_ID } from './scripts/lib/extension-ids';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: "Look up in the corpus" on a selection; activeTab + scripting: the shortcut reads the selection
    // of the tab it was pressed in, and nowhere else.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    commands: {
      'look-up-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_lookUpCommand__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
