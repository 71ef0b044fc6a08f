/**
 * `npm start`: builds the Chrome extension and opens Chromium with it on the bundled demo page. Without a display
 * (or with --headless) it takes screenshots of the page, the popup and the side panel instead and prints where.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BrowserNotFoundError, findBrowser } from './lib/browsers';
import { launchWithExtension, reportedTabId } from './lib/launch';
import { serveFolder } from './lib/static-server';

const DEMO_DIR = fileURLToPath(new URL('../demo/', import.meta.url));
const SCREENSHOTS_DIR = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const lang = process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1]! : 'ar';

try {
  findBrowser('chromium');
} catch (error) {
  if (!(error instanceof BrowserNotFoundError)) throw error;
  console.error(error.message);
  process.exit(1);
}

console.log('Building the Chrome extension…');
if (spawnSync('node_modules/.bin/wxt', ['build'], { stdio: 'inherit' }).status !== 0) {
  console.error('The build failed; see above.');
  process.exit(1);
}

const server = await serveFolder(DEMO_DIR);
const demoUrl = server.url('index.html');
const { browser, extensionOrigin } = await launchWithExtension('chromium', { headless, lang });
const page = (await browser.pages())[0] ?? (await browser.newPage());
await page.setViewport(headless ? { width: 1100, height: 800 } : null);
await page.goto(demoUrl, { waitUntil: 'load' });

if (!headless) {
  console.log(`Chromium is open on ${demoUrl} with the extension loaded. Close the browser to stop.`);
  browser.on('disconnected', () => void server.close());
} else {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: `${SCREENSHOTS_DIR}page.png` });
  const helper = await browser.newPage();
  await helper.goto(`${extensionOrigin}/reader.html`, { waitUntil: 'load' });
  const tabId = await reportedTabId(helper, demoUrl);
  await helper.close();
  for (const surface of ['popup', 'sidepanel']) {
    const surfacePage = await browser.newPage();
    await surfacePage.setViewport(surface === 'popup' ? { width: 400, height: 560 } : { width: 420, height: 800 });
    await surfacePage.goto(`${extensionOrigin}/${surface}.html?tab=${tabId}`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await surfacePage.screenshot({ path: `${SCREENSHOTS_DIR}${surface}.png` });
  }
  await browser.close();
  await server.close();
  console.log(`No display: screenshots of the demo page, the popup and the side panel are in ${SCREENSHOTS_DIR}`);
}

