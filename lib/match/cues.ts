/**
 * Shared cue lists for context rules, referred to from the catalogue as `@name`. Words as a journalist writes
 * them; the matcher normalises them and also accepts them with a leading و/ف (وقال).
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
      'يقول', 'يرى', 'يؤكد', 'ختم', 'رحب', 'أشاد', 'انتقد', 'غادر', 'وصل', 'ناقش', 'اجتمع', 'تحدث', 'أدلى',
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
    description: 'given names, before which a country\'s adjective or a known surname is someone\'s family name (مشير المصري، خليل الشقاقي)',
    example: 'قال المتحدث مشير المصري …',
    words: [
      'محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'حسن', 'حسين', 'خالد', 'عمر', 'يوسف', 'إبراهيم', 'إسماعيل', 'سامي',
      'مشير', 'فوزي', 'صالح', 'سعيد', 'ناصر', 'ماهر', 'وليد', 'رامي', 'باسم', 'زياد', 'نبيل', 'هشام', 'طارق', 'عماد',
      'منير', 'منيب', 'فادي', 'عادل', 'رائد', 'حازم', 'أيمن', 'ياسر', 'أسامة', 'حمزة', 'بلال', 'أنس', 'معاذ', 'عمرو',
      'خليل', 'موسى', 'مجتبى', 'صادق', 'فاطمة', 'مريم', 'سارة', 'سها', 'ليلى', 'هدى', 'رنا', 'دينا', 'هالة',
    ],
  },
  units: {
    description: 'units of length after a diameter',
    example: 'أنبوب بقطر 5 سنتيمترات',
    words: ['سم', 'سنتيمتر', 'سنتيمترات', 'ملم', 'مليمتر', 'مليمترات', 'متر', 'مترا', 'أمتار', 'كيلومتر', 'كيلومترات', 'بوصة', 'إنش'],
  },
};
