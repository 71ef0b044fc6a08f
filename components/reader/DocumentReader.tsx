import { useEffect, useRef } from 'preact/hooks';
import type { DocumentView } from '@/lib/search/search-index';
import type { PassageView } from '@/lib/search/types';
import { readerPath } from '../corpus-api';
import { CopyCitationButton } from '../CopyCitationButton';
import { EntityChip, type EntitySummary } from '../EntityChip';
import { SourceLine } from '../SourceLine';
import type { Translate, UiLanguage } from '../translate';
import type { DocumentMention } from './reader-data';

export interface DocumentReaderProps {
  document: DocumentView;
  /** Sorted and disjoint, as offsets into the document's text. */
  mentions: readonly DocumentMention[];
  entities: ReadonlyMap<string, EntitySummary & { mentions: number }>;
  chosenPassageId: string | null;
  t: Translate;
  uiLanguage: UiLanguage;
  copyText?: (text: string) => Promise<void>;
}

/** The element id of a passage in the reader, usable in a URL fragment. */
export function passageAnchor(passageId: string): string {
  return `passage-${passageId.replace(/[^\w-]/g, '-')}`;
}

/**
 * A whole corpus document: its source, the entities it names, and its text passage by passage with every mention
 * marked. The chosen passage is highlighted, scrolled into view and focused, so reading starts where the link
 * pointed; every passage links to itself and copies with its citation.
 */
export function DocumentReader({ document: doc, mentions, entities, chosenPassageId, t, uiLanguage, copyText }: DocumentReaderProps) {
  const chosenRef = useRef<HTMLElement>(null);
  useEffect(() => {
    chosenRef.current?.scrollIntoView({ block: 'center' });
    chosenRef.current?.focus({ preventScroll: true });
  }, [doc.documentId, chosenPassageId]);

  const { source } = doc;
  const segments = segmentsOf(doc);
  let previousHeading: string | null = null;
  return (
    <article class="reader" aria-labelledby="reader-title">
      <header class="reader__header">
        <h1 id="reader-title" class="reader__title" lang="ar" dir="auto">
          {source.title ?? t('notStated')}
          {source.title !== null && source.titleDerived && <span class="reader__derived"> ({t('titleDerived')})</span>}
        </h1>
        <SourceLine source={source} t={t} documentId={doc.documentId} />
        {entities.size > 0 && (
          <section aria-labelledby="reader-entities" class="reader__entities">
            <h2 id="reader-entities" class="entity-detail__heading">
              {t('documentEntities')}
            </h2>
            <ul class="chip-list">
              {[...entities.values()]
                .sort((a, b) => b.mentions - a.mentions)
                .map((entity) => (
                  <li key={entity.id}>
                    <EntityChip entity={entity} t={t} uiLanguage={uiLanguage} count={entity.mentions} />
                  </li>
                ))}
            </ul>
          </section>
        )}
      </header>
      <div class="reader__body" lang="ar" dir="rtl">
        {segments.map((segment) => {
          const text = doc.text.slice(segment.start, segment.end);
          const marked = <MarkedText text={text} offset={segment.start} mentions={mentions} entities={entities} uiLanguage={uiLanguage} />;
          if (!segment.passage) {
            return text.trim() ? (
              <p key={`gap-${segment.start}`} class="reader__gap">
                {marked}
              </p>
            ) : null;
          }
          const passage = segment.passage;
          const chosen = passage.id === chosenPassageId;
          const showHeading = passage.heading !== null && passage.heading !== previousHeading;
          previousHeading = passage.heading;
          const view: PassageView = { passageId: passage.id, documentId: doc.documentId, text, heading: passage.heading, source, entityIds: [] };
          return (
            <section
              key={passage.id}
              id={passageAnchor(passage.id)}
              ref={chosen ? chosenRef : undefined}
              class={chosen ? 'reader__passage reader__passage--chosen' : 'reader__passage'}
              data-passage-id={passage.id}
              aria-current={chosen ? 'true' : undefined}
              aria-label={`${chosen ? `${t('chosenPassage')}: ` : ''}${t('passageLabel')} ${passage.id}`}
              tabIndex={chosen ? -1 : undefined}
            >
              {showHeading && <h2 class="reader__heading">{passage.heading}</h2>}
              <p class="reader__text">{marked}</p>
              <div class="passage-card__actions" dir={uiLanguage === 'ar' ? 'rtl' : 'ltr'} lang={uiLanguage}>
                {chosen && <strong class="reader__chosen-label">{t('chosenPassage')}</strong>}
                <a class="reader__permalink" href={readerPath(doc.documentId, passage.id)}>
                  {t('passageLabel')} {passage.id}
                </a>
                <CopyCitationButton passage={view} t={t} copyText={copyText} />
              </div>
            </section>
          );
        })}
      </div>
    </article>
  );
}

interface Segment {
  start: number;
  end: number;
  passage?: DocumentView['passages'][number];
}

/** The document cut into its passages and the text between them (title lines, blank lines), in order. */
function segmentsOf(doc: DocumentView): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const passage of [...doc.passages].sort((a, b) => a.start - b.start)) {
    if (passage.start > cursor) segments.push({ start: cursor, end: passage.start });
    segments.push({ start: passage.start, end: passage.end, passage });
    cursor = Math.max(cursor, passage.end);
  }
  if (cursor < doc.text.length) segments.push({ start: cursor, end: doc.text.length });
  return segments;
}

/** A stretch of the document with its entity mentions marked; `offset` is where it starts in the document. */
function MarkedText({
  text,
  offset,
  mentions,
  entities,
  uiLanguage,
}: {
  text: string;
  offset: number;
  mentions: readonly DocumentMention[];
  entities: ReadonlyMap<string, EntitySummary>;
  uiLanguage: UiLanguage;
}) {
  const pieces: (string | preact.JSX.Element)[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    const start = mention.start - offset;
    const end = mention.end - offset;
    if (end <= cursor || start >= text.length) continue;
    const from = Math.max(start, cursor);
    const to = Math.min(end, text.length);
    if (from > cursor) pieces.push(text.slice(cursor, from));
    const entity = entities.get(mention.entityId);
    pieces.push(
      <mark key={from} class="entity-mark" data-entity-id={mention.entityId} title={entity ? (uiLanguage === 'en' ? `${entity.nameEn} — ${entity.nameAr}` : entity.nameAr) : undefined}>
        {text.slice(from, to)}
      </mark>,
    );
    cursor = to;
  }
  if (cursor < text.length) pieces.push(text.slice(cursor));
  return <>{pieces}</>;
}
