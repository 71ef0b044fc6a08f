import { render } from 'preact';
import { Surface } from '@/components/Surface';
import '@/components/surface.css';
import './options.css';
import { captureUncaughtErrors } from '@/utils/error-log';
import { applyUiLocale, t } from '@/utils/i18n';
import { OptionsApp } from './OptionsApp';

captureUncaughtErrors('options');
applyUiLocale();
render(
  <Surface title={t('optionsTitle')}>
    <OptionsApp />
  </Surface>,
  document.getElementById('app')!,
);
