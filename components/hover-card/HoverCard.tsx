import { useState } from 'preact/hooks';
import type { EntityLookup, EntityPassage } from '@/lib/search/search-index';
import { EntityChip, type EntitySummary } from '../EntityChip';
import { PassageCard } from '../PassageCard';
import type { Translate, UiLanguage } from '../translate';

export type CardData = { status: 'loading' } | { status: 'failed'; error: string } | { status: 'ready'; lookup: EntityLookup; related: EntitySummary[] };

export interface HoverCardProps {
  entityId: string;
  data: CardData;
  /** The page's own words for the entity, shown until the catalogue's names arrive. */
  mentionText: string;
  t: Translate;
  uiLanguage: UiLanguage;
  theme: 'light' | 'dark';
  readerHref(passage: EntityPassage): string;
  onOpenReader(passage: EntityPassage): void;
  onMore(entityId: string): void;
  onSelectEntity(entityId: string): void;
  onClose(): void;
  /** "Not this one": the words on the page do not name this entity; they are not marked there again. */
  onNotThisOne?(): void;
}

/** How many passages the card shows; the side panel has them all. */
export const CARD_PASSAGES = 3;

/**
 * The hover card: the entity's names and type, how many passages speak of it, the best few as snippets
 * around the mention (each expandable to the whole passage) with their source and a reader link, related
 * entities, and a way to see everything in the side panel. Every piece of corpus text is rendered as text.
 */
export function HoverCard({ entityId, data, mentionText, t, uiLanguage, theme, readerHref, onOpenReader, onMore, onSelectEntity, onClose, onNotThisOne }: HoverCardProps) {
  const entity = data.status === 'ready' ? data.lookup.entity : null;
  return (
    <section
      class={`hover-card hover-card--${theme}`}
      role="dialog"
      aria-label={entity ? entity.nameAr : mentionText}
      dir={uiLanguage === 'ar' ? 'rtl' : 'ltr'}
      lang={uiLanguage}
      data-entity-id={entityId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header class="hover-card__header">
        <h2 class="hover-card__name" lang="ar" dir="rtl">
          {entity ? entity.nameAr : mentionText}
        </h2>
        {entity && (
          <p class="hover-card__meta">
            <span class="hover-card__english" lang="en" dir="ltr">
              {entity.nameEn}
            </span>
            <span class={`hover-card__type entity-chip__type--${entity.type}`}>{t(`entityType_${entity.type}`)}</span>
            <span class="hover-card__count">{t('passageCount', String(data.status === 'ready' ? data.lookup.total : 0))}</span>
          </p>
        )}
        <button type="button" class="hover-card__close" aria-label={t('closeCard')} title={t('closeCard')} onClick={onClose}>
          ×
        </button>
      </header>
      {data.status === 'loading' && <p class="hover-card__status">{t('loading')}</p>}
      {data.status === 'failed' && <p class="hover-card__status hover-card__status--failed">{t('requestFailed', data.error)}</p>}
      {data.status === 'ready' && (
        <>
          <ol class="hover-card__passages">
            {data.lookup.passages.slice(0, CARD_PASSAGES).map((passage) => (
              <li key={passage.passageId}>
                <ExpandablePassage passage={passage} t={t} uiLanguage={uiLanguage} readerHref={readerHref(passage)} onOpenReader={() => onOpenReader(passage)} />
              </li>
            ))}
          </ol>
          {data.related.length > 0 && (
            <div class="hover-card__related">
              <h3 class="hover-card__subheading">{t('relatedEntities')}</h3>
              <ul class="hover-card__chips">
                {data.related.map((related) => (
                  <li key={related.id}>
                    <EntityChip entity={related} t={t} uiLanguage={uiLanguage} onSelect={onSelectEntity} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <footer class="hover-card__footer">
            <button type="button" class="hover-card__more" onClick={() => onMore(data.lookup.entity.id)}>
              {t('openSidePanel')}
            </button>
            {onNotThisOne && (
              <button type="button" class="hover-card__not-this-one" title={t('notThisOneHint')} onClick={onNotThisOne}>
                {t('notThisOne')}
              </button>
            )}
          </footer>
        </>
      )}
    </section>
  );
}

function ExpandablePassage({ passage, t, uiLanguage, readerHref, onOpenReader }: { passage: EntityPassage; t: Translate; uiLanguage: UiLanguage; readerHref: string; onOpenReader(): void }) {
  const [expanded, setExpanded] = useState(false);
  const cut = passage.snippet.cutStart || passage.snippet.cutEnd;
  return (
    <div class="hover-card__passage">
      <PassageCard
        passage={passage}
        t={t}
        uiLanguage={uiLanguage}
        readerHref={readerHref}
        onOpenReader={onOpenReader}
        {...(expanded ? { highlights: passage.highlights } : { snippet: passage.snippet })}
      />
      {cut && (
        <button type="button" class="hover-card__expand" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('showLess') : t('showMore')}
        </button>
      )}
    </div>
  );
}
