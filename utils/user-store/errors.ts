/** Why a write was refused; the options page and the background turn each into a message for the user. */
export type StoreProblem = 'quota' | 'duplicate' | 'privateWindow' | 'notFound' | 'failed';

export class StoreError extends Error {
  constructor(
    readonly problem: StoreProblem,
    detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'StoreError';
  }
}

/** Names the browsers give storage failures: Chromium and Firefox say QuotaExceededError, old Firefox NS_ERROR_DOM_QUOTA_REACHED. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/iu.test(message)) return new StoreError('quota', message);
  if (name === 'ConstraintError') return new StoreError('duplicate', message);
  return new StoreError('failed', `${name} ${message}`.trim());
}
