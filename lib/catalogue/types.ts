/** The kinds of entity the catalogue knows; the UI groups and filters by them. */
export const ENTITY_TYPES = ['person', 'organisation', 'country', 'place', 'event', 'topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A typed link between two entities, e.g. a city and its country, a person and their movement. */
export interface EntityLink {
  id: string;
  /** Why the two belong together, in a word: `capital-of`, `city-of`, `member-of`, `part-of`, `leader-of`, `related`. */
  relation: string;
}

/** One catalogue entry: something the corpus speaks of, with every way it is written. */
export interface Entity {
  /** Stable across releases: `country.iran`, `org.hamas`, `person.izzat-rishq`. */
  id: string;
  nameAr: string;
  nameEn: string;
  type: EntityType;
  /** Surface forms as written in Arabic: full and short names, titles, other names, spelling variants. */
  forms: string[];
  /** English names and aliases that search should understand (Zarif, Hezbollah). */
  aliasesEn?: string[];
  /** Nisba adjective stems (إيراني, روسي): their inflections name the entity too. */
  nisba?: string[];
  links?: EntityLink[];
}

export interface Catalogue {
  version: number;
  entities: Entity[];
}
