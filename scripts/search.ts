/**
 * `npm run -s search -- [--limit N] "QUERY"`: searches the bundled corpus and prints only a JSON array of the
 * best passages. Source fields the document does not state (a title made from its first words included) are null.
 */
import { MAX_LIMIT } from '../utils/messages';
import { buildBundledIndex } from './build-index';

interface Arguments {
  query: string;
  limit: number;
}

function parseArguments(args: readonly string[]): Arguments | string {
  let limit = 10;
  const positional: string[] = [];
  for (let position = 0; position < args.length; position += 1) {
    const arg = args[position]!;
    if (arg === '--limit') {
      const value = args[(position += 1)];
      if (value === undefined || !/^\d+$/u.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT) {
        return `--limit takes a whole number from 1 to ${MAX_LIMIT}, got ${value ?? 'nothing'}`;
      }
      limit = Number(value);
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (positional.length !== 1) return `expected one query, got ${positional.length} (quote a query of several words)`;
  return { query: positional[0]!, limit };
}

const parsed = parseArguments(process.argv.slice(2));
if (typeof parsed === 'string') {
  console.error(`search: ${parsed}. Usage: npm run -s search -- [--limit N] "QUERY"`);
  process.exit(2);
}
const hits = buildBundledIndex().search(parsed.query, { limit: parsed.limit });
const results = hits.map(({ passageId, documentId, score, text, highlights, source }) => ({
  passageId,
  documentId,
  score,
  text,
  highlights,
  title: source.titleDerived ? null : source.title,
  outlet: source.outlet,
}));
console.log(JSON.stringify(results, null, 2));
