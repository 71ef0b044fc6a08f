import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GECKO_ID } from './scripts/lib/extension-ids';

/** The hover card's Arabic font, loaded by the content script through FontFace (entrypoints/content/font.ts). */
const CARD_FONT = {
  absoluteSrc: fileURLToPath(new URL('./node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', import.meta.url)),
  relativeDest: 'fonts/noto-naskh-arabic-400.woff2',
};
/** Files the content script loads into pages from the extension (entrypoints/content/*-contract.ts, font.ts). */
const PAGE_LOADED_FILES = [CARD_FONT.relativeDest, 'hover-card.js', 'page-marking.js'];

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The background answers its first query from this prebuilt index instead of indexing the corpus.
    'build:before': () => {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-index.ts'], { stdio: 'inherit' });
    },
    'build:publicAssets': (_wxt, files) => {
      files.push(CARD_FONT);
    },
  },
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
    // Registers the card's font face before the page's first layout (entrypoints/card-font.ts); WXT adds the
    // main content script (entrypoints/content) after it.
    content_scripts: [{ matches: ['<all_urls>'], js: ['card-font.js'], run_at: 'document_start', all_frames: true, match_about_blank: true }],
    // The content script loads the recogniser on Arabic pages and the hover card with its font on first hover.
    web_accessible_resources:
      browser === 'firefox' ? PAGE_LOADED_FILES : [{ resources: PAGE_LOADED_FILES, matches: ['<all_urls>'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // Firefox ESR 140 (the oldest Debian ships here) is the first with `data_collection_permissions`.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
