export { normalizeArabic, normalizeWord, originalSpan, type NormalizedText } from './normalize';
export { tokenize, wordAfter, wordBefore, WordScanner, type WordKind, type WordToken } from './tokenize';
export { splitProclitics, nisbaBase, type ProcliticSplit, type AffixRule } from './clitics';
export { CONJUNCTIONS, PREPOSITIONS, ARTICLE, PROCLITIC_CHAINS, NISBA_ENDINGS, PRONOUN_SUFFIXES } from './clitics';
export { LETTER_FOLDS, MARK_RANGES, FORMAT_RANGES } from './chars';
