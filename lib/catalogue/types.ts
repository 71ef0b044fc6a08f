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
  /** How context decides forms that are also ordinary words (قطر "diameter", حماس "enthusiasm"). */
  context?: ContextRule[];
  /** Ordinary words one letter away from a long form, never read as its typo (الإدارات, الإشارات for الإمارات). */
  notTypos?: string[];
}

/**
 * A context rule for some of an entity's forms. A mention of a governed form is dropped when any `reject`
 * condition holds, and — when `require` is given — kept only if one of its conditions holds or the entity is
 * named elsewhere in the same text by a form no rule governs.
 */
export interface ContextRule {
  /** Forms or nisba stems, exactly as written in `forms` / `nisba`. */
  forms: string[];
  description: string;
  /** A sentence the rule decides, for reviewers. */
  example: string;
  /** Drop the mention when the written word has a shadda on the form's own letters (عمّان is Amman, مُصِرّ "insisting"). */
  rejectShadda?: boolean;
  /** Drop the mention unless its words, clitics aside, are written letter for letter as one of the form's spellings («رؤس», heads, folds to «روس»). */
  rejectRespelled?: boolean;
  reject?: ContextCondition[];
  require?: ContextCondition[];
}

/**
 * Holds when every field given holds. Words are compared in normal form, also after a leading و/ف and after
 * ب/ك/ل before the article (بالحد، للحد); `@name` stands for a shared cue list of the matcher (`@speech`, `@title`).
 */
export interface ContextCondition {
  /** The word just before the mention is one of these. */
  after?: string[];
  /** The word just after the mention is one of these; `#number` matches a number other than a year (1900–2099), `:` a colon. */
  before?: string[];
  /**
   * One of these words stands in the mention's sentence, at most eight words before or after it: the pilgrims
   * around «من عرفات إلى مزدلفة», the royal court a few words before «عمان».
   */
  near?: string[];
  /**
   * None of these words stands within the same reach as `near`: «التطبيع التركي» is Turkey's normalisation with
   * Syria, unless Israel is named beside it («التطبيع التركي الإسرائيلي»).
   */
  notNear?: string[];
  /** The mention's word carries this proclitic (ب for بحماس). */
  proclitic?: string;
  /**
   * The text names this entity (its id), and names the mention's own entity by no other form (one no rule makes
   * wait for its context): in a text about Jordan that never says «سلطنة عمان» or «العماني», «في عمان» is Amman.
   */
  named?: string;
}

export interface Catalogue {
  version: number;
  entities: Entity[];
}
