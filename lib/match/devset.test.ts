import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../catalogue/load';
import { parseDevset, score } from './devset';
import { compileMatcher, findMentions, findSpans } from './index';

const rows = parseDevset(readFileSync(new URL('../../tests/data/devset.tsv', import.meta.url), 'utf8'));
const matcher = compileMatcher(bundledCatalogue().entities);

describe('development set', () => {
  it('holds at least 300 sentences, every one with a rule, and names only catalogue entities', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const ids = new Set(bundledCatalogue().entities.map((entity) => entity.id));
    for (const row of rows) {
      expect(row.rule.trim(), `line ${row.line}`).not.toBe('');
      for (const mention of row.expected) {
        expect(ids.has(mention.id), `line ${row.line}: ${mention.id}`).toBe(true);
        expect(row.sentence.includes(mention.text), `line ${row.line}: ${mention.text}`).toBe(true);
      }
    }
  });

  it('mentions every bundled entity', () => {
    const named = new Set(rows.flatMap((row) => row.expected.map((mention) => mention.id)));
    const missing = bundledCatalogue().entities.filter((entity) => !named.has(entity.id)).map((entity) => entity.id);
    expect(missing).toEqual([]);
  });

  it('is recognised with precision ≥ 0.97 and recall ≥ 0.95', () => {
    const results = rows.map((row) => ({ row, expected: row.expected, found: findMentions(matcher, row.sentence) }));
    const total = score(results);
    const errors = results.flatMap(({ row, expected, found }) => {
      const wanted = expected.map((mention) => `${mention.text}→${mention.id}`).sort();
      const got = found.map((mention) => `${mention.text}→${mention.id}`).sort();
      return wanted.join(' | ') === got.join(' | ') ? [] : [`line ${row.line} (${row.rule}): expected [${wanted.join(' | ')}] found [${got.join(' | ')}]`];
    });
    console.log(
      `devset: ${rows.length} sentences, P ${total.precision.toFixed(3)} R ${total.recall.toFixed(3)} F1 ${total.f1.toFixed(3)}` +
        ` (TP ${total.truePositives}, FP ${total.falsePositives}, FN ${total.falseNegatives})` +
        (errors.length > 0 ? `\n  ${errors.join('\n  ')}` : ''),
    );
    expect(total.precision).toBeGreaterThanOrEqual(0.97);
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('findSpans', () => {
  it('finds exactly the mentions findMentions finds, as spans, on every sentence and on all of them at once', () => {
    const texts = [...rows.map((row) => row.sentence), rows.map((row) => row.sentence).join('\n')];
    for (const text of texts) {
      const spans = findSpans(matcher, text);
      const asMentions = Array.from({ length: spans.count }, (_, index) => [spans.start[index], spans.end[index], spans.id[index]]);
      expect(asMentions).toEqual(findMentions(matcher, text).map((mention) => [mention.start, mention.end, mention.id]));
    }
    expect(findSpans(matcher, texts.at(-1)!).count).toBeGreaterThan(300);
  });
});
