import type { PassageView, Snippet, Span } from '@/lib/search/types';
import { CopyCitationButton } from './CopyCitationButton';
import { EntityChip, type EntitySummary } from './EntityChip';
import { HighlightedText } from './HighlightedText';
import { SourceLine } from './SourceLine';
import type { Translate, UiLanguage } from './translate';

export interface PassageCardProps {
  passage: PassageView;
  t: Translate;
  uiLanguage: UiLanguage;
  /** Where the passage opens in the reader (`reader.html?doc=…&passage=…`). */
  readerHref: string;
  /** When given, following the reader link calls this instead of the browser's default (a new tab). */
  onOpenReader?: (passage: PassageView) => void;
  /** Shows this window of the passage instead of its whole text. */
  snippet?: Snippet;
  /** Spans of `passage.text` to highlight when the whole text is shown. */
  highlights?: readonly Span[];
  /** The passage's entities to show as chips, looked up by id; ids missing here are left out. */
  entities?: ReadonlyMap<string, EntitySummary>;
  onSelectEntity?: (entityId: string) => void;
  /** At most this many chips, in order of first mention (a snippet's card stays short). */
  entityLimit?: number;
  copyText?: (text: string) => Promise<void>;
}

/**
 * One passage as every surface shows it: its text (or a snippet) with the matches marked, its source, a link to
 * the whole document in the reader, and a one-click copy of the text with its citation.
 */
export function PassageCard({
  passage,
  t,
  uiLanguage,
  readerHref,
  onOpenReader,
  snippet,
  highlights,
  entities,
  onSelectEntity,
  entityLimit,
  copyText,
}: PassageCardProps) {
  const shown = snippet ?? { text: passage.text, highlights: highlights ?? [], cutStart: false, cutEnd: false };
  const chips = entities ? passage.entityIds.flatMap((id) => entities.get(id) ?? []).slice(0, entityLimit) : [];

  return (
    <article class="passage-card" aria-label={`${t('passageLabel')} ${passage.passageId}`} data-passage-id={passage.passageId}>
      {passage.heading !== null && (
        <p class="passage-card__heading" lang="ar" dir="rtl">
          {passage.heading}
        </p>
      )}
      <blockquote class="passage-card__text" lang="ar" dir="rtl">
        {shown.cutStart && '… '}
        <HighlightedText text={shown.text} highlights={shown.highlights} />
        {shown.cutEnd && ' …'}
      </blockquote>
      <SourceLine source={passage.source} t={t} />
      {chips.length > 0 && (
        <ul class="passage-card__entities" aria-label={t('entitiesInPassage')}>
          {chips.map((entity) => (
            <li key={entity.id}>
              <EntityChip entity={entity} t={t} uiLanguage={uiLanguage} onSelect={onSelectEntity} />
            </li>
          ))}
        </ul>
      )}
      <div class="passage-card__actions">
        <a
          class="passage-card__reader-link"
          href={readerHref}
          target="_blank"
          rel="noopener"
          onClick={(event) => {
            if (!onOpenReader) return;
            event.preventDefault();
            onOpenReader(passage);
          }}
        >
          {t('openInReader')}
        </a>
        <CopyCitationButton passage={passage} t={t} copyText={copyText} />
      </div>
    </article>
  );
}
