import { describe, expect, it } from 'vitest';
import type { Entity } from '../catalogue/types';
import { effectiveEntities, parseForms } from './entities';

const hamas: Entity = { id: 'org.hamas', nameAr: 'حماس', nameEn: 'Hamas', type: 'organisation', forms: ['حماس'] };
const qatar: Entity = { id: 'country.qatar', nameAr: 'قطر', nameEn: 'Qatar', type: 'country', forms: ['قطر'] };

describe('effectiveEntities', () => {
  it('drops hidden bundled entities, adds extra forms, appends own entities and flags them', () => {
    const result = effectiveEntities(
      [hamas, qatar],
      [{ id: 'own.a', nameAr: 'سامي أبو زهري', nameEn: 'Sami Abu Zuhri', type: 'person', forms: ['أبو زهري'], createdAt: 1 }],
      [
        { entityId: 'country.qatar', hidden: true, muted: false, extraForms: [] },
        { entityId: 'org.hamas', hidden: false, muted: true, extraForms: ['حركة المقاومة الإسلامية'] },
      ],
    );
    expect(result).toEqual({
      entities: [
        { ...hamas, forms: ['حماس', 'حركة المقاومة الإسلامية'] },
        { id: 'own.a', nameAr: 'سامي أبو زهري', nameEn: 'Sami Abu Zuhri', type: 'person', forms: ['سامي أبو زهري', 'أبو زهري'] },
      ],
      ownEntityIds: ['own.a'],
      mutedEntityIds: ['org.hamas'],
    });
  });
});

describe('parseForms', () => {
  it('splits on lines and Arabic or Latin commas, trims, drops blanks and repeats', () => {
    expect(parseForms('أبو زهري، زهري\n  سامي  أبو زهري ,, زهري')).toEqual(['أبو زهري', 'زهري', 'سامي أبو زهري']);
  });
});
