import { render } from 'preact';
import { Surface } from '@/components/Surface';
import '@/components/surface.css';
import { captureUncaughtErrors } from '@/utils/error-log';
import { applyUiLocale, t } from '@/utils/i18n';

captureUncaughtErrors('reader');
applyUiLocale();
render(<Surface title={t('readerTitle')} />, document.getElementById('app')!);
