import { render } from 'preact';
import '@/components/fonts';
import '@/components/surface.css';
import '@/components/components.css';
import '@/components/reader/reader.css';
import { createCorpusClient } from '@/utils/corpus-client';
import { captureUncaughtErrors } from '@/utils/error-log';
import { applyUiLocale, t, uiLanguageCode } from '@/utils/i18n';
import { ReaderApp } from './ReaderApp';

captureUncaughtErrors('reader');
applyUiLocale();
const params = new URLSearchParams(location.search);
render(
  <ReaderApp api={createCorpusClient()} t={t} uiLanguage={uiLanguageCode()} documentId={params.get('doc')} passageId={params.get('passage')} />,
  document.getElementById('app')!,
);
