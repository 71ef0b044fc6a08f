import type { Entity } from '../catalogue/types';
import { compileMatcher, findMentions } from '../match';
import type { Recognise } from './types';

/** The recogniser search uses: the compiled matcher of `lib/match` over a catalogue's entities. */
export function catalogueRecogniser(entities: readonly Entity[]): Recognise {
  const matcher = compileMatcher(entities);
  return (text) => findMentions(matcher, text);
}
