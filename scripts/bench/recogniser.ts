/**
 * Bench section `recogniser`: throughput of `findMentions` over ≥ 5 MB of Arabic (the corpus sentences
 * recombined), against a bare pass that only splits words with the same character classes (the floor) and a
 * naive peer (fuse.js asked about every word against all surface forms, timed on a sample and scaled); matcher
 * build time and heap; and typo lookup by the deletion index against fuse.js on the same typos.
 * Heap needs `--expose-gc` (the `bench` script passes it); without it the heap figure is null.
 */
import Fuse from 'fuse.js';
import { normalizeWord } from '../../lib/arabic/normalize';
import { tokenize, WordScanner } from '../../lib/arabic/tokenize';
import { bundledCatalogue } from '../../lib/catalogue/load';
import { sentenceSpans } from '../../lib/corpus/sentences';
import { compileMatcher, findMentions } from '../../lib/match';
import { FUZZY_MIN_NAME } from '../../lib/match/fuzzy';
import { bundledCorpus } from '../lib/bundled-corpus';
import type { BenchSection } from './sections';

const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 7;
const NAIVE_SAMPLE_WORDS = 3_000;
const TARGETS = { mbPerSecond: 100, withinBare: 5, overNaive: 100, buildMs: 20, heapBytes: 2 * 1024 * 1024 };

/** A fixed-seed shuffle, so every run measures the same text. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

function benchText(): string {
  const sentences = bundledCorpus().passages.flatMap((passage) => sentenceSpans(passage.text, 0, passage.text.length).map((span) => passage.text.slice(span.start, span.end)));
  const parts: string[] = [];
  let bytes = 0;
  for (let round = 1; bytes < TARGET_BYTES; round++) {
    for (const sentence of shuffled(sentences, round)) {
      parts.push(sentence);
      bytes += Buffer.byteLength(sentence) + 1;
    }
    parts.push('\n');
  }
  // Joined once into a flat string: a rope of concatenations would be slower to read than any real page.
  return parts.join(' ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function timeRuns(run: () => void, runs = RUNS): number {
  run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Heap kept by one built object: several are built and kept, between forced collections, and the growth divided. */
function heapOf(build: () => unknown, copies = 10): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  const settle = () => {
    for (let pass = 0; pass < 4; pass++) gc();
  };
  settle();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: copies }, build);
  settle();
  const after = process.memoryUsage().heapUsed;
  if (kept.length !== copies) throw new Error('nothing built');
  return Math.round((after - before) / copies);
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export const recogniserSection: BenchSection = {
  name: 'recogniser',
  async run() {
    const { entities } = bundledCatalogue();
    const text = benchText();
    const bytes = Buffer.byteLength(text);
    const megabytes = bytes / 1024 / 1024;

    const buildTimes: number[] = [];
    for (let index = 0; index < 9; index++) {
      const start = performance.now();
      compileMatcher(entities);
      buildTimes.push(performance.now() - start);
    }
    const buildMs = median(buildTimes);
    const heapBytes = heapOf(() => compileMatcher(entities));
    const matcher = compileMatcher(entities);

    let mentions = 0;
    const recogniserMs = timeRuns(() => {
      mentions = findMentions(matcher, text).length;
    });
    let words = 0;
    const bareMs = timeRuns(() => {
      const scanner = new WordScanner(text);
      words = 0;
      while (scanner.next()) words++;
    });

    // The naive peer: every word, normalised, searched with fuse.js among all surface forms.
    const surfaceForms = entities.flatMap((entity) => [...entity.forms, ...(entity.nisba ?? [])].map((form) => ({ key: normalizeWord(form), id: entity.id })));
    const fuse = new Fuse(surfaceForms, { keys: ['key'], threshold: 0.2, includeScore: true });
    const sample = tokenize(text.slice(0, 200_000)).filter((token) => token.kind === 'arabic').slice(0, NAIVE_SAMPLE_WORDS);
    const naiveStart = performance.now();
    for (const token of sample) fuse.search(token.normalized, { limit: 1 });
    const naiveMsPerWord = (performance.now() - naiveStart) / sample.length;
    const naiveMs = naiveMsPerWord * words;

    const typos = typoComparison(matcher, entities, fuse);

    const mbPerSecond = megabytes / (recogniserMs / 1000);
    const bareMbPerSecond = megabytes / (bareMs / 1000);
    const naiveMbPerSecond = megabytes / (naiveMs / 1000);
    const figures = {
      textMB: round(megabytes, 2),
      words,
      mentions,
      mbPerSecond: round(mbPerSecond),
      bareMbPerSecond: round(bareMbPerSecond),
      ratioToBare: round(bareMbPerSecond / mbPerSecond, 2),
      naiveMbPerSecond: round(naiveMbPerSecond, 4),
      ratioToNaive: Math.round(mbPerSecond / naiveMbPerSecond),
      buildMs: round(buildMs, 2),
      heapBytes,
      serializedBytes: JSON.stringify(matcher.data).length,
      ...typos,
    };
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    console.log(`text: ${figures.textMB} MB, ${words} words, ${mentions} mentions`);
    console.log(`recogniser: ${figures.mbPerSecond} MB/s (median of ${RUNS}) — target ≥ ${TARGETS.mbPerSecond}: ${verdict(mbPerSecond >= TARGETS.mbPerSecond)}`);
    console.log(`bare word pass: ${figures.bareMbPerSecond} MB/s; recogniser is ${figures.ratioToBare}× slower — target ≤ ${TARGETS.withinBare}×: ${verdict(figures.ratioToBare <= TARGETS.withinBare)}`);
    console.log(`naive fuse.js peer: ${figures.naiveMbPerSecond} MB/s (${sample.length} words timed, scaled); recogniser is ${figures.ratioToNaive}× faster — target ≥ ${TARGETS.overNaive}×: ${verdict(figures.ratioToNaive >= TARGETS.overNaive)}`);
    console.log(`matcher build: ${figures.buildMs} ms (median of 9) — target ≤ ${TARGETS.buildMs}: ${verdict(buildMs <= TARGETS.buildMs)}`);
    console.log(
      heapBytes === null
        ? 'matcher heap: not measured (run with --expose-gc)'
        : `matcher heap: ${(heapBytes / 1024).toFixed(0)} KB — target ≤ ${TARGETS.heapBytes / 1024 / 1024} MB: ${verdict(heapBytes <= TARGETS.heapBytes)}`,
    );
    console.log(`serialised matcher: ${(figures.serializedBytes / 1024).toFixed(1)} KB`);
    console.log(
      `typo lookup on ${typos.typoWords} typo'd words + ${typos.typoCleanWords} clean words: deletion index ${typos.deletionIndexNsPerWord} ns/word, ` +
        `${typos.deletionIndexRecall} found, ${typos.deletionIndexFalseHits} false hits; fuse.js ${typos.fuseNsPerWord} ns/word, ` +
        `${typos.fuseRecall} found, ${typos.fuseFalseHits} false hits`,
    );
    return figures;
  },
};

/**
 * Typo lookup, deletion index against fuse.js, on the same words: every long single-word name with one letter
 * replaced, dropped or doubled, and clean words of the corpus that name nothing (which must stay unmatched).
 */
function typoComparison(matcher: ReturnType<typeof compileMatcher>, entities: ReturnType<typeof bundledCatalogue>['entities'], fuse: Fuse<{ key: string; id: string }>) {
  const names = entities.flatMap((entity) => entity.forms.filter((form) => !form.includes(' ') && normalizeWord(form).replace(/^ال/u, '').length >= FUZZY_MIN_NAME).map((form) => ({ form: normalizeWord(form), id: entity.id })));
  const typos: { word: string; id: string }[] = [];
  for (const { form, id } of names) {
    const middle = Math.floor(form.length / 2) + 1;
    typos.push({ word: form.slice(0, middle) + 'ب' + form.slice(middle + 1), id });
    typos.push({ word: form.slice(0, middle) + form.slice(middle + 1), id });
    typos.push({ word: form.slice(0, middle) + form[middle] + form.slice(middle), id });
  }
  const clean = tokenize(bundledCorpus().passages.map((passage) => passage.text).join(' '))
    .filter((token) => token.kind === 'arabic' && token.normalized.length >= FUZZY_MIN_NAME && findMentions(matcher, token.normalized).length === 0)
    .map((token) => token.normalized)
    .slice(0, 2000);

  const byIndex = (word: string) => findMentions(matcher, word)[0]?.id;
  const byFuse = (word: string) => {
    const [best] = fuse.search(word, { limit: 1 });
    return best && (best.score ?? 1) <= 0.2 ? best.item.id : undefined;
  };
  const measure = (lookup: (word: string) => string | undefined) => {
    const start = performance.now();
    const found = typos.filter((typo) => lookup(typo.word) === typo.id).length;
    const falseHits = clean.filter((word) => lookup(word) !== undefined).length;
    const ns = ((performance.now() - start) * 1e6) / (typos.length + clean.length);
    return { found, falseHits, ns: Math.round(ns) };
  };
  const index = measure(byIndex);
  const viaFuse = measure(byFuse);
  return {
    typoWords: typos.length,
    typoCleanWords: clean.length,
    deletionIndexNsPerWord: index.ns,
    deletionIndexRecall: index.found,
    deletionIndexFalseHits: index.falseHits,
    fuseNsPerWord: viaFuse.ns,
    fuseRecall: viaFuse.found,
    fuseFalseHits: viaFuse.falseHits,
  };
}
