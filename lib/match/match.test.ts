import { describe, expect, it } from 'vitest';
import type { ContextCondition, Entity } from '../catalogue/types';
import { bundledCatalogue } from '../catalogue/load';
import { withinOneEdit } from './fuzzy';
import { compileMatcher, deserializeMatcher, findMentions, serializeMatcher } from './index';

const matcher = compileMatcher(bundledCatalogue().entities);
const found = (text: string) => findMentions(matcher, text).map((mention) => [mention.text, mention.id, mention.match.join('+')]);
/** Each mention as «written id». */
const named = (text: string) => findMentions(matcher, text).map((mention) => `${mention.text} ${mention.id}`);
const written = (text: string) => findMentions(matcher, text).map((mention) => mention.text);
const ids = (text: string) => findMentions(matcher, text).map((mention) => mention.id);

/** A one-form place «مكان» whose form has the given reject conditions, for the rules' own mechanics. */
function placeRejecting(...reject: ContextCondition[]): Entity {
  return { id: 'place.here', nameAr: 'مكان', nameEn: 'Here', type: 'place', forms: ['مكان'], context: [{ forms: ['مكان'], description: 'test', example: 'مكان', reject }] };
}

describe('findMentions', () => {
  it('covers the whole written word, clitics and endings included, with exact UTF-16 offsets', () => {
    const text = '😀 وصل الوفد بإيران ثم التقى والإيرانيين وسافر للسعودية';
    const mentions = findMentions(matcher, text);
    expect(mentions.map((mention) => mention.text)).toEqual(['بإيران', 'والإيرانيين', 'للسعودية']);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions[0]!.start).toBe(text.indexOf('بإيران'));
  });

  it('gives every mention the text of its own span, among many names of the same length (their texts are shared)', () => {
    const forms = bundledCatalogue().entities.flatMap((entity) => entity.forms.filter((form) => !entity.context?.some((rule) => rule.forms.includes(form))));
    const text = forms.flatMap((form) => [form, 'و' + form, 'قال', 'ب' + form]).join(' ، ');
    const mentions = findMentions(matcher, text);
    expect(mentions.length).toBeGreaterThan(forms.length * 2);
    for (const mention of mentions) expect(mention.text).toBe(text.slice(mention.start, mention.end));
  });

  it('lists the rules that produced each mention', () => {
    expect(found('إيران ايران والإيرانيين الخارجية الروسية حزب الله ياسر عرفات فلسطبن فلسطيننا')).toEqual([
      ['إيران', 'country.iran', 'exact'],
      ['ايران', 'country.iran', 'exact'],
      ['والإيرانيين', 'country.iran', 'exact+clitic+nisba'],
      ['الروسية', 'country.russia', 'exact+clitic+nisba'],
      ['حزب الله', 'org.hezbollah', 'exact+multiword'],
      ['ياسر عرفات', 'person.yasser-arafat', 'exact+multiword'],
      ['فلسطبن', 'country.palestine', 'fuzzy'],
      ['فلسطيننا', 'country.palestine', 'exact+suffix'],
    ]);
    expect(found('إيرانُ أبو عمار')).toEqual([
      ['إيرانُ', 'country.iran', 'normalised'],
      ['أبو عمار', 'person.yasser-arafat', 'exact+alias+multiword'],
    ]);
    expect(found('وقال ظريف')).toEqual([['ظريف', 'person.javad-zarif', 'exact+alias+context']]);
  });

  it('prefers the longest name: one mention for «الجمهورية الإسلامية الإيرانية»', () => {
    expect(found('أكدت الجمهورية الإسلامية الإيرانية')).toEqual([
      ['الجمهورية الإسلامية الإيرانية', 'country.iran', 'exact+alias+multiword'],
    ]);
  });

  it('falls back to a shorter name when a longer one breaks off', () => {
    expect(found('الجمهورية الإسلامية الموريتانية والجمهورية الإسلامية')).toEqual([
      ['الجمهورية الإسلامية الموريتانية', 'country.mauritania', 'exact+alias+multiword'],
      ['والجمهورية الإسلامية', 'country.iran', 'exact+clitic+alias+multiword'],
    ]);
  });

  it('never strips into another word', () => {
    expect(found('مصرف مصرع إصرار مصارف سورة لبنات العراقيل إيرادات')).toEqual([]);
    // «مُصِرّ على» (insisting on), the preposition written as it should be or misspelt علي.
    expect(found('قال إنه مصر على موقفه، وهو مصر علي رأيه')).toEqual([]);
  });

  it('tells Oman from Amman by the shadda and by context', () => {
    expect(found('عمّان')).toEqual([]);
    expect(found('العاصمة الأردنية عمان')).toEqual([['الأردنية', 'country.jordan', 'exact+clitic+nisba']]);
    expect(found('سلطنة عُمان')).toEqual([['سلطنة عُمان', 'country.oman', 'normalised+alias+multiword']]);
    // A text about Jordan writes Amman without its shadda, unless it names Oman some other way too.
    expect(found('استقبل العاهل الأردني في عمان وفدا')).toEqual([['الأردني', 'country.jordan', 'exact+clitic+nisba']]);
    expect(named('وصل الوزير العماني إلى عمان بعد جولة في الأردن')).toEqual([
      'العماني country.oman',
      'عمان country.oman',
      'الأردن country.jordan',
    ]);
    expect(ids('شارك وزراء من الأردن والبحرين وعمان')).toEqual(['country.jordan', 'country.bahrain', 'country.oman']);
    // Among other capitals it is Amman; among countries, Oman.
    expect(found('زار عواصم بينها القاهرة وعمان والدوحة')).toEqual([]);
    expect(ids('زار قطر وعمان والكويت')).toEqual(['country.qatar', 'country.oman']);
  });

  it('reads a word nearby in the sentence: the pilgrims around «عرفات», the Hashemite court before «عمان»', () => {
    expect(found('وقف الحجاج على صعيد عرفات، ثم نفروا من عرفات إلى مزدلفة')).toEqual([]);
    expect(found('فإذا أفضتم من عرفات فاذكروا الله عند المشعر الحرام')).toEqual([]);
    expect(found('أعلن الديوان الملكي الهاشمي أن الملك عبد الله الثاني سيعود إلى عمان مساء اليوم')).toEqual([]);
    expect(ids('وصل وزير الخارجية القطري إلى عمان قادما من الرياض')).toEqual(['country.qatar', 'country.oman']);
    expect(ids('أكد المدرب الأردني أن جماهير عمان ستملأ الملعب')).toEqual(['country.jordan']);
    expect(found('أعلنت أمانة عمان الكبرى إغلاق الطرق حول ستاد عمان الدولي')).toEqual([]);
    expect(ids('استقبل العاهل السعودي الملك سلمان سلطان عمان')).toEqual(['country.saudi-arabia', 'country.oman']);
    expect(named('استقبل سلطان عمان وزير الخارجية الأردني')).toEqual(['سلطان عمان country.oman', 'الأردني country.jordan']);
    expect(written('نفر الحجاج إلى مزدلفة. وقال عرفات إن الثورة مستمرة')).toEqual(['عرفات']);
  });

  it('looks for a `near` word eight words either side, within the sentence, past commas and quotes', () => {
    const test = compileMatcher([placeRejecting({ near: ['بعيد'] })]);
    const read = (text: string) => findMentions(test, text).length;
    const words = (count: number) => Array.from({ length: count }, () => 'كلمة').join(' ');
    expect(read(`بعيد ${words(7)} مكان`)).toBe(0);
    expect(read(`بعيد ${words(8)} مكان`)).toBe(1);
    expect(read(`مكان ${words(7)} بعيد`)).toBe(0);
    expect(read(`مكان ${words(8)} بعيد`)).toBe(1);
    expect(read('وبعيد، «مكان»')).toBe(0);
    expect(read('بعيد. مكان')).toBe(1);
    expect(read('مكان؟ بعيد')).toBe(1);
    expect(read('بعيد\nمكان')).toBe(1);
    expect(read('مكان مكان')).toBe(2);
  });

  it('holds a `notNear` condition only where none of its words stands within the same reach', () => {
    const test = compileMatcher([placeRejecting({ before: ['قريب'], notNear: ['بعيد'] })]);
    const read = (text: string) => findMentions(test, text).length;
    expect(read('في مكان قريب')).toBe(0);
    expect(read('في مكان قريب من البيت البعيد')).toBe(0);
    expect(read('في مكان قريب وبعيد')).toBe(1);
    expect(read('بعيد كلمة مكان قريب')).toBe(1);
    expect(read('بعيد. مكان قريب')).toBe(0);
    // The serialised matcher keeps the condition.
    const copy = deserializeMatcher(serializeMatcher(test));
    expect(findMentions(copy, 'في مكان قريب')).toHaveLength(0);
    expect(findMentions(copy, 'في مكان قريب وبعيد')).toHaveLength(1);
  });

  it('refuses a context cue of several words, which no word of a text could match', () => {
    expect(() => compileMatcher([placeRejecting({ near: ['ضيوف الرحمن'] })])).toThrow(/ضيوف الرحمن/u);
  });

  it('refuses a context rule that names an entity the catalogue lacks', () => {
    expect(() => compileMatcher([placeRejecting({ named: 'country.nowhere' })])).toThrow(/country\.nowhere/u);
  });

  it('reads «الأقصى» as the mosque, not in names given after it to other things', () => {
    const mosque = (text: string) => found(text).filter(([, id]) => id === 'place.al-aqsa-mosque').map(([text]) => text);
    expect(mosque('أعلنت كتائب القسام بدء عملية طوفان الأقصى')).toEqual([]);
    expect(mosque('اندلعت انتفاضة الأقصى عام 2000 وتبنت كتائب شهداء الأقصى هجوما')).toEqual([]);
    expect(mosque('تخرج من جامعة الأقصى في غزة')).toEqual([]);
    expect(mosque('تجاوز الطول الأقصى المسموح به والعدد الأقصى للملفات')).toEqual([]);
    expect(mosque('تعهدت الحركة بالدفاع عن الأقصى وبحماية المسجد الأقصى')).toEqual(['الأقصى', 'المسجد الأقصى']);
  });

  it('reads «القدس» as the city, not in names given after it to other things', () => {
    const city = (text: string) => found(text).filter(([, id]) => id === 'place.jerusalem').map(([text]) => text);
    expect(city('نشرت صحيفة القدس العربي تقريرا، ونقلت جريدة القدس عن مصادر')).toEqual([]);
    expect(city('قاد قائد فيلق القدس العمليات، وأعلنت سرايا القدس قصف المستوطنات')).toEqual([]);
    expect(city('زار وفد من جامعة القدس المفتوحة رام الله، وصلى باسم الآب والابن والروح القدس')).toEqual([]);
    expect(city('تظاهر الآلاف في القدس وفي مدينة القدس القديمة')).toEqual(['القدس', 'مدينة القدس']);
  });

  it('tells family names, a continent, seas, a river and namesakes from the entities', () => {
    expect(found('قال المتحدث مشير المصري ووصل محمد السوري')).toEqual([]);
    expect(found('قال جمال المصري، والتقى المدير سليم اللبناني بالموظفين')).toEqual([]);
    expect(found('قال أبو محمد المقدسي، وألف ابن كثير الدمشقي')).toEqual([]);
    expect(ids('تظاهر الشباب المقدسي واحتفل الشارع الدمشقي')).toEqual(['place.jerusalem', 'place.damascus']);
    expect(found('أكد الرئيس المصري')).toEqual([['المصري', 'country.egypt', 'exact+clitic+nisba']]);
    expect(named('صوت مصريو الخارج وسوريو المهجر مع عراقيي الداخل')).toEqual([
      'مصريو country.egypt',
      'وسوريو country.syria',
      'عراقيي country.iraq',
    ]);
    expect(found('تشهد أمريكا اللاتينية وأميركا الشمالية احتجاجات')).toEqual([]);
    expect(found('زار الجمهورية الإسلامية الباكستانية')).toEqual([]);
    expect(found('ذكرت كتائب حزب الله ثم عاش الشيخ عز الدين القسام')).toEqual([]);
    expect(found('ألا إن حزب الله هم المفلحون، وأنشد الشيخ ياسين التهامي')).toEqual([]);
    expect(found('قال سكرتير مجلس الأمن الروسي إن موسكو تراقب الوضع')).toEqual([['الروسي', 'country.russia', 'exact+clitic+nisba']]);
    expect(ids('أعلنت أمريكا وحزب الله والقسام')).toEqual(['country.usa', 'org.hezbollah', 'org.qassam-brigades']);
    expect(found('مجمع البحرين بين البحرين الأحمر والمتوسط، ونهر الأردن وغور الأردن')).toEqual([]);
    expect(found('أتم النادي صفقة القرن بضم المهاجم')).toEqual([]);
    expect(found('فاز نادي الإمارات على الشارقة، وقاس الطبيب قطر القرنية، وربط المريض بجهاز المونيتور')).toEqual([]);
    expect(found('رسم المهندس خطا قطريا في المربع')).toEqual([]);
    expect(ids('رفضت الحركة صفقة القرن')).toEqual(['topic.deal-of-the-century']);
    expect(ids('زار البحرين ثم الأردن')).toEqual(['country.bahrain', 'country.jordan']);
    expect(named('قال مسؤولون روس وأتراك إن الهدنة صامدة')).toEqual(['روس country.russia', 'وأتراك country.turkey']);
    expect(found('زار المبعوث دينيس روس المنطقة، وعرض فيلم بروس لي، وسجل توني كروس هدفا')).toEqual([]);
    // Words of a spelling dictionary (hunspell's Arabic word list) that were read as names.
    expect(found('تراجعت رؤس الأموال، وأظهر الفارس فروسية نادرة، وأحب امرئا صالحا، وقامت سبع إمارات')).toEqual([]);
    expect(written('تحدث بالروسية مع الروس')).toEqual(['بالروسية', 'الروس']);
  });

  it('reads the leader as the Iranian media name him, and not the first leader under the same title', () => {
    expect(named('قال قائد الثورة الإسلامية آية الله السيد علي الخامنئي، وأكد الإمام الخامنئي')).toEqual([
      'قائد الثورة الإسلامية person.ali-khamenei',
      'علي الخامنئي person.ali-khamenei',
      'الإمام الخامنئي person.ali-khamenei',
    ]);
    expect(found('أسس قائد الثورة الإسلامية الإمام الخميني الجمهورية، وبرز مجتبى الخامنئي')).toEqual([]);
  });

  it('leaves a common full name after a role the entity never had to a namesake', () => {
    expect(found('أضاف البديل أحمد ياسين الهدف الثاني، وتحدث الأستاذ أحمد ياسين عن القراءة')).toEqual([]);
    expect(written('اغتيل الشيخ أحمد ياسين، مؤسس الحركة، ونعى الفلسطينيون أحمد ياسين')).toEqual([
      'الشيخ أحمد ياسين',
      'الفلسطينيون',
      'أحمد ياسين',
    ]);
  });

  it('leaves a known surname after another given name to whoever bears it', () => {
    expect(found('أجرى خليل الشقاقي استطلاعا، وقالت سها عرفات، وبرز مجتبى خامنئي')).toEqual([]);
    // The preposition على is written like the name علي once normalised, but not before it.
    expect(written('زاد الضغط على عرفات، ورد على الشقاقي، ويجب على المصري أن يدفع')).toEqual(['عرفات', 'الشقاقي', 'المصري']);
    expect(found('قال علي المصري')).toEqual([]);
    expect(named('قال الشقاقي، ثم قال عرفات، ثم علي ولايتي')).toEqual([
      'الشقاقي person.fathi-shaqaqi',
      'عرفات person.yasser-arafat',
      'علي ولايتي person.ali-akbar-velayati',
    ]);
  });

  it('reads no ordinary word one letter from a long name as its typo', () => {
    expect(found('رصدت الإشارات، وعملت الإدارات والأمانات، وهدمت العمارات، وبدلت الإطارات، وأغلقت الخمارات')).toEqual([]);
    expect(found('عين أميرا على المنطقة، وصورته كاميرا المراقبة')).toEqual([]);
    expect(found('زار الإمارت')).toEqual([['الإمارت', 'country.uae', 'clitic+fuzzy']]);
  });

  it('reads a nisba plural written with ين for يين as a typo, where the misspelling is no other word', () => {
    expect(found('قال مسؤولين إيرانين إن اللبنانين والبحرينين والجزائرين')).toEqual([
      ['إيرانين', 'country.iran', 'nisba+fuzzy'],
      ['اللبنانين', 'country.lebanon', 'clitic+nisba+fuzzy'],
      ['والبحرينين', 'country.bahrain', 'clitic+nisba+fuzzy'],
      ['والجزائرين', 'country.algeria', 'clitic+nisba+fuzzy'],
    ]);
    // Plurals under eight letters are not keyed: words lie one letter from them (insisting, two walls, two
    // regions, Rusyn; secularists, Ottomans and Yemenis from العمانيين).
    expect(found('هم مصرين على موقفهم، وبنوا سورين، وزار القطرين، ويتحدثون لغة روسين')).toEqual([]);
    expect(found('انتقد العلمانيين والعثمانيين واليمانيين، وقمة الأمريكتين والأميركتين، والإيمانيين')).toEqual([]);
    // And listed ordinary words one letter from a long plural: Austrians and «the equal ones» from حمساويين.
    expect(found('فاز النمساويين على المساويين لهم في الترتيب، ونمساويين آخرين')).toEqual([]);
  });

  it('reads a cue word after its proclitics: و، ف، and ب، ك، ل before its article', () => {
    expect(found('رفع الأجور بالحد الأقصى، ووصل للحد الأقصى، وبين الحد الأدنى والأقصى، وتحدد العرض الأقصى')).toEqual([]);
    expect(named('اتصل بالوزير ظريف، ثم التقى وبالرئيس روحاني، وصلى في الأقصى')).toEqual(['ظريف person.javad-zarif', 'روحاني person.hassan-rouhani', 'الأقصى place.al-aqsa-mosque']);
  });

  it('tells the movement from "enthusiasm"', () => {
    expect(found('فاز المنتخب وسط حماس جماهيري كبير، واستقبله الجمهور بحماس شديد وبكل حماس')).toEqual([]);
    expect(written('موقف حماس واضح، وأبدت حماس مرونة')).toEqual(['حماس', 'حماس']);
  });

  it('needs a cue or the full name for surnames that are also words', () => {
    expect(found('رجل ظريف')).toEqual([]);
    // Even where the full name makes the surname alone enough, what it also means stays apart.
    expect(written('قال عزت الرشق إن الحركة صامدة، واعتقل الجيش فتية بتهمة الرشق بالحجارة')).toEqual(['عزت الرشق']);
    expect(written('قال علي أكبر ولايتي إن طهران ثابتة، وقال المحافظ إنه أنجز الكثير في ولايتي الثانية')).toEqual([
      'علي أكبر ولايتي',
      'طهران',
    ]);
    expect(written('التقى جواد ظريف ثم غادر ظريف')).toEqual(['جواد ظريف', 'ظريف']);
  });

  it('reads names written joined (عزالدين، حزبالله، أبوعمار)', () => {
    expect(named('أعلنت كتائب عزالدين القسام وحزبالله، وقال أبوعمار')).toEqual([
      'كتائب عزالدين القسام org.qassam-brigades',
      'وحزبالله org.hezbollah',
      'أبوعمار person.yasser-arafat',
    ]);
    expect(found('عاش الشيخ عزالدين القسام في حيفا')).toEqual([]);
  });

  it('reads names in hashtags, whose words underscores join', () => {
    expect(found('#حزب_الله #طوفان_الأقصى #الحرس_الثوري')).toEqual([
      ['حزب_الله', 'org.hezbollah', 'exact+multiword'],
      ['الحرس_الثوري', 'org.irgc', 'exact+alias+multiword'],
    ]);
  });

  it('finds nothing in text without Arabic, and in empty text', () => {
    expect(findMentions(matcher, '')).toEqual([]);
    expect(findMentions(matcher, 'Iran and Hamas, 2017.')).toEqual([]);
  });

  it('reads a word of any length without failing', () => {
    expect(findMentions(matcher, 'ب'.repeat(500) + ' إيران').map((mention) => mention.id)).toEqual(['country.iran']);
  });
});

describe('compiled matcher', () => {
  it('survives a round trip through JSON and finds the same mentions', () => {
    const json = serializeMatcher(matcher);
    const copy = deserializeMatcher(json);
    // Every kind of context rule: a cue word, a cue behind a preposition, a spelling, the sentence around the name.
    const text =
      'زار وفد حماس طهران والتقى المرشد الإيراني وقال ظريف إن الاحتلال الإسرائيلي يتحمل المسؤولية. تراجعت رؤس الأموال ' +
      'بالحد الأقصى، وقال مسؤولون روس إن الحجاج نفروا من عرفات إلى مزدلفة، ثم قال عرفات إن الأقصى في خطر.';
    expect(findMentions(copy, text)).toEqual(findMentions(matcher, text));
    expect(JSON.parse(json)).toEqual(matcher.data);
  });

  it('is small enough to ship to a content script', () => {
    expect(serializeMatcher(matcher).length).toBeLessThan(64 * 1024);
  });

  it('rejects anything that is not a serialised matcher', () => {
    expect(() => deserializeMatcher('{"version":2}')).toThrow();
    expect(() => deserializeMatcher('{"version":2,"ids":["a"],"forms":[{"entity":3,"words":["x"],"written":["x"]}],"rules":[]}')).toThrow();
    expect(() => deserializeMatcher('not json')).toThrow();
    expect(() => deserializeMatcher('{"version":2,"ids":["a"],"forms":[{"entity":0,"words":["x"],"written":["x"]}],"rules":[],"notTypos":5}')).toThrow();
  });

  it('refuses a matcher an older version published (its rules still named cue lists), so pages ask for a current one', () => {
    const current = JSON.parse(serializeMatcher(matcher)) as { version: number };
    expect(() => deserializeMatcher(JSON.stringify({ ...current, version: 1 }))).toThrow();
  });

  it('writes the cue lists out in normal form: a page builds its matcher without them', () => {
    const cues = matcher.data.rules.flatMap((rule) => [...rule.reject, ...(rule.require ?? [])].flatMap((condition) => [...(condition.after ?? []), ...(condition.before ?? [])]));
    expect(cues.filter((cue) => cue.startsWith('@'))).toEqual([]);
    expect(cues).toContain('اكد');
    const text = 'وأكد ظريف أن الاتفاق قائم';
    expect(findMentions(deserializeMatcher(serializeMatcher(matcher)), text).map((mention) => mention.text)).toEqual(['ظريف']);
  });

  it('is rebuilt with a user’s own entities', () => {
    const own: Entity = { id: 'user.gaza-port', nameAr: 'ميناء غزة', nameEn: 'Gaza port', type: 'place', forms: ['ميناء غزة', 'الميناء العائم'] };
    const extended = compileMatcher([...bundledCatalogue().entities, own]);
    expect(findMentions(extended, 'أبحرت السفينة من ميناء غزة إلى الميناء العائم').map((mention) => [mention.text, mention.id])).toEqual([
      ['ميناء غزة', 'user.gaza-port'],
      ['الميناء العائم', 'user.gaza-port'],
    ]);
  });
});

describe('withinOneEdit', () => {
  const codes = (word: string) => Array.from(word, (letter) => letter.charCodeAt(0));
  it.each([
    ['فلسطين', 'فلسطين', true],
    ['فلسطن', 'فلسطين', true],
    ['فلسطيين', 'فلسطين', true],
    ['فلسطبن', 'فلسطين', true],
    ['فلسيطن', 'فلسطين', true],
    ['فلسن', 'فلسطين', false],
    ['قلسطبن', 'فلسطين', false],
  ])('%s vs %s: %s', (word, key, expected) => {
    expect(withinOneEdit(codes(word), 0, word.length, codes(key))).toBe(expected);
  });
});
