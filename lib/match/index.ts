export { compileMatcher, deserializeMatcher, serializeMatcher, Matcher, type MatcherData, type CompiledForm } from './compile';
export { findMentions, findSpans, type MentionSpans } from './find';
export type { Mention, MatchRule } from './types';
