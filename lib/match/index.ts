export { compileMatcher, deserializeMatcher, serializeMatcher, Matcher, type MatcherData, type CompiledForm } from './compile';
export { findMentions } from './find';
export type { Mention, MatchRule } from './types';
