import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../lib/catalogue/load';
import { compileMatcher } from '../../lib/match';
import { decodeInput, type DetectIo, formatText, MAX_INPUT_BYTES, parseDetectArguments, runDetect } from './detect-cli';

const { entities } = bundledCatalogue();
const load = () => ({ matcher: compileMatcher(entities), entities });
const encode = (text: string) => new TextEncoder().encode(text);

function fakeIo(files: Record<string, Uint8Array | number>, stdin = new Uint8Array()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: DetectIo = {
    readFile: async (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if (typeof file === 'number') throw new Error('should not read a file over the limit');
      return file;
    },
    readStdin: async () => stdin,
    fileSize: async (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof file === 'number' ? file : file.length;
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    colour: false,
  };
  return { io, out, err };
}

describe('detect CLI', () => {
  it('prints only a JSON array of mentions with entity names, type and rules, offsets in UTF-16 units', async () => {
    const text = '😀 وصل الوفد بإيران';
    const { io, out, err } = fakeIo({}, encode(text));
    expect(await runDetect([], io, load)).toBe(0);
    expect(err).toEqual([]);
    const mentions = JSON.parse(out.join(''));
    expect(mentions).toEqual([
      { start: 13, end: 19, text: 'بإيران', id: 'country.iran', nameAr: 'إيران', nameEn: 'Iran', type: 'country', match: ['exact', 'clitic'] },
    ]);
    expect(text.slice(13, 19)).toBe('بإيران');
  });

  it('reads a file and keeps a byte-order mark in the offsets', async () => {
    const { io, out } = fakeIo({ 'a.txt': encode('\ufeffحماس') });
    expect(await runDetect(['a.txt'], io, load)).toBe(0);
    expect(JSON.parse(out.join(''))[0]).toMatchObject({ start: 1, end: 5, text: 'حماس' });
  });

  it('prints a highlighted view with --format text', async () => {
    const { io, out } = fakeIo({}, encode('قال ظريف إن إيران تدعم حماس'));
    expect(await runDetect(['--format', 'text'], io, load)).toBe(0);
    expect(out.join('')).toContain('قال ⟦ظريف⟧₁ إن ⟦إيران⟧₂ تدعم ⟦حماس⟧₃');
    expect(out.join('')).toContain('3 mentions');
  });

  it.each([
    ['a missing file', ['missing.txt'], {}, /cannot read missing.txt: no such file/u],
    ['a file over 64 MB', ['big.txt'], { 'big.txt': MAX_INPUT_BYTES + 1 }, /over the 64 MB limit/u],
    ['binary input', ['bin'], { bin: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1]) }, /binary/u],
    ['invalid UTF-8', ['bad'], { bad: new Uint8Array([0xd8, 0x41, 0xff]) }, /not valid UTF-8/u],
    ['an unknown option', ['--colour'], {}, /unknown option --colour/u],
    ['a bad format', ['--format', 'xml'], {}, /--format takes json or text/u],
  ] as const)('refuses %s with one line on stderr and a non-zero exit', async (_, args, files, message) => {
    const { io, out, err } = fakeIo(files as Record<string, Uint8Array | number>);
    expect(await runDetect(args, io, load)).not.toBe(0);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(err[0]!.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('detect helpers', () => {
  it('parses arguments', () => {
    expect(parseDetectArguments([])).toEqual({ file: null, format: 'json' });
    expect(parseDetectArguments(['--format=text', 'x.txt'])).toEqual({ file: 'x.txt', format: 'text' });
    expect(parseDetectArguments(['a', 'b'])).toMatch(/at most one FILE/u);
  });

  it('decodes UTF-8 and refuses input over the limit', () => {
    expect(decodeInput(encode('غزة'))).toBe('غزة');
    expect(decodeInput(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61))).toEqual({ error: expect.stringMatching(/limit is 64 MB/u) });
  });

  it('formats no mentions plainly', () => {
    expect(formatText('لا شيء', [], false)).toBe('لا شيء\n\n0 mentions\n\n');
  });
});
