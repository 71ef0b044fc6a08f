import { useState } from 'preact/hooks';
import type { PassageView } from '@/lib/search/types';
import { citationText } from './citation';
import { copyToClipboard } from './clipboard';
import type { Translate } from './translate';

export interface CopyCitationButtonProps {
  passage: PassageView;
  t: Translate;
  copyText?: (text: string) => Promise<void>;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the passage with its citation in one click, and says (to the eye and to screen readers) that it did. */
export function CopyCitationButton({ passage, t, copyText = copyToClipboard }: CopyCitationButtonProps) {
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const copy = () => {
    copyText(citationText(passage, t)).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };
  return (
    <>
      <button type="button" class="passage-card__copy" onClick={copy}>
        {t('copyWithCitation')}
      </button>
      <span class="passage-card__copy-status" role="status">
        {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
      </span>
    </>
  );
}
