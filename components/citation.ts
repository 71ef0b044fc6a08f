import type { PassageView } from '@/lib/search/types';
import type { Translate } from './translate';

/**
 * A passage as a reader pastes it into notes: the text in quotation marks, then where it comes from — title,
 * outlet, dateline, document and passage ids — so the quotation can always be traced back.
 */
export function citationText(passage: PassageView, t: Translate): string {
  const { source } = passage;
  const orNotStated = (value: string | null) => value ?? t('notStated');
  const title = source.title === null ? t('notStated') : source.titleDerived ? `${source.title} (${t('titleDerived')})` : source.title;
  return [
    `«${passage.text}»`,
    '',
    `${t('sourceTitleLabel')}: ${title}`,
    `${t('sourceOutletLabel')}: ${orNotStated(source.outlet)}`,
    `${t('sourceDatelineLabel')}: ${orNotStated(source.dateline)}`,
    `${t('documentLabel')}: ${passage.documentId}`,
    `${t('passageLabel')}: ${passage.passageId}`,
  ].join('\n');
}
