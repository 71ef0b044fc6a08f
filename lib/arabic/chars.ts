/**
 * How every UTF-16 code unit behaves when Arabic text is normalised and split into words. The rules are data
 * (each with a description and an example); `CHAR_CLASS`, `FOLDED` and `EXPANSIONS` are lookup tables built
 * from them once, so the scanner reads one typed-array slot per character instead of running a regex.
 */

export const CharClass = {
  /** Punctuation, symbols, surrogates: ends a word and breaks a multi-word name. */
  Other: 0,
  /** An Arabic letter: part of a word, folded to `FOLDED[code]`. */
  Letter: 1,
  /** A mark written on a letter (harakat, Quranic marks): part of the word, dropped from its normal form. */
  Mark: 2,
  /** The shadda: dropped like a mark, but remembered — عمّان (Amman) is not عمان (Oman). */
  Shadda: 3,
  /** Invisible formatting (tatweel, zero-width and bidi controls): may sit inside a word, never extends it. */
  Format: 4,
  Space: 5,
  Digit: 6,
  /** Latin and other alphabets: a word of its own, never part of an Arabic name. */
  Foreign: 7,
  /** A presentation-form ligature (ﻻ, ﷲ) that stands for several letters: see `EXPANSIONS`. */
  Ligature: 8,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

export interface LetterFold {
  from: string;
  to: string;
  description: string;
  example: readonly [written: string, normalised: string];
}

/** Letters written several ways for one word. Applied everywhere in a word, not only at its start. */
export const LETTER_FOLDS: readonly LetterFold[] = [
  { from: 'أإآٱٲٳٵ', to: 'ا', description: 'hamza and madda seats on alef, wasla: one alef', example: ['الإسرائيلي', 'الاسرائيلي'] },
  { from: 'ى', to: 'ي', description: 'alef maqsura is often typed as yaa and the reverse', example: ['الأقصى', 'الاقصي'] },
  { from: 'ة', to: 'ه', description: 'taa marbuta is often typed as haa', example: ['غزة', 'غزه'] },
  { from: 'ؤ', to: 'و', description: 'hamza on waw', example: ['مؤتمر', 'موتمر'] },
  { from: 'ئ', to: 'ي', description: 'hamza on yaa, also written as plain yaa (إسرائيل / إسراييل)', example: ['إسرائيل', 'اسراييل'] },
  { from: 'یۍېٸ', to: 'ي', description: 'Persian and Urdu yaa, common on the web', example: ['ایران', 'ايران'] },
  { from: 'کڪ', to: 'ك', description: 'Persian keheh and swash kaf', example: ['ترکیا', 'تركيا'] },
  { from: 'ھۀہەۂ', to: 'ه', description: 'Persian and Urdu haa forms', example: ['خامنھ', 'خامنه'] },
  { from: 'ٶ', to: 'و', description: 'high hamza waw', example: ['ٶ', 'و'] },
];

export interface CharRange {
  from: number;
  to: number;
  description: string;
  example: string;
}

/** Marks dropped from the normal form but kept in the word's span. */
export const MARK_RANGES: readonly CharRange[] = [
  { from: 0x064b, to: 0x0650, description: 'tanween and short vowels', example: 'إيرانَ' },
  { from: 0x0652, to: 0x065f, description: 'sukun, maddah and hamza above/below, other harakat', example: 'دِمَشْق' },
  { from: 0x0670, to: 0x0670, description: 'superscript (dagger) alef', example: 'هٰذا' },
  { from: 0x0610, to: 0x061a, description: 'Quranic honorifics and small letters', example: 'محمدؐ' },
  { from: 0x06d6, to: 0x06dc, description: 'Quranic pause marks', example: 'الكتابۖ' },
  { from: 0x06df, to: 0x06e4, description: 'Quranic small letters', example: 'ءامَنُوا۟' },
  { from: 0x06e7, to: 0x06e8, description: 'Quranic small yaa and noon', example: 'ۧ' },
  { from: 0x06ea, to: 0x06ed, description: 'Quranic low stops and small meem', example: 'ۭ' },
  { from: 0x08d3, to: 0x08ff, description: 'extended Arabic marks', example: '\u08f0' },
];

export const SHADDA = 0x0651;

/** Invisible characters that may sit inside a word without splitting it. */
export const FORMAT_RANGES: readonly CharRange[] = [
  { from: 0x0640, to: 0x0640, description: 'tatweel (kashida) stretches a word', example: 'فلســـطين' },
  { from: 0x200b, to: 0x200f, description: 'zero-width space/joiners, LRM, RLM', example: 'حما\u200bس' },
  { from: 0x202a, to: 0x202e, description: 'bidi embeddings and overrides', example: '\u202bحماس\u202c' },
  { from: 0x2060, to: 0x2064, description: 'word joiner and invisible operators', example: 'حما\u2060س' },
  { from: 0x2066, to: 0x2069, description: 'bidi isolates', example: '\u2067حماس\u2069' },
  { from: 0x061c, to: 0x061c, description: 'Arabic letter mark', example: '\u061cحماس' },
  { from: 0xfeff, to: 0xfeff, description: 'byte-order mark / zero-width no-break space', example: '\ufeffحماس' },
  { from: 0x00ad, to: 0x00ad, description: 'soft hyphen', example: 'فلس\u00adطين' },
];

/** Arabic letters kept as they are (after `LETTER_FOLDS`). */
export const LETTER_RANGES: readonly CharRange[] = [
  { from: 0x0621, to: 0x063a, description: 'hamza … ghain', example: 'غزة' },
  { from: 0x0641, to: 0x064a, description: 'faa … yaa', example: 'فلسطين' },
  { from: 0x066e, to: 0x066f, description: 'dotless beh and qaf', example: 'ٮ' },
  { from: 0x0671, to: 0x06d3, description: 'extended letters (Persian, Urdu, wasla)', example: 'ٱلقدس' },
  { from: 0x06d5, to: 0x06d5, description: 'ae', example: 'ە' },
  { from: 0x06ee, to: 0x06ef, description: 'dal and reh with inverted v', example: 'ۮ' },
  { from: 0x06fa, to: 0x06fc, description: 'sheen, dad, ghain with dot below', example: 'ۺ' },
  { from: 0x06ff, to: 0x06ff, description: 'heh with inverted v', example: 'ۿ' },
  { from: 0x0750, to: 0x077f, description: 'Arabic supplement letters', example: 'ݐ' },
];

export const DIGIT_RANGES: readonly CharRange[] = [
  { from: 0x30, to: 0x39, description: 'European digits', example: '2011' },
  { from: 0x0660, to: 0x0669, description: 'Arabic-Indic digits', example: '٢٠١١' },
  { from: 0x06f0, to: 0x06f9, description: 'Persian digits', example: '۲۰۱۱' },
];

/** White space, and the underscore that stands for it between the words of a hashtag (#حزب_الله). */
export const SPACE_CODES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x5f, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
const SPACE_RANGE = { from: 0x2000, to: 0x200a };

/** Presentation forms (ﻹ, ﺇ, ﷲ): NFKC gives the letters they stand for. */
const PRESENTATION_RANGES = [
  { from: 0xfb50, to: 0xfdff },
  { from: 0xfe70, to: 0xfefe },
];

export const CHAR_CLASS = new Uint8Array(0x10000);
/** For letters, digits and foreign letters: the folded code (lower-cased for Latin capitals); 0 for the rest. */
export const FOLDED = new Uint16Array(0x10000);
/** `CHAR_CLASS` and `FOLDED` in one slot, class in the high half, for loops that need both (one read per character). */
export const CLASS_AND_FOLDED = new Uint32Array(0x10000);
export const CLASS_SHIFT = 16;
export const FOLDED_MASK = 0xffff;
/** Ligatures: the folded letters they expand to. */
export const EXPANSIONS = new Map<number, readonly number[]>();

/** Latin, Greek and Cyrillic letters (× and ÷ are not): lower-cased, they make foreign words. */
const FOREIGN_RANGES = [
  { from: 0x41, to: 0x5a },
  { from: 0x61, to: 0x7a },
  { from: 0xc0, to: 0xd6 },
  { from: 0xd8, to: 0xf6 },
  { from: 0xf8, to: 0x24f },
  { from: 0x370, to: 0x52f },
];

function assign(code: number, charClass: CharClass, folded = 0): void {
  CHAR_CLASS[code] = charClass;
  FOLDED[code] = folded;
  CLASS_AND_FOLDED[code] = (charClass << CLASS_SHIFT) | folded;
}

// Built once per page in the content script: only the code points some rule names are written (the tables
// start zeroed: class Other), never a pass over all 65,536.
function buildTables(): void {
  for (const range of FOREIGN_RANGES) {
    for (let code = range.from; code <= range.to; code++) assign(code, CharClass.Foreign, String.fromCharCode(code).toLowerCase().charCodeAt(0));
  }
  for (const range of DIGIT_RANGES) for (let code = range.from; code <= range.to; code++) assign(code, CharClass.Digit, 0x30 + code - range.from);
  for (const code of SPACE_CODES) assign(code, CharClass.Space);
  for (let code = SPACE_RANGE.from; code <= SPACE_RANGE.to; code++) assign(code, CharClass.Space);
  for (const range of LETTER_RANGES) for (let code = range.from; code <= range.to; code++) assign(code, CharClass.Letter, code);
  for (const fold of LETTER_FOLDS) {
    const target = fold.to.charCodeAt(0);
    for (const letter of fold.from) assign(letter.charCodeAt(0), CharClass.Letter, target);
  }
  for (const range of MARK_RANGES) for (let code = range.from; code <= range.to; code++) assign(code, CharClass.Mark);
  assign(SHADDA, CharClass.Shadda);
  for (const range of FORMAT_RANGES) for (let code = range.from; code <= range.to; code++) assign(code, CharClass.Format);
  for (const range of PRESENTATION_RANGES) {
    for (let code = range.from; code <= range.to; code++) classifyPresentationForm(code);
  }
}

function classifyPresentationForm(code: number): void {
  const expanded = String.fromCharCode(code).normalize('NFKC');
  const letters: number[] = [];
  let marksOnly = true;
  for (let index = 0; index < expanded.length; index++) {
    const part = expanded.charCodeAt(index);
    const partClass = CHAR_CLASS[part];
    if (partClass === CharClass.Letter) {
      letters.push(FOLDED[part]!);
      marksOnly = false;
    } else if (partClass === CharClass.Space) {
      // An isolated haraka form (ﹰ) expands to a space and a mark; any other space means a phrase (ﷺ).
      if (expanded.length !== 2) return;
    } else if (partClass !== CharClass.Mark && partClass !== CharClass.Shadda) {
      return;
    }
  }
  if (marksOnly) {
    assign(code, CharClass.Mark);
  } else if (letters.length === 1) {
    assign(code, CharClass.Letter, letters[0]!);
  } else {
    assign(code, CharClass.Ligature);
    EXPANSIONS.set(code, letters);
  }
}

buildTables();
