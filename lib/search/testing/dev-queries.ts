/**
 * The search dev set: queries a reader of the bundled corpus would type, each with the passage that must rank
 * first (or one of several equally right ones) and why. The tests assert it; the benchmark times it and scores
 * the alternative library against it.
 */
export const A = '000_85e5e6620baa6758';
export const B = '001_5d52c3400be08642';
export const C = '002_a44e1023c4a24cbc';
export const D = '003_d4c994533f4cdb18';
export const E = '004_3f5c4176bb4162b4';

/** Query → the passage that must rank first (or one of several equally right ones), and why. */
export const FIRST_PASSAGE: { query: string; first: string | string[]; why: string }[] = [
  { query: 'لاريجاني', first: `${E}#7`, why: 'a name found once' },
  { query: 'علي لاريجاني', first: `${E}#7`, why: 'full name' },
  { query: 'ولاريجاني', first: `${E}#7`, why: 'name with the conjunction و' },
  { query: 'لارِيجانِي', first: `${E}#7`, why: 'name with harakat' },
  { query: 'لاريج', first: `${E}#7`, why: 'name typed half way' },
  { query: 'Larijani', first: `${E}#7`, why: 'English name' },
  { query: 'روحانى', first: `${E}#15`, why: 'alef maqsura for yaa' },
  { query: 'Rouhani', first: `${E}#15`, why: 'English name' },
  { query: 'مستشار المرشد الإيراني', first: `${E}#9`, why: 'phrase with a nisba' },
  { query: 'Velayati مستشار', first: `${E}#9`, why: 'mixed Latin and Arabic' },
  { query: 'Zarif طهران', first: `${E}#2`, why: 'English name and Arabic city: the passage with both' },
  { query: 'جواد ظريف', first: `${E}#2`, why: 'full name ranks the passage naming him in full first' },
  { query: 'ظريف', first: [`${E}#2`, `${E}#3`, `${E}#4`, `${E}#8`], why: 'a person mentioned in four passages' },
  { query: 'ظريق', first: [`${E}#2`, `${E}#3`, `${E}#4`, `${E}#8`], why: 'typo: ف → ق' },
  { query: 'Zarif', first: [`${E}#2`, `${E}#3`, `${E}#4`, `${E}#8`], why: 'English surname' },
  { query: 'عرفات', first: `${A}#7`, why: 'alias: the passage says «أبو عمار»' },
  { query: 'ابو عمار', first: `${A}#7`, why: 'kunya without hamza' },
  { query: 'Arafat', first: `${A}#7`, why: 'English name of an alias' },
  { query: 'حزب الله في لبنان', first: `${D}#2`, why: 'organisation and a place' },
  { query: 'Hezbollah', first: [`${D}#1`, `${D}#2`], why: 'English name' },
  { query: 'HEZBOLLAH', first: [`${D}#1`, `${D}#2`], why: 'capitals' },
  { query: 'Hezbollah لبنان', first: `${D}#2`, why: 'mixed scripts' },
  { query: 'كتائب القسام', first: `${D}#6`, why: 'organisation' },
  { query: 'Qassam Brigades', first: `${D}#6`, why: 'English name of an organisation' },
  { query: 'الحرس الثوري الإيراني', first: `${B}#1`, why: 'phrase with a nisba' },
  { query: 'الحرس الثورى الايرانى', first: `${B}#1`, why: 'the same without hamza and with alef maqsura' },
  { query: 'خالد القدّومي', first: [`${B}#1`, `${B}#2`], why: 'name with shadda, as in the text' },
  { query: 'الحكومة السورية', first: `${B}#9`, why: 'topic with taa marbuta' },
  { query: 'موقع المونيتور', first: `${B}#1`, why: 'outlet named in the text' },
  { query: 'Al-Monitor', first: `${B}#1`, why: 'English outlet name' },
  { query: 'صفقة القرن', first: `${D}#4`, why: 'topic' },
  { query: 'صفقه القرن', first: `${D}#4`, why: 'taa marbuta written as haa' },
  { query: 'جرحى مسيرات العودة', first: `${D}#8`, why: 'topic' },
  { query: 'غاز غزة', first: `${C}#2`, why: 'topic with a place' },
  { query: 'الفيتو الأمريكي', first: `${C}#8`, why: 'quoted word and a nisba' },
  { query: 'العملية الروسية العسكرية', first: `${C}#5`, why: 'nisba forms' },
  { query: 'Ukraine', first: `${C}#5`, why: 'English country name; the text has only «الأوكرانية» and «لأوكرانيا»' },
  { query: 'أميركا تقدم للاحتلال الدعم العسكري', first: `${C}#5`, why: 'أميركا finds أمريكا' },
  { query: 'إفلاس الدبلوماسية', first: `${C}#4`, why: 'topic' },
  { query: 'افلاس الدبلوماسبة', first: `${C}#4`, why: 'typo: ي → ب' },
  { query: 'موريتانيا', first: `${A}#2`, why: 'country in a list' },
  { query: 'موريتانبا', first: `${A}#2`, why: 'typo' },
  { query: 'المملكة الاردنية الهاشمية', first: `${A}#2`, why: 'without hamza' },
  { query: 'الشيخ احمد ياسين', first: `${A}#7`, why: 'person with title, no hamza' },
  { query: 'فتحي الشقاقي', first: `${A}#7`, why: 'person' },
  { query: 'سوريا قطر', first: `${E}#16`, why: 'two countries in one passage' },
  { query: 'في العام 2011', first: `${E}#16`, why: 'digits' },
  { query: '\u200Fإيران\u200E منذ مغادرة قادتها', first: `${E}#16`, why: 'bidi marks around a word' },
  { query: '\u202Bلاريجاني\u202C', first: `${E}#7`, why: 'embedding marks' },
  { query: 'إيـــران والشعب الفلسطيني المظلوم', first: `${E}#14`, why: 'tatweel' },
];
