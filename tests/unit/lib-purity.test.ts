import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// lib/ runs in the content script, the background, Node tests, the CLIs and the benchmarks alike: it may not
// import platform modules or call the extension API. DOM and Node globals are caught by `lib/tsconfig.json`,
// which compiles lib/ without their types (part of `npm run typecheck`).
const LIB = fileURLToPath(new URL('../../lib/', import.meta.url));
const FORBIDDEN: [RegExp, string][] = [
  [/\b(?:browser|chrome)\.(?:runtime|storage|tabs|i18n)\b/u, 'the extension API'],
  [/from\s+['"](?:wxt\/|node:|fs['"]|path['"]|webextension-polyfill)/u, 'a platform module'],
];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

describe('lib/ stays pure', () => {
  const files = sourceFiles(LIB);

  it('has modules to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [relative(LIB, file), file]))('%s uses no DOM, extension or Node API', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gmu, '');
    for (const [pattern, what] of FORBIDDEN) expect(code, `uses ${what}`).not.toMatch(pattern);
  });
});
