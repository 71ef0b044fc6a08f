import { describe, expect, it } from 'vitest';
import type { Entity } from '../catalogue/types';
import { effectiveEntities, parseForms } from './entities';

const hamas: Entity = { id: 'org.hamas', nameAr: 'حماس', nameEn: 'Hamas', type: 'organisation', forms: ['حماس'] };
const qatar: Entity = { id: 'country.qatar', nameAr: 'قطر', nameEn: 'Qatar', type: 'country', forms: ['قطر'] };

describe('effectiveEntities', () => {
  it('drops hidden bundled entities, adds extra forms, keeps muted ones searchable only, and keeps own entities apart', () => {
    const result = effectiveEntities(
      [hamas, qatar],
      [{ id: 'own.a', nameAr: 'سامي أبو زهري', nameEn: 'Sami Abu Zuhri', type: 'person', forms: ['أبو زهري'], createdAt: 1 }],
      [
        { entityId: 'country.qatar', hidden: true, muted: false, extraForms: [] },
        { entityId: 'org.hamas', hidden: false, muted: true, extraForms: ['حركة المقاومة الإسلامية'] },
      ],
    );
    const own = { id: 'own.a', nameAr: 'سامي أبو زهري', nameEn: 'Sami Abu Zuhri', type: 'person', forms: ['سامي أبو زهري', 'أبو زهري'] };
    expect(result).toEqual({
      entities: [],
      ownEntities: [own],
      searchable: [{ ...hamas, forms: ['حماس', 'حركة المقاومة الإسلامية'] }, own],
      ownEntityIds: ['own.a'],
      mutedEntityIds: ['org.hamas'],
      adjusted: true,
    });
  });

  it('never puts own entities among those marked where page scripts can read them', () => {
    const result = effectiveEntities([hamas], [{ id: 'own.b', nameAr: 'خالد الحمدان', nameEn: '', type: 'person', forms: [], createdAt: 1 }], []);
    expect(result.entities).toEqual([hamas]);
    expect(result.ownEntities.map((entity) => entity.id)).toEqual(['own.b']);
  });
});

describe('parseForms', () => {
  it('splits on lines and Arabic or Latin commas, trims, drops blanks and repeats', () => {
    expect(parseForms('أبو زهري، زهري\n  سامي  أبو زهري ,, زهري')).toEqual(['أبو زهري', 'زهري', 'سامي أبو زهري']);
  });
});
