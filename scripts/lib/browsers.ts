import { existsSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

export const SYSTEM_PACKAGES_LINE =
  'sudo apt-get install -y chromium firefox-esr fonts-noto-core chromium-l10n firefox-esr-l10n-ar';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[] }> = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
};

export class BrowserNotFoundError extends Error {}

/** The browser's executable: its environment variable first, then the usual install paths. */
export function findBrowser(name: BrowserName): string {
  const { env, paths } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError(`${env}=${fromEnv} does not exist.`);
  }
  const found = paths.find((path) => existsSync(path));
  if (found) return found;
  throw new BrowserNotFoundError(
    `No ${name === 'chromium' ? 'Chromium' : 'Firefox'} found (looked at $${env}, ${paths.join(', ')}).\n` +
      `Install the browsers with:\n  ${SYSTEM_PACKAGES_LINE}\nor point ${env} at an installed one.`,
  );
}

/** Flags that keep Chromium quiet on a closed network and usable as root in containers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
