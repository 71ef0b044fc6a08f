import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A content script is compiled anew on every page it runs in; the bundle it imports on Arabic pages
// (entrypoints/page-marking) is kept compiled by the browser's code cache. The marking code and the recogniser
// must stay in that bundle: one value import from the content script would put them back into every page's compile.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MARKING_ONLY = ['entrypoints/content/session.ts', 'entrypoints/content/scan.ts', 'entrypoints/content/highlight.ts', 'entrypoints/content/hover.ts', 'lib/match/find.ts'];

/** Files reached from `entry` through imports that bring values (type-only imports are erased by the build). */
function valueImportsFrom(entry: string): Set<string> {
  const reached = new Set<string>();
  const pending = [join(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, clause, specifier] of code.matchAll(/^(?:import|export)\s+([\s\S]*?)\s*from\s+['"]([^'"]+)['"]/gmu)) {
      if (isTypeOnly(clause!)) continue;
      const resolved = resolveSource(file, specifier!);
      if (resolved) pending.push(resolved);
    }
  }
  return new Set([...reached].map((file) => relative(ROOT, file)));
}

/** `type X`, `{ type A, type B }`: erased by the build. */
function isTypeOnly(clause: string): boolean {
  if (/^type\b/u.test(clause)) return true;
  const names = /^\{([^}]*)\}$/u.exec(clause.trim())?.[1];
  return names !== undefined && names.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '));
}

function resolveSource(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? join(dirname(from), specifier) : null;
  if (!base) return null;
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => existsSync(path)) ?? null;
}

describe('the content script and the marking bundle', () => {
  it('the marking bundle holds the marking code and the recogniser', () => {
    const bundle = valueImportsFrom('entrypoints/page-marking/index.ts');
    for (const file of MARKING_ONLY) expect(bundle.has(file), file).toBe(true);
  });

  it('the content script imports none of it', () => {
    const script = valueImportsFrom('entrypoints/content/index.ts');
    expect(script.has('entrypoints/content/marking.ts')).toBe(true);
    for (const file of MARKING_ONLY) expect(script.has(file), `${file} is in the content script`).toBe(false);
  });
});
