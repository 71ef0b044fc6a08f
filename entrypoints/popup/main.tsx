import { render } from 'preact';
import '@/components/fonts';
import '@/components/surface.css';
import '@/components/components.css';
import { createCorpusClient } from '@/utils/corpus-client';
import { captureUncaughtErrors } from '@/utils/error-log';
import { applyUiLocale, t, uiLanguageCode } from '@/utils/i18n';
import { surfaceTabId } from '@/utils/page-entities';
import { PopupApp } from './PopupApp';

captureUncaughtErrors('popup');
applyUiLocale();
const params = new URLSearchParams(location.search);
void surfaceTabId().then((tabId) =>
  render(
    <PopupApp api={createCorpusClient()} t={t} uiLanguage={uiLanguageCode()} tabId={tabId} initialQuery={params.get('q') ?? ''} initialEntityId={params.get('entity')} />,
    document.getElementById('app')!,
  ),
);
