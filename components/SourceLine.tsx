import type { Source } from '@/lib/corpus/types';
import type { Translate } from './translate';

export interface SourceLineProps {
  source: Source;
  t: Translate;
  /** Shown when given: the ids a citation needs. */
  documentId?: string;
  passageId?: string;
}

/**
 * Where a passage comes from, exactly as the document states it: title (flagged when derived from the first
 * words), outlet and dateline, each saying "not stated" rather than guessing when the text is silent.
 */
export function SourceLine({ source, t, documentId, passageId }: SourceLineProps) {
  return (
    <p class="source-line">
      <SourceField label={t('sourceTitleLabel')} value={source.title} t={t} corpusText>
        {source.title !== null && source.titleDerived && <span class="source-line__derived"> ({t('titleDerived')})</span>}
      </SourceField>
      <SourceField label={t('sourceOutletLabel')} value={source.outlet} t={t} corpusText />
      <SourceField label={t('sourceDatelineLabel')} value={source.dateline} t={t} corpusText />
      {source.date !== null && <SourceField label={t('sourceDateLabel')} value={source.date} t={t} corpusText />}
      {documentId !== undefined && <SourceField label={t('documentLabel')} value={documentId} t={t} />}
      {passageId !== undefined && <SourceField label={t('passageLabel')} value={passageId} t={t} />}
    </p>
  );
}

function SourceField({
  label,
  value,
  t,
  corpusText = false,
  children,
}: {
  label: string;
  value: string | null;
  t: Translate;
  corpusText?: boolean;
  children?: preact.ComponentChildren;
}) {
  return (
    <span class="source-line__field">
      <span class="source-line__label">{label}: </span>
      {value === null ? (
        <span class="source-line__value source-line__value--missing">{t('notStated')}</span>
      ) : (
        // Corpus values are Arabic whatever the UI language; ids are Latin. `auto` isolates either in the line.
        <bdi class="source-line__value" dir="auto" lang={corpusText ? 'ar' : undefined}>
          {value}
        </bdi>
      )}
      {children}
    </span>
  );
}
