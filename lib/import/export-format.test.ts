import { describe, expect, it } from 'vitest';
import { createUserDocument } from './documents';
import { EXPORT_FORMAT, readExport, serializeExport } from './export-format';
import type { UserData } from './types';

const document = createUserDocument(
  {
    text: 'قال المتحدث باسم حماس إن الوفد سيزور طهران.',
    source: { title: 'زيارة مرتقبة', outlet: 'وكالة قدس نت', url: 'https://example.org/a', date: '2024-05-01' },
    origin: { kind: 'file', fileName: 'خبر.txt', encoding: 'windows-1256' },
  },
  'abc123',
  1_700_000_000_000,
);

const data: UserData = {
  documents: [document],
  entities: [{ id: 'own.k1', nameAr: 'سامي أبو زهري', nameEn: 'Sami Abu Zuhri', type: 'person', forms: ['أبو زهري'], createdAt: 1 }],
  entityAdjustments: [{ entityId: 'org.hamas', hidden: false, muted: true, extraForms: ['حركة المقاومة'] }],
  falseMatches: [{ id: 'f1', entityId: 'country.qatar', url: 'https://example.org/b', text: 'قطر', createdAt: 2 }],
  bundledCorpusHidden: true,
  settings: { hoverDelayMs: 300 },
};

describe('the export format', () => {
  it('reads back exactly what it wrote', () => {
    expect(readExport(serializeExport(data, new Date(5)))).toEqual({ ok: true, data });
  });

  it('recomputes the content hash instead of trusting the file', () => {
    const file = JSON.parse(serializeExport(data, new Date(5)));
    file.documents[0].contentHash = 'forged';
    const reading = readExport(JSON.stringify(file));
    expect(reading.ok && reading.data.documents[0]!.contentHash).toBe(document.contentHash);
  });

  it('names every invalid field by its path and refuses the whole file', () => {
    const file = JSON.parse(serializeExport(data, new Date(5)));
    file.documents[0].source.title = 42;
    file.documents[0].source.url = 'javascript:alert(1)';
    file.entities[0].type = 'spy';
    file.entities[0].forms = ['ok', ''];
    file.falseMatches = 'none';
    expect(readExport(JSON.stringify(file))).toEqual({
      ok: false,
      problem: 'invalidExport',
      errors: [
        'documents[0].source.title: not a string',
        'documents[0].source.url: not an http(s) URL',
        'entities[0].type: not one of person, organisation, country, place, event, topic',
        'entities[0].forms[1]: not a non-empty name',
        'falseMatches: not a list',
      ],
    });
  });

  it('refuses ids that could collide with bundled documents or entities', () => {
    const file = JSON.parse(serializeExport(data, new Date(5)));
    file.documents[0].id = '000_85e5e6620baa6758';
    file.entities[0].id = 'org.hamas';
    const reading = readExport(JSON.stringify(file));
    expect(reading.ok ? [] : 'errors' in reading ? reading.errors : []).toEqual(['documents[0].id: not a valid id', 'entities[0].id: not a valid id']);
  });

  it('refuses a file written by a newer version, and one that is not ours', () => {
    expect(readExport(JSON.stringify({ format: EXPORT_FORMAT, version: 99 }))).toEqual({ ok: false, problem: 'newerVersion', version: 99 });
    expect(readExport('[1, 2]')).toEqual({ ok: false, problem: 'notAnExport' });
  });

  it('refuses the same document id twice', () => {
    const file = JSON.parse(serializeExport({ ...data, documents: [document, document] }, new Date(5)));
    const reading = readExport(JSON.stringify(file));
    expect(reading).toEqual({ ok: false, problem: 'invalidExport', errors: [`documents: id "${document.id}" appears twice`] });
  });

  it('reports a truncated file as malformed JSON', () => {
    const json = serializeExport(data, new Date(5));
    expect(readExport(json.slice(0, json.length / 2))).toMatchObject({ ok: false, problem: 'malformedJson' });
  });
});
