/**
 * TEMPORARY test stand-ins for the catalogue (`assets/catalogue`) and the compiled matcher (`lib/match`), which
 * are being written in parallel. Search tests assert on passages, not on these ids, so they switch to the real
 * catalogue and matcher by changing `testRecogniser` alone.
 */
import type { Entity } from '../../catalogue/types';
import type { Mention } from '../../match/types';
import { tokenize, type Token } from '../tokens';
import type { Recognise } from '../types';
import { stemKey } from '../variants';

export const FIXTURE_ENTITIES: Entity[] = [
  { id: 'country.iran', nameAr: 'إيران', nameEn: 'Iran', type: 'country', forms: ['إيران', 'الجمهورية الإسلامية الإيرانية'], nisba: ['إيراني'] },
  { id: 'org.hamas', nameAr: 'حماس', nameEn: 'Hamas', type: 'organisation', forms: ['حماس', 'حركة حماس', 'حركة المقاومة الإسلامية'] },
  { id: 'country.russia', nameAr: 'روسيا', nameEn: 'Russia', type: 'country', forms: ['روسيا'], nisba: ['روسي'] },
  {
    id: 'country.usa',
    nameAr: 'الولايات المتحدة',
    nameEn: 'United States',
    type: 'country',
    forms: ['الولايات المتحدة', 'أمريكا', 'أميركا'],
    aliasesEn: ['USA', 'America'],
    nisba: ['أمريكي', 'أميركي'],
  },
  { id: 'country.israel', nameAr: 'إسرائيل', nameEn: 'Israel', type: 'country', forms: ['إسرائيل'], nisba: ['إسرائيلي'] },
  {
    id: 'person.javad-zarif',
    nameAr: 'محمد جواد ظريف',
    nameEn: 'Mohammad Javad Zarif',
    type: 'person',
    forms: ['جواد ظريف', 'ظريف'],
    links: [{ id: 'country.iran', relation: 'related' }],
  },
  { id: 'person.yasser-arafat', nameAr: 'ياسر عرفات', nameEn: 'Yasser Arafat', type: 'person', forms: ['عرفات', 'أبو عمار'], aliasesEn: ['Abu Ammar'] },
  { id: 'org.hezbollah', nameAr: 'حزب الله', nameEn: 'Hezbollah', type: 'organisation', forms: ['حزب الله'], aliasesEn: ['Hizbullah'] },
  { id: 'city.tehran', nameAr: 'طهران', nameEn: 'Tehran', type: 'place', forms: ['طهران'], links: [{ id: 'country.iran', relation: 'capital-of' }] },
  { id: 'person.khaled-qaddoumi', nameAr: 'خالد القدومي', nameEn: 'Khaled Qaddoumi', type: 'person', forms: ['القدومي'] },
  {
    id: 'person.izzat-rishq',
    nameAr: 'عزت الرشق',
    nameEn: 'Izzat al-Rishq',
    type: 'person',
    forms: ['الرشق'],
    links: [{ id: 'org.hamas', relation: 'member-of' }],
  },
  { id: 'person.ali-larijani', nameAr: 'علي لاريجاني', nameEn: 'Ali Larijani', type: 'person', forms: ['لاريجاني'] },
  { id: 'person.ali-akbar-velayati', nameAr: 'علي أكبر ولايتي', nameEn: 'Ali Akbar Velayati', type: 'person', forms: ['ولايتي'] },
  { id: 'person.hassan-rouhani', nameAr: 'حسن روحاني', nameEn: 'Hassan Rouhani', type: 'person', forms: ['روحاني'] },
  { id: 'org.qassam-brigades', nameAr: 'كتائب القسام', nameEn: 'Qassam Brigades', type: 'organisation', forms: ['كتائب القسام'] },
  { id: 'person.ahmed-yassin', nameAr: 'أحمد ياسين', nameEn: 'Ahmed Yassin', type: 'person', forms: ['الشيخ أحمد ياسين'] },
  { id: 'person.fathi-shaqaqi', nameAr: 'فتحي الشقاقي', nameEn: 'Fathi Shaqaqi', type: 'person', forms: ['الشقاقي'] },
  { id: 'city.damascus', nameAr: 'دمشق', nameEn: 'Damascus', type: 'place', forms: ['دمشق'] },
  { id: 'country.syria', nameAr: 'سوريا', nameEn: 'Syria', type: 'country', forms: ['سوريا', 'سورية'], nisba: ['سوري'] },
  { id: 'city.gaza', nameAr: 'غزة', nameEn: 'Gaza', type: 'place', forms: ['غزة', 'قطاع غزة'] },
  { id: 'country.ukraine', nameAr: 'أوكرانيا', nameEn: 'Ukraine', type: 'country', forms: ['أوكرانيا'], nisba: ['أوكراني'] },
  { id: 'org.al-monitor', nameAr: 'المونيتور', nameEn: 'Al-Monitor', type: 'organisation', forms: ['المونيتور'] },
];

const NISBA_ENDINGS = ['', 'ه', 'ين', 'يين', 'ون', 'ات'];

/** Forms as folded word sequences, matched on word keys or their clitic-stripped stems; nisba stems with endings. */
export function fixtureRecogniser(entities: readonly Entity[] = FIXTURE_ENTITIES): Recognise {
  const forms = entities
    .flatMap((entity) => [entity.nameAr, ...entity.forms].map((form) => ({ id: entity.id, keys: tokenize(form).map((token) => stemKey(token.key)) })))
    .sort((a, b) => b.keys.length - a.keys.length);
  const nisbas = entities.flatMap((entity) => (entity.nisba ?? []).map((stem) => ({ id: entity.id, key: stemKey(tokenize(stem)[0]!.key) })));
  const same = (token: Token, key: string) => token.key === key || stemKey(token.key) === key;
  return (text: string): Mention[] => {
    const tokens = tokenize(text);
    const mentions: Mention[] = [];
    for (let position = 0; position < tokens.length; position += 1) {
      const form = forms.find(({ keys }) => keys.every((key, offset) => tokens[position + offset] && same(tokens[position + offset]!, key)));
      const first = tokens[position]!;
      const nisba = form ? undefined : nisbas.find(({ key }) => NISBA_ENDINGS.some((ending) => stemKey(first.key) === key + ending));
      const id = form?.id ?? nisba?.id;
      if (!id) continue;
      const last = tokens[position + (form ? form.keys.length - 1 : 0)]!;
      mentions.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), id, match: [form ? 'normalised' : 'nisba'] });
      position += form ? form.keys.length - 1 : 0;
    }
    return mentions;
  };
}
