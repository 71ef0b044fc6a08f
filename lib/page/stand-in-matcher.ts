/**
 * TEMPORARY stand-in for `lib/match` (being written in parallel): the same four functions over a few fixture
 * names, exact forms at word boundaries only. Delete this file once `lib/match/index.ts` lands and import from
 * there instead (background `matcher` handler and `entrypoints/content/matcher.ts`).
 */
import type { Mention } from '../match/types';

export interface StandInEntity {
  id: string;
  forms: string[];
}

export interface StandInMatcher {
  /** Longest forms first, so «حركة حماس» wins over «حماس». */
  forms: { form: string; id: string }[];
}

export const STAND_IN_ENTITIES: StandInEntity[] = [
  { id: 'org.hamas', forms: ['حماس', 'حركة حماس', 'وحماس'] },
  { id: 'org.hezbollah', forms: ['حزب الله'] },
  { id: 'city.tehran', forms: ['طهران'] },
  { id: 'country.iran', forms: ['إيران', 'الإيراني', 'الإيرانية', 'الجمهورية الإسلامية الإيرانية'] },
  { id: 'person.zarif', forms: ['ظريف', 'جواد ظريف'] },
  { id: 'person.larijani', forms: ['لاريجاني', 'علي لاريجاني'] },
  { id: 'person.izzat-rishq', forms: ['عزت الرشق'] },
  { id: 'country.palestine', forms: ['فلسطين', 'الفلسطينية'] },
];

export function compileMatcher(entities: readonly StandInEntity[]): StandInMatcher {
  const forms = entities.flatMap(({ id, forms }) => forms.map((form) => ({ form, id })));
  return { forms: forms.sort((a, b) => b.form.length - a.form.length) };
}

export const serializeMatcher = (matcher: StandInMatcher): string => JSON.stringify(matcher);
export const deserializeMatcher = (data: string): StandInMatcher => JSON.parse(data) as StandInMatcher;

const isLetter = (char: string | undefined) => char !== undefined && /[\u0600-\u06FF\w]/u.test(char);

export function findMentions(matcher: StandInMatcher, text: string): Mention[] {
  const taken = new Uint8Array(text.length);
  const mentions: Mention[] = [];
  for (const { form, id } of matcher.forms) {
    for (let start = text.indexOf(form); start !== -1; start = text.indexOf(form, start + 1)) {
      const end = start + form.length;
      if (isLetter(text[start - 1]) || isLetter(text[end]) || taken.subarray(start, end).some(Boolean)) continue;
      taken.fill(1, start, end);
      mentions.push({ start, end, text: form, id, match: ['exact'] });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
