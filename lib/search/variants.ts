/**
 * Light stemming for search keys: the clitics Arabic writes onto a word («والعلاقات», «بطهران», «لحماس»)
 * come off so the word is found under its bare form too. Rules are data; keys are already normalised by `lib/arabic` (أ→ا, ة→ه).
 */
interface CliticRule {
  prefix: string;
  /**
   * The shortest stem the rule may leave, so «بين» keeps its ب and «الله» its ال. A wrong cut («وزير» → «زير»)
   * costs little: the word stays indexed as written too, and that key always matches better.
   */
  minStem: number;
  example: string;
}

export const PROCLITIC_RULES: readonly CliticRule[] = [
  { prefix: 'وبال', minStem: 3, example: 'وبالعلاقات → علاقات' },
  { prefix: 'وكال', minStem: 3, example: 'وكالدول → دول' },
  { prefix: 'وال', minStem: 3, example: 'والعلاقات → علاقات' },
  { prefix: 'فال', minStem: 3, example: 'فالعلاقات → علاقات' },
  { prefix: 'بال', minStem: 3, example: 'بالحنكه → حنكه' },
  { prefix: 'كال', minStem: 3, example: 'كالدول → دول' },
  { prefix: 'ولل', minStem: 3, example: 'وللقضيه → قضيه' },
  { prefix: 'فلل', minStem: 3, example: 'فللقضيه → قضيه' },
  { prefix: 'لل', minStem: 3, example: 'للقضيه → قضيه' },
  { prefix: 'ال', minStem: 3, example: 'الاسرائيلي → اسرائيلي' },
  { prefix: 'وب', minStem: 3, example: 'وبطهران → طهران' },
  { prefix: 'ول', minStem: 3, example: 'ولحماس → حماس' },
  { prefix: 'و', minStem: 3, example: 'وايران → ايران' },
  { prefix: 'ف', minStem: 3, example: 'فحماس → حماس' },
  { prefix: 'ب', minStem: 3, example: 'بطهران → طهران' },
  { prefix: 'ل', minStem: 3, example: 'لحماس → حماس' },
  { prefix: 'ك', minStem: 3, example: 'كحركه → حركه' },
];

const STEM_CACHE_LIMIT = 100_000;
const stems = new Map<string, string>();

/** The key with its proclitics removed, or the key itself when no rule applies. */
export function stemKey(key: string): string {
  let stem = stems.get(key);
  if (stem === undefined) {
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    const rule = PROCLITIC_RULES.find(({ prefix, minStem }) => key.startsWith(prefix) && key.length - prefix.length >= minStem);
    stem = rule ? key.slice(rule.prefix.length) : key;
    stems.set(key, stem);
  }
  return stem;
}

/** Every key a word is indexed under: as written (folded) and bare. */
export function indexKeys(key: string): string[] {
  const stem = stemKey(key);
  return stem === key ? [key] : [key, stem];
}

/**
 * Inflectional endings a query word may carry where the text has the bare word or another ending:
 * «ايرانيه» → «ايران», «الفلسطينيين» → «فلسطين». Used on queries only, so the index stays one key per word form.
 */
export const QUERY_SUFFIXES: readonly { suffix: string; example: string }[] = [
  { suffix: 'يين', example: 'فلسطينيين → فلسطين' },
  { suffix: 'يون', example: 'فلسطينيون → فلسطين' },
  { suffix: 'يه', example: 'ايرانيه → ايران' },
  { suffix: 'ين', example: 'مسوولين → مسوول' },
  { suffix: 'ون', example: 'مسوولون → مسوول' },
  { suffix: 'ات', example: 'علاقات → علاق' },
  { suffix: 'ي', example: 'ايراني → ايران' },
  { suffix: 'ه', example: 'علاقه → علاق' },
];
const MIN_REDUCED_LENGTH = 3;

/** Shorter forms of a (stemmed) query key with one inflectional ending removed. */
export function reducedQueryKeys(stem: string): string[] {
  const reduced: string[] = [];
  for (const { suffix } of QUERY_SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_REDUCED_LENGTH) reduced.push(stem.slice(0, -suffix.length));
  }
  return reduced;
}
