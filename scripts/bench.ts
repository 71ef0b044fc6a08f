/**
 * `npm run bench [-- --json] [-- --only NAME]`: every benchmark section in one run. Each section measures its
 * own baseline in the same run and prints figures with ratios; it throws only on errors, never on a missed target.
 * With --json the output ends with one JSON object of all figures.
 */
import { sections } from './bench/sections';

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const figures: Record<string, Record<string, unknown>> = {};
let failed = false;
for (const section of sections) {
  if (only && section.name !== only) continue;
  console.log(`\n== ${section.name} ==`);
  try {
    figures[section.name] = await section.run();
  } catch (error) {
    failed = true;
    console.error(`${section.name} failed: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
if (json) console.log(JSON.stringify(figures));
process.exitCode = failed ? 1 : 0;
