import { render } from 'preact';
import { Surface } from '@/components/Surface';
import '@/components/surface.css';
import { captureUncaughtErrors } from '@/utils/error-log';
import { applyUiLocale, t } from '@/utils/i18n';

captureUncaughtErrors('sidepanel');
applyUiLocale();
render(<Surface title={t('sidePanelTitle')} />, document.getElementById('app')!);
