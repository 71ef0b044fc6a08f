/**
 * `npm test`: type-check, unit tests, both builds, the Firefox lint, then the real-browser suites in Chromium and
 * Firefox. Every step runs even when one fails, so one run shows everything; it ends with `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { BrowserNotFoundError, findBrowser, type BrowserName } from './lib/browsers';

const BIN = 'node_modules/.bin/';
const REPORTS = 'artifacts/test-reports/';
mkdirSync(REPORTS, { recursive: true });

interface Tally {
  passed: number;
  failed: number;
}
const total: Tally = { passed: 0, failed: 0 };
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✖'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A step that is one check: it counts as one passed or failed test. */
function check(label: string, command: string, args: string[]): void {
  if (run(label, command, args)) total.passed++;
  else {
    total.failed++;
    failures.push(label);
  }
}

/** A Vitest run: its own counts go into the total; a run that crashed before reporting counts as a failure. */
function vitest(label: string, config: string | null, env: NodeJS.ProcessEnv = {}): void {
  const report = `${REPORTS}${label.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...(config ? ['-c', config] : [])];
  const ok = run(label, `${BIN}vitest`, args, env);
  if (!existsSync(report)) {
    total.failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  const counts = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  total.passed += counts.numPassedTests;
  total.failed += counts.numFailedTests;
  if (!ok || counts.numFailedTests > 0) failures.push(label);
  if (!ok && counts.numFailedTests === 0) total.failed++;
}

function browserSuite(name: BrowserName): void {
  try {
    findBrowser(name);
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    console.error(`\n✖ e2e ${name}: ${error.message}`);
    total.failed++;
    failures.push(`e2e ${name} (browser missing)`);
    return;
  }
  vitest(`e2e ${name}`, 'vitest.e2e.config.ts', { BROWSER: name });
}

check('type-check', `${BIN}tsc`, ['--noEmit']);
check('type-check lib/ without DOM or Node types', `${BIN}tsc`, ['--noEmit', '-p', 'lib/tsconfig.json']);
vitest('unit', null);
const built = [run('build chrome', `${BIN}wxt`, ['build']), run('build firefox', `${BIN}wxt`, ['build', '-b', 'firefox'])];
if (built.every(Boolean)) {
  check('web-ext lint (firefox build: no errors)', `${BIN}web-ext`, ['lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--warnings-as-errors=false']);
  browserSuite('chromium');
  browserSuite('firefox');
} else {
  total.failed++;
  failures.push('build');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
