import type { Entity } from '../catalogue/types';
import { TokenIndex } from './token-index';
import { tokenize } from './tokens';

/** An entity a query names, the query words naming it, and how surely (1 exact … lower for typos). */
export interface NamedEntity {
  entityId: string;
  quality: number;
  /** Numbers of the query words (as given to `named`) that name it. */
  words: number[];
}

const MIN_NAMING_QUALITY = 0.55;
const LATIN = /^[a-z]/u;

/**
 * Every way an entity is named — Arabic name and surface forms, English name and aliases — as word-key
 * sequences, so a query in either script, with clitics or a typo, finds the entity it names.
 */
export class EntityNameIndex {
  private readonly index = new TokenIndex();
  /** Per name: its entity and its word keys. */
  private readonly names: { entityId: string; keys: string[] }[] = [];

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) this.addEntity(entity);
  }

  addEntity(entity: Entity): void {
    const spellings = new Set([entity.nameAr, ...entity.forms, entity.nameEn, ...(entity.aliasesEn ?? [])]);
    for (const spelling of spellings) {
      const keys = tokenize(spelling).map((token) => token.key);
      if (keys.length === 0) continue;
      this.index.add(this.names.length, keys);
      this.names.push({ entityId: entity.id, keys });
    }
  }

  /**
   * The entities whose every name word is matched by some query word. An English name of several words is
   * also named by its last word alone («Zarif» for «Mohammad Javad Zarif»), as English writers refer to people.
   */
  named(queryKeys: readonly string[], approximate: boolean): NamedEntity[] {
    // Per name: query word → its best match among the name's words.
    const matchesByName = new Map<number, Map<number, { quality: number; term: string }>>();
    queryKeys.forEach((key, word) => {
      for (const { term, quality } of this.index.expand(key, { approximate })) {
        if (quality < MIN_NAMING_QUALITY) continue;
        const postings = this.index.postings(term);
        for (let position = 0; position < postings.length; position += 2) {
          const name = postings[position]!;
          const byWord = matchesByName.get(name) ?? new Map<number, { quality: number; term: string }>();
          matchesByName.set(name, byWord);
          if ((byWord.get(word)?.quality ?? 0) < quality) byWord.set(word, { quality, term });
        }
      }
    });
    const best = new Map<string, NamedEntity>();
    for (const [nameNumber, byWord] of matchesByName) {
      const name = this.names[nameNumber]!;
      const complete = byWord.size >= name.keys.length;
      const surname = name.keys[name.keys.length - 1]!;
      const bySurname =
        !complete && name.keys.length > 1 && LATIN.test(surname) && [...byWord.values()].some((match) => match.term === surname);
      if (!complete && !bySurname) continue;
      const quality = Math.min(...[...byWord.values()].map((match) => match.quality)) * (bySurname ? 0.9 : 1);
      const known = best.get(name.entityId);
      if (!known || known.quality < quality) best.set(name.entityId, { entityId: name.entityId, quality, words: [...byWord.keys()] });
    }
    return [...best.values()];
  }
}
