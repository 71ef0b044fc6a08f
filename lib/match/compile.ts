import { NISBA_ENDINGS, nisbaBase, PRONOUN_MIN_BASE, PRONOUN_SUFFIXES } from '../arabic/clitics';
import { normalizeWord } from '../arabic/normalize';
import { tokenize } from '../arabic/tokenize';
import type { ContextCondition, ContextRule, Entity } from '../catalogue/types';
import { CUE_LISTS, cueWord } from './cues';
import { FUZZY_MIN_NAME, FUZZY_MIN_NISBA, FuzzyIndex, type FuzzyKey } from './fuzzy';
import { KeyShapes, KeyTable, pairIndex, tripleIndex } from './key-table';

/** A surface form in normal form, ready to match: the plain-JSON unit a matcher is built from. */
export interface CompiledForm {
  /** Index into `MatcherData.ids`. */
  entity: number;
  /** Its words in normal form; a nisba form has one word, the stem with its ي. */
  words: string[];
  /** The catalogue spellings behind it, to tell an exact spelling from a normalised one. */
  written: string[];
  nisba?: boolean;
  /** Not the entity's own Arabic name (another name, a title, a spelling variant). */
  alias?: boolean;
  /** Index into `MatcherData.rules`. */
  rule?: number;
}

/** A context rule with its words in normal form and its `@name` cue lists written out: a matcher needs nothing else. */
export interface CompiledRule {
  rejectShadda: boolean;
  /** Written only when true (one rule of the catalogue has it): absent, as in matchers published before it existed, is false. */
  rejectRespelled?: boolean;
  reject: ContextCondition[];
  require: ContextCondition[] | null;
}

/** Everything a matcher is built from, as plain JSON (what `serializeMatcher` writes). */
export interface MatcherData {
  version: 2;
  ids: string[];
  forms: CompiledForm[];
  rules: CompiledRule[];
  /** Ordinary words never read as typos, in normal form without their article (absent from older matchers). */
  notTypos?: string[];
}

const ARTICLE = 'ال';
/** The masculine plural ending after a nisba stem (إيراني → إيرانيين). */
const PLURAL_ENDING = 'ين';
/** Letters a nisba plural needs to be a typo key of its own. */
const FUZZY_MIN_PLURAL = 8;
/** No surface form's first word or nisba base is shorter. */
export const MIN_KEY = 2;

/** Reads the catalogue entities into normal-form data. Later entities win a surface form two entities share. */
export function compileData(entities: readonly Entity[]): MatcherData {
  const ids: string[] = [];
  const rules: CompiledRule[] = [];
  const formByKey = new Map<string, CompiledForm>();
  const notTypos = new Set<string>();
  for (const entity of entities) {
    for (const word of entity.notTypos ?? []) notTypos.add(withoutArticle(normalizeWord(word)));
    const entityNumber = ids.length;
    ids.push(entity.id);
    const ruleByForm = new Map<string, number>();
    for (const rule of entity.context ?? []) {
      const number = rules.length;
      rules.push(compileRule(rule));
      for (const form of rule.forms) ruleByForm.set(normalizeWord(form), number);
    }
    const ownName = phraseWords(entity.nameAr).join(' ');
    const add = (written: string, nisba: boolean) => {
      const words = phraseWords(written);
      if (words.length === 0) return;
      const key = `${nisba ? 'n' : 'f'}:${words.join(' ')}`;
      const existing = formByKey.get(key);
      if (existing && existing.entity === entityNumber) {
        if (!existing.written.includes(written)) existing.written.push(written);
        return;
      }
      const form: CompiledForm = { entity: entityNumber, words, written: [written] };
      if (nisba) form.nisba = true;
      else if (words.join(' ') !== ownName) form.alias = true;
      const rule = ruleByForm.get(words.join(' '));
      if (rule !== undefined) form.rule = rule;
      formByKey.set(key, form);
    };
    for (const form of [entity.nameAr, ...entity.forms]) add(form, false);
    for (const stem of entity.nisba ?? []) add(stem, true);
  }
  return { version: 2, ids, forms: [...formByKey.values()], rules, notTypos: [...notTypos] };
}

function withoutArticle(word: string): string {
  return word.startsWith(ARTICLE) && word.length >= 4 ? word.slice(ARTICLE.length) : word;
}

/** The Arabic words of a written phrase in normal form; a phrase with any non-Arabic word cannot be matched. */
function phraseWords(phrase: string): string[] {
  const tokens = tokenize(phrase);
  if (tokens.some((token) => token.kind !== 'arabic')) return [];
  return tokens.map((token) => token.normalized);
}

function compileRule(rule: ContextRule): CompiledRule {
  const normalizeCondition = (condition: ContextCondition): ContextCondition => {
    const compiled: ContextCondition = {};
    if (condition.after) compiled.after = normalizeCues(condition.after);
    if (condition.before) compiled.before = normalizeCues(condition.before);
    if (condition.near) compiled.near = normalizeCues(condition.near);
    if (condition.notNear) compiled.notNear = normalizeCues(condition.notNear);
    if (condition.proclitic) compiled.proclitic = normalizeWord(condition.proclitic);
    if (condition.named) compiled.named = condition.named;
    return compiled;
  };
  return {
    rejectShadda: rule.rejectShadda ?? false,
    ...(rule.rejectRespelled ? { rejectRespelled: true } : {}),
    reject: (rule.reject ?? []).map(normalizeCondition),
    require: rule.require ? rule.require.map(normalizeCondition) : null,
  };
}

/**
 * Cue words in normal form, each once, with the `@name` lists written out: the page builds its matcher from the
 * data alone, without the lists or normalising a word. `#number` and `:` stay as they are.
 */
function normalizeCues(cues: readonly string[]): string[] {
  const words = new Set<string>();
  for (const cue of cues) {
    if (cue.startsWith('@')) {
      const list = CUE_LISTS[cue.slice(1)];
      if (!list) throw new Error(`Unknown cue list ${cue}`);
      for (const word of list.words) words.add(cueWord(word));
    } else if (cue.startsWith('#') || cue === ':') {
      words.add(cue);
    } else {
      // Cues are compared with one word of the text: a phrase would never match.
      if (/\s/u.test(cue.trim())) throw new Error(`A context cue is one word, not «${cue}»`);
      words.add(cueWord(cue));
    }
  }
  return [...words];
}

/** A context condition with its cue words expanded into hash tables (asked without building strings). */
export interface RuntimeCondition {
  after: KeyTable | null;
  before: KeyTable | null;
  /** `before` also holds when a number follows (`#number`) / a colon follows (`:`). */
  beforeNumber: boolean;
  beforeColon: boolean;
  near: KeyTable | null;
  notNear: KeyTable | null;
  /** Normal-form code of the proclitic letter the mention must carry, or -1. */
  proclitic: number;
  /** The entity (index into `MatcherData.ids`) the text must name, or -1. */
  named: number;
}

export interface RuntimeRule {
  rejectShadda: boolean;
  rejectRespelled: boolean;
  reject: RuntimeCondition[];
  require: RuntimeCondition[] | null;
}

/**
 * The compiled matcher: hash tables over normal-form codes for the first word of every surface form (read
 * through clitics) and the base of every nisba stem, a word trie for the rest of multi-word names, a deletion
 * index for typos, and the context rules. Built from `MatcherData` in a few milliseconds.
 */
export class Matcher {
  /** First words of surface forms and nisba bases. */
  readonly first: KeyTable;
  /** Per first key: the trie node its surface forms start from, or -1. */
  readonly firstNode: Int32Array;
  /** Per first key: the nisba form whose base it is, or -1. */
  readonly firstNisba: Int32Array;
  /** Per first key: pronoun suffixes may follow it (a long name without context rules). */
  readonly firstTakesPronouns: Uint8Array;
  /** Every later word of a multi-word surface form. */
  readonly words: KeyTable;
  readonly wordShapes = new KeyShapes();
  /** Per trie node: the surface form that ends there, or -1. */
  readonly terminal: Int32Array;
  readonly hasChildren: Uint8Array;
  /** `node * CHILD_STRIDE + word` → child node. */
  readonly children = new Map<number, number>();
  readonly fuzzy: FuzzyIndex;
  readonly rules: RuntimeRule[];
  /** Shortest word (in normal-form letters, clitics and endings included) worth analysing. */
  readonly minWord: number;
  /** Shapes of every first key, and of those keys past an article's alef (the ل of للعراق). */
  readonly keyShapes = new KeyShapes();
  /**
   * Per letter pair (`pairIndex`): which kinds of first key (`KEY_*` bits) begin with it, and which end with it.
   * A span whose first or last two letters no key of a kind has is turned away with one read, before any
   * hashing; nearly every word of a page is.
   */
  readonly startPairs = new Uint8Array(4096);
  readonly endPairs = new Uint8Array(4096);
  /**
   * Per letter pair: what a word ending with it may hold — `KEY_FORM`: a surface form's first word, whole;
   * `KEY_NISBA`: a nisba ending after a base; `KEY_PRONOUN`: a pronoun after a name. Zero for most words.
   */
  readonly tailPairs = new Uint8Array(4096);
  /**
   * A bit per last-three-letter triple (`tripleIndex`) some key kind allows a word of three or more letters to
   * end with (a key, a key after a one-letter proclitic, a nisba base or name with its ending): checked before
   * `tailPairs`, it turns away most words that end like a name without being one. 32 KB.
   */
  readonly tailTriples = new Uint32Array(1 << 13);
  /**
   * Per form, as typed arrays (form objects come in several shapes, and reading them in a per-mention loop is
   * slow): its entity number, its context rule or -1, and `FORM_*` bits.
   */
  readonly formEntity: Int32Array;
  readonly formRule: Int32Array;
  readonly formBits: Uint8Array;
  /** Per form: its catalogue spellings, whole, without their last letter (nisba, pronoun), without their alef (للعراق). */
  readonly spellings: { whole: readonly string[]; stems: readonly string[]; elided: readonly string[] }[];

  constructor(readonly data: MatcherData) {
    const firstKeys: string[] = [];
    const firstIndex = new Map<string, number>();
    const keyOf = (word: string) => {
      let number = firstIndex.get(word);
      if (number === undefined) {
        number = firstKeys.length;
        firstIndex.set(word, number);
        firstKeys.push(word);
      }
      return number;
    };
    const laterWords: string[] = [];
    const wordIndex = new Map<string, number>();
    const wordOf = (word: string) => {
      let number = wordIndex.get(word);
      if (number === undefined) {
        number = laterWords.length;
        wordIndex.set(word, number);
        laterWords.push(word);
      }
      return number;
    };
    const terminal: number[] = [-1];
    const hasChildren: number[] = [0];
    const firstNode = new Map<number, number>();
    const firstNisba = new Map<number, number>();
    const newNode = () => {
      terminal.push(-1);
      hasChildren.push(0);
      return terminal.length - 1;
    };
    const fuzzyKeys: FuzzyKey[] = [];
    data.forms.forEach((form, formNumber) => {
      if (form.nisba) {
        const stem = form.words[0]!;
        firstNisba.set(keyOf(nisbaBase(stem)), formNumber);
        if (this.typoMayReach(form)) {
          if (stem.length >= FUZZY_MIN_NISBA) fuzzyKeys.push({ core: stem, form: formNumber, needsArticle: false, nisba: true });
          // The plural too: «الإيرانين، اللبنانين» (ين for يين) is a common misspelling. Shorter plurals stay out,
          // as words lie one letter from them: مصرين (insisting), قطرين; العلمانيين (secularists) from العمانيين.
          const plural = `${stem}${PLURAL_ENDING}`;
          if (plural.length >= FUZZY_MIN_PLURAL) fuzzyKeys.push({ core: plural, form: formNumber, needsArticle: false, nisba: true });
        }
        return;
      }
      const firstKey = keyOf(form.words[0]!);
      let node = firstNode.get(firstKey);
      if (node === undefined) {
        node = newNode();
        firstNode.set(firstKey, node);
      }
      for (const word of form.words.slice(1)) {
        const childKey = node * CHILD_STRIDE + wordOf(word);
        let child = this.children.get(childKey);
        if (child === undefined) {
          child = newNode();
          this.children.set(childKey, child);
          hasChildren[node] = 1;
        }
        node = child;
      }
      terminal[node] = formNumber;
      if (form.words.length === 1 && this.typoMayReach(form)) {
        const word = form.words[0]!;
        const core = withoutArticle(word);
        const needsArticle = core !== word;
        if (core.length >= FUZZY_MIN_NAME) fuzzyKeys.push({ core, form: formNumber, needsArticle, nisba: false });
      }
    });
    this.first = new KeyTable(firstKeys);
    for (const key of firstKeys) {
      if (key.length < MIN_KEY) throw new Error(`Surface form too short to match: ${key}`);
      this.keyShapes.add(key);
      if (key.startsWith(ARTICLE) && key.length > MIN_KEY) this.keyShapes.add(key.slice(1));
    }
    this.formEntity = Int32Array.from(data.forms, (form) => form.entity);
    this.formRule = Int32Array.from(data.forms, (form) => form.rule ?? -1);
    this.formBits = Uint8Array.from(
      data.forms,
      (form) =>
        (form.nisba ? FORM_NISBA : 0) |
        (form.alias ? FORM_ALIAS : 0) |
        (form.rule === undefined || data.rules[form.rule]!.require === null ? FORM_PLAIN : 0),
    );
    this.spellings = data.forms.map((form) => ({
      whole: form.written,
      stems: form.written.map((spelling) => spelling.slice(0, -1)),
      elided: form.written.map((spelling) => spelling.slice(1)),
    }));
    this.firstNode = Int32Array.from(firstKeys, (_, number) => firstNode.get(number) ?? -1);
    this.firstNisba = Int32Array.from(firstKeys, (_, number) => firstNisba.get(number) ?? -1);
    this.firstTakesPronouns = Uint8Array.from(firstKeys, (key, number) => {
      const node = firstNode.get(number);
      const form = node === undefined ? -1 : terminal[node]!;
      return form !== -1 && data.forms[form]!.rule === undefined && key.length >= PRONOUN_MIN_BASE ? 1 : 0;
    });
    /** The last letters of the keys of each kind (`KEY_*` bit → letters), for one-letter endings. */
    const lastLetters = new Map<number, Set<number>>([
      [KEY_NISBA, new Set()],
      [KEY_PRONOUN, new Set()],
    ]);
    firstKeys.forEach((key, number) => {
      const kinds =
        (this.firstNode[number] !== -1 ? KEY_FORM : 0) |
        (this.firstNisba[number] !== -1 ? KEY_NISBA : 0) |
        (this.firstTakesPronouns[number] === 1 ? KEY_PRONOUN : 0);
      const last = key.length - 1;
      const endPair = pairIndex(key.charCodeAt(last - 1), key.charCodeAt(last));
      this.startPairs[pairIndex(key.charCodeAt(0), key.charCodeAt(1))]! |= kinds;
      this.endPairs[endPair]! |= kinds;
      this.tailPairs[endPair]! |= kinds & KEY_FORM;
      for (const [kind, letters] of lastLetters) if ((kinds & kind) !== 0) letters.add(key.charCodeAt(last));
      if (this.firstNode[number] !== -1 && key.startsWith(ARTICLE) && key.length > MIN_KEY) {
        this.startPairs[pairIndex(key.charCodeAt(1), key.charCodeAt(2))]! |= KEY_ELIDED;
      }
    });
    const markTails = (endings: readonly { affix: string }[], kind: number) => {
      for (const { affix: ending } of endings) {
        const last = ending.charCodeAt(ending.length - 1);
        if (ending.length >= 2) {
          this.tailPairs[pairIndex(ending.charCodeAt(ending.length - 2), last)]! |= kind;
        } else {
          // A one-letter ending: the pair is the base's last letter and the ending.
          for (const letter of lastLetters.get(kind)!) this.tailPairs[pairIndex(letter, last)]! |= kind;
        }
      }
    };
    markTails(NISBA_ENDINGS, KEY_NISBA);
    markTails(PRONOUN_SUFFIXES, KEY_PRONOUN);
    const markTriple = (word: string) => {
      const last = word.length - 1;
      if (word.length >= 3) {
        const triple = tripleIndex(word.charCodeAt(last - 2), word.charCodeAt(last - 1), word.charCodeAt(last));
        this.tailTriples[triple >>> 5]! |= 1 << (triple & 31);
      } else {
        // A two-letter key: any letter (a proclitic) may stand before it.
        for (let before = 0; before < 64; before++) {
          const triple = tripleIndex(before, word.charCodeAt(last - 1), word.charCodeAt(last));
          this.tailTriples[triple >>> 5]! |= 1 << (triple & 31);
        }
      }
    };
    // Endings are written in normal form (lib/arabic/clitics.test.ts): the scanner compares them letter for letter.
    const nisbaEndings = NISBA_ENDINGS.map((rule) => rule.affix);
    const pronouns = PRONOUN_SUFFIXES.map((rule) => rule.affix);
    firstKeys.forEach((key, number) => {
      if (this.firstNode[number] !== -1) markTriple(key);
      if (this.firstNisba[number] !== -1) for (const ending of nisbaEndings) markTriple(key + ending);
      if (this.firstTakesPronouns[number] === 1) for (const pronoun of pronouns) markTriple(key + pronoun);
    });
    this.words = new KeyTable(laterWords);
    for (const word of laterWords) this.wordShapes.add(word);
    this.terminal = Int32Array.from(terminal);
    this.hasChildren = Uint8Array.from(hasChildren);
    this.fuzzy = new FuzzyIndex(fuzzyKeys, data.notTypos ?? []);
    // Several rules name the same cue lists (@speech, @title): each list of words becomes one table.
    const cueTables = new Map<string, KeyTable>();
    const condition = (written: ContextCondition) => runtimeCondition(written, cueTables, data.ids);
    this.rules = data.rules.map((rule) => ({
      rejectShadda: rule.rejectShadda,
      rejectRespelled: rule.rejectRespelled ?? false,
      reject: rule.reject.map(condition),
      require: rule.require ? rule.require.map(condition) : null,
    }));
    this.minWord = Math.max(MIN_KEY, this.first.minLength);
  }

  /** A form that needs its context to be a name at all is never read from a typo; reject rules still apply. */
  private typoMayReach(form: CompiledForm): boolean {
    return form.rule === undefined || this.data.rules[form.rule]!.require === null;
  }
}

/** `Matcher.formBits`: a nisba form; not the entity's own name; named without any context a rule requires. */
export const FORM_NISBA = 1;
export const FORM_ALIAS = 2;
export const FORM_PLAIN = 4;

/** `Matcher.startPairs` / `endPairs` bits: a surface form's first word, a nisba base, a first word that takes pronouns, */
export const KEY_FORM = 1;
export const KEY_NISBA = 2;
export const KEY_PRONOUN = 4;
/** … and (start only) a first word with the article, past its alef (the ل of للعراق). */
export const KEY_ELIDED = 8;

/** Trie child keys: a node number times this plus a word number stays an exact integer for any catalogue. */
export const CHILD_STRIDE = 1 << 20;

function runtimeCondition(condition: ContextCondition, tables: Map<string, KeyTable>, ids: readonly string[]): RuntimeCondition {
  const table = (cues: readonly string[] | undefined) => {
    if (!cues) return null;
    const key = cues.join('\n');
    let built = tables.get(key);
    if (built === undefined) {
      built = new KeyTable(cues);
      tables.set(key, built);
    }
    return built;
  };
  return {
    after: table(condition.after),
    before: table(condition.before?.filter((cue) => cue !== '#number' && cue !== ':')),
    beforeNumber: condition.before?.includes('#number') ?? false,
    beforeColon: condition.before?.includes(':') ?? false,
    near: table(condition.near),
    notNear: table(condition.notNear),
    proclitic: condition.proclitic ? condition.proclitic.charCodeAt(0) : -1,
    named: condition.named === undefined ? -1 : entityNumber(ids, condition.named),
  };
}

function entityNumber(ids: readonly string[], id: string): number {
  const number = ids.indexOf(id);
  if (number === -1) throw new Error(`A context rule names an entity the catalogue lacks: ${id}`);
  return number;
}

export function compileMatcher(entities: readonly Entity[]): Matcher {
  return new Matcher(compileData(entities));
}

export function serializeMatcher(matcher: Matcher): string {
  return JSON.stringify(matcher.data);
}

/** Rebuilds a matcher from `serializeMatcher` output; throws on anything else. */
export function deserializeMatcher(json: string): Matcher {
  const data: unknown = JSON.parse(json);
  if (!isMatcherData(data)) throw new Error('Not a serialised matcher');
  return new Matcher(data);
}

function isMatcherData(value: unknown): value is MatcherData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<MatcherData>;
  const isStrings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  return (
    data.version === 2 &&
    isStrings(data.ids) &&
    (data.notTypos === undefined || isStrings(data.notTypos)) &&
    Array.isArray(data.rules) &&
    Array.isArray(data.forms) &&
    data.forms.every(
      (form) =>
        typeof form === 'object' &&
        form !== null &&
        Number.isInteger(form.entity) &&
        form.entity >= 0 &&
        form.entity < data.ids!.length &&
        isStrings(form.words) &&
        form.words.length > 0 &&
        isStrings(form.written) &&
        (form.rule === undefined || (Number.isInteger(form.rule) && form.rule >= 0 && form.rule < data.rules!.length)),
    )
  );
}
