/**
 * `npm run -s detect -- [--format json|text] [FILE]`: finds the catalogue's entities in UTF-8 text (standard input
 * without FILE) and prints only a JSON array of `{start, end, text, id, nameAr, nameEn, type, match}`, offsets in
 * UTF-16 code units of the input. Bad input gets one line on stderr and a non-zero exit.
 */
import { readFile, stat } from 'node:fs/promises';
import { bundledCatalogue } from '../lib/catalogue/load';
import { compileMatcher } from '../lib/match';
import { MAX_INPUT_BYTES, runDetect } from './lib/detect-cli';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_INPUT_BYTES) throw Object.assign(new Error('over the limit'), { code: 'TOO_LARGE' });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

try {
  process.exitCode = await runDetect(
    process.argv.slice(2),
    {
      readFile: (path) => readFile(path),
      readStdin,
      fileSize: async (path) => (await stat(path)).size,
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      colour: process.stdout.isTTY === true,
    },
    () => {
      const { entities } = bundledCatalogue();
      return { matcher: compileMatcher(entities), entities };
    },
  );
} catch (error) {
  process.stderr.write(`detect: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = 1;
}
