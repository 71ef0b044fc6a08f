import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityLookup } from '@/lib/search/search-index';
import type { PassageView } from '@/lib/search/types';
import type { CorpusApi, EntityInfo } from './corpus-api';
import { EntityChip } from './EntityChip';
import { PassageCard } from './PassageCard';
import type { Translate, UiLanguage } from './translate';

/** Enough for every passage of an entity in the bundled corpus; the API caps a request at 100. */
export const ENTITY_PASSAGE_LIMIT = 100;
/** The entities it goes with most; a long tail of one shared passage each says little. */
export const RELATED_LIMIT = 12;
/** Mentions on the page beyond this are reached by scrolling the page itself. */
const MAX_MENTION_BUTTONS = 30;

export interface EntityDetailProps {
  api: CorpusApi;
  entityId: string;
  t: Translate;
  uiLanguage: UiLanguage;
  readerHref: (passage: PassageView) => string;
  onOpenReader?: (passage: PassageView) => void;
  onSelectEntity: (entityId: string) => void;
  onBack?: () => void;
  /** Passages as snippets (the popup) or whole (the side panel). */
  snippets?: boolean;
  /** Mentions of the entity on the current page, each a button that shows it there. */
  pageMentions?: number;
  onShowMention?: (occurrence: number) => void;
}

type State = { status: 'loading' } | { status: 'missing' } | { status: 'failed'; error: string } | { status: 'done'; lookup: EntityLookup; related: EntityInfo[] };

/** One entity: its names and type, where it is on the page, the entities it goes with, and all its passages. */
export function EntityDetail({ api, entityId, t, uiLanguage, readerHref, onOpenReader, onSelectEntity, onBack, snippets = false, pageMentions = 0, onShowMention }: EntityDetailProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    (async () => {
      const lookup = await api.lookupEntity(entityId, ENTITY_PASSAGE_LIMIT);
      if (!lookup) return current && setState({ status: 'missing' });
      const strongest = [...lookup.related].sort((a, b) => b.sharedPassages - a.sharedPassages).slice(0, RELATED_LIMIT);
      const related = await api.entities(strongest.map((entity) => entity.entityId));
      if (current) setState({ status: 'done', lookup, related: strongest.flatMap((entity) => related.get(entity.entityId) ?? []) });
    })().catch((error: unknown) => current && setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }));
    return () => {
      current = false;
    };
  }, [api, entityId]);

  // The chip or link that opened this view is gone: the heading takes the focus, so keyboard and screen-reader
  // users land on what opened and Shift+Tab reaches the back button.
  useEffect(() => {
    if (state.status === 'done') headingRef.current?.focus();
  }, [state.status, entityId]);

  const back = onBack && (
    <button type="button" class="surface__back" onClick={onBack}>
      {t('backToPage')}
    </button>
  );
  if (state.status !== 'done') {
    return (
      <section class="entity-detail">
        {back}
        {state.status === 'loading' ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <p role="alert">{state.status === 'failed' ? t('requestFailed', state.error) : t('requestFailed', entityId)}</p>
        )}
      </section>
    );
  }

  const { lookup, related } = state;
  const known = new Map([[lookup.entity.id, lookup.entity], ...related.map(({ entity }) => [entity.id, entity] as const)]);
  const name = uiLanguage === 'en' ? lookup.entity.nameEn : lookup.entity.nameAr;
  return (
    <section class="entity-detail" aria-labelledby="entity-detail-name" data-entity-id={lookup.entity.id}>
      {back}
      <h2 id="entity-detail-name" class="entity-detail__name" tabIndex={-1} ref={headingRef}>
        {t('passagesAbout', name)}
      </h2>
      <EntityChip entity={lookup.entity} t={t} uiLanguage={uiLanguage} count={lookup.total} />
      {pageMentions > 0 && onShowMention && (
        <nav class="entity-detail__mentions" aria-label={t('mentionsOnPage')}>
          <span>{t('mentionsOnPage')}: </span>
          {Array.from({ length: Math.min(pageMentions, MAX_MENTION_BUTTONS) }, (_, occurrence) => (
            <button key={occurrence} type="button" class="entity-detail__mention" aria-label={`${t('showMentionOnPage')} ${occurrence + 1}`} onClick={() => onShowMention(occurrence)}>
              {occurrence + 1}
            </button>
          ))}
        </nav>
      )}
      {related.length > 0 && (
        <section aria-labelledby="entity-detail-related">
          <h3 id="entity-detail-related" class="entity-detail__heading">
            {t('relatedEntities')}
          </h3>
          <ul class="chip-list">
            {related.map(({ entity, passageCount }) => (
              <li key={entity.id}>
                <EntityChip entity={entity} t={t} uiLanguage={uiLanguage} count={passageCount} onSelect={onSelectEntity} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3 class="entity-detail__heading">{t('passageCount', String(lookup.total))}</h3>
      <ul class="card-list">
        {lookup.passages.map((passage) => (
          <li key={passage.passageId}>
            <PassageCard
              passage={passage}
              t={t}
              uiLanguage={uiLanguage}
              readerHref={readerHref(passage)}
              onOpenReader={onOpenReader}
              snippet={snippets ? passage.snippet : undefined}
              highlights={passage.highlights}
              entities={known}
              onSelectEntity={onSelectEntity}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
