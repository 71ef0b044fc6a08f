import { render } from 'preact';
import '@/components/fonts';
import '@/components/surface.css';
import '@/components/components.css';
import { createCorpusClient } from '@/utils/corpus-client';
import { captureUncaughtErrors } from '@/utils/error-log';
import { applyUiLocale, t, uiLanguageCode } from '@/utils/i18n';
import { SidePanelApp } from './SidePanelApp';

captureUncaughtErrors('sidepanel');
applyUiLocale();
const params = new URLSearchParams(location.search);
const givenTab = Number(params.get('tab'));
render(
  <SidePanelApp
    api={createCorpusClient()}
    t={t}
    uiLanguage={uiLanguageCode()}
    fixedTabId={Number.isInteger(givenTab) && givenTab > 0 ? givenTab : null}
    initialQuery={params.get('q') ?? ''}
    initialEntityId={params.get('entity')}
  />,
  document.getElementById('app')!,
);
