/** Which rule recognised a mention; a mention lists every rule that took part. */
export type MatchRule = 'exact' | 'normalised' | 'clitic' | 'suffix' | 'nisba' | 'alias' | 'multiword' | 'fuzzy' | 'context';

/** A surface form found in a text. Offsets are UTF-16 code units into the original text, `end` exclusive. */
export interface Mention {
  start: number;
  end: number;
  /** The original text of the span, exactly `text.slice(start, end)`. */
  text: string;
  /** The entity's id in the catalogue. */
  id: string;
  match: MatchRule[];
}
