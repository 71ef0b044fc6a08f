import { useEffect, useState } from 'preact/hooks';
import type { CorpusApi } from '@/components/corpus-api';
import { DocumentReader } from '@/components/reader/DocumentReader';
import { loadReaderData, type ReaderData } from '@/components/reader/reader-data';
import { Surface } from '@/components/Surface';
import type { Translate, UiLanguage } from '@/components/translate';

export interface ReaderAppProps {
  api: CorpusApi;
  t: Translate;
  uiLanguage: UiLanguage;
  documentId: string | null;
  passageId: string | null;
}

type State = { status: 'loading' } | { status: 'missing' } | { status: 'failed'; error: string } | { status: 'done'; data: ReaderData };

/** `reader.html?doc=<document id>&passage=<passage id>`: one document, opened at one passage. */
export function ReaderApp({ api, t, uiLanguage, documentId, passageId }: ReaderAppProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    // A link may name only the passage (the hover card's); its document is then found through it.
    const documentOf = documentId !== null ? Promise.resolve(documentId) : passageId !== null ? api.passage(passageId).then((passage) => passage?.documentId ?? null) : Promise.resolve(null);
    documentOf.then((id) => (id === null ? null : loadReaderData(api, id))).then(
      (data) => current && setState(data ? { status: 'done', data } : { status: 'missing' }),
      (error: unknown) => current && setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, documentId, passageId]);

  useEffect(() => {
    if (state.status === 'done') document.title = `${state.data.document.source.title ?? state.data.document.documentId} — ${t('readerTitle')}`;
  }, [state, t]);

  if (state.status === 'done') {
    return (
      <main class="surface surface--reader">
        <DocumentReader document={state.data.document} mentions={state.data.mentions} entities={state.data.entities} chosenPassageId={passageId} t={t} uiLanguage={uiLanguage} />
      </main>
    );
  }
  return (
    <Surface title={t('readerTitle')}>
      {state.status === 'loading' ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <p role="alert" class="surface__error">
          {state.status === 'failed' ? t('requestFailed', state.error) : t('documentNotFound', documentId ?? passageId ?? '')}
        </p>
      )}
    </Surface>
  );
}
