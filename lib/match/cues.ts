import { normalizeWord } from '../arabic/normalize';
import { lastLetterBefore } from '../arabic/tokenize';

/**
 * The preposition على and the given name علي have one normal form. Cue words keep them apart: على written with
 * its alef maqsura is the preposition, stored as `PREPOSITION_ALA`, which a word written so alone matches («الضغط
 * على عرفات» is not a surname after a given name); a word written علي may be the name or the preposition misspelt.
 */
export const PREPOSITION_ALA = 'على';
export const ALEF_MAQSURA = 'ى'.charCodeAt(0);
const NAME_ALI = 'علي';

/** A cue word as the matcher stores it: its normal form, the preposition على apart. */
export function cueWord(written: string): string {
  const normal = normalizeWord(written);
  return normal === NAME_ALI && lastLetterBefore(written, written.length) === ALEF_MAQSURA ? PREPOSITION_ALA : normal;
}

/**
 * Shared cue lists for context rules, referred to from the catalogue as `@name`. Words as a journalist writes
 * them; the matcher normalises them and also accepts them after their proclitics: و/ف (وقال), and ب/ك/ل before
 * the article (بالرئيس، للحد).
 */
export interface CueList {
  description: string;
  example: string;
  words: readonly string[];
}

export const CUE_LISTS: Readonly<Record<string, CueList>> = {
  speech: {
    description: 'verbs of saying and meeting that introduce a person by surname',
    example: 'وقال الرشق إن الحركة …',
    words: [
      'قال', 'أكد', 'أضاف', 'أعلن', 'أعرب', 'أشار', 'شدد', 'صرح', 'أوضح', 'لفت', 'تابع', 'رأى', 'اعتبر', 'دعا',
      'كشف', 'التقى', 'استقبل', 'زار', 'بحث', 'طالب', 'نفى', 'حذر', 'وصف', 'أجاب', 'أبلغ', 'هاتف', 'بحسب', 'حسب',
      'يقول', 'يرى', 'يؤكد', 'ختم', 'رحب', 'أشاد', 'انتقد', 'غادر', 'وصل', 'ناقش', 'اجتمع', 'تحدث', 'أدلى', 'غرد',
      'كتب',
    ],
  },
  title: {
    description: 'titles and offices written before a surname',
    example: 'الرئيس روحاني، الوزير ظريف',
    words: [
      'الرئيس', 'الوزير', 'وزير', 'السيد', 'الدكتور', 'الشيخ', 'المستشار', 'مستشار', 'رئيس', 'نائب', 'القيادي',
      'المتحدث', 'الناطق', 'حكومة', 'إدارة', 'عهد', 'الإيراني', 'الإيرانية', 'الخارجية', 'حماس', 'السياسي',
      'الحركة', 'ممثل', 'عضو', 'الدبلوماسي', 'نظيره', 'تنصيب', 'انتخاب',
    ],
  },
  'given-names': {
    description:
      'given names, and the words for a family (آل، عائلة، أسرة), before which a country\'s adjective or a known surname is someone\'s family name (مشير المصري، آل المصري، خليل الشقاقي)',
    example: 'قال المتحدث مشير المصري …',
    words: [
      'محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'حسن', 'حسين', 'خالد', 'عمر', 'يوسف', 'إبراهيم', 'إسماعيل', 'سامي',
      'مشير', 'فوزي', 'صالح', 'سعيد', 'ناصر', 'ماهر', 'وليد', 'رامي', 'باسم', 'زياد', 'نبيل', 'هشام', 'طارق', 'عماد',
      'منير', 'منيب', 'فادي', 'عادل', 'رائد', 'حازم', 'أيمن', 'ياسر', 'أسامة', 'حمزة', 'بلال', 'أنس', 'معاذ', 'عمرو',
      'خليل', 'موسى', 'مجتبى', 'صادق', 'فاروق', 'جمال', 'كمال', 'سليم', 'نايف', 'فهد', 'سلمان', 'رياض', 'نزار', 'غسان',
      'مروان', 'إياد', 'صلاح', 'سمير', 'حسام', 'وائل', 'عصام', 'كريم', 'نادر', 'شادي', 'تامر', 'عبدالله', 'مكرم',
      'فاطمة', 'مريم', 'سارة', 'سها', 'سهى', 'ليلى', 'هدى', 'رنا', 'دينا', 'هالة', 'ريم', 'سلمى', 'منال', 'منى', 'نهى', 'هبة',
      'رانيا', 'نادية', 'إيمان', 'سعاد', 'ياسمين', 'آمنة', 'خديجة', 'زينب', 'شيماء', 'عبير', 'سوسن', 'لينا', 'رشا',
      'عبدالرحمن', 'عبدالعزيز', 'عبدالرؤوف', 'عبدالكريم', 'عبدالرحيم', 'عبدالحميد', 'عبدالفتاح', 'عبدالقادر', 'عبدالناصر', 'عبدالمجيد',
      'عبدالسلام', 'عبدالحليم', 'عبدالرزاق', 'عبدالمنعم', 'عبدالوهاب', 'عبدالهادي', 'عبداللطيف', 'عبدالجبار', 'عبدالرضا',
      'أمين', 'هادي', 'فريدون',
      'آل', 'عائلة', 'أسرة', 'لعائلة',
    ],
  },
  outlets: {
    description: 'words for a channel, newspaper, site or agency, before a name that is an outlet\'s (قناة روسيا اليوم)',
    example: 'قال في تصريحات لقناة روسيا اليوم إن',
    words: ['قناة', 'لقناة', 'بقناة', 'صحيفة', 'لصحيفة', 'بصحيفة', 'جريدة', 'موقع', 'لموقع', 'بموقع', 'وكالة', 'شبكة'],
  },
  israel: {
    description: 'words that name Israel or its occupation, beside which normalisation is normalisation with Israel',
    example: 'وقعت الدولتان اتفاق تطبيع العلاقات مع إسرائيل',
    words: ['إسرائيل', 'الإسرائيلي', 'الإسرائيلية', 'الاحتلال', 'الكيان', 'الصهيوني', 'الصهيونية', 'أبيب'],
  },
  units: {
    description: 'units of length after a diameter',
    example: 'أنبوب بقطر 5 سنتيمترات',
    words: ['سم', 'سنتيمتر', 'سنتيمترات', 'ملم', 'مليمتر', 'مليمترات', 'متر', 'مترا', 'أمتار', 'كيلومتر', 'كيلومترات', 'بوصة', 'إنش'],
  },
};
