export interface NoticeContent {
  tone: 'info' | 'error';
  text: string;
  /** An action offered with the notice, such as undoing a deletion. */
  action?: { label: string; run: () => void };
}

export function Notice({ notice, onClose }: { notice: NoticeContent | null; onClose: () => void }) {
  if (!notice) return null;
  return (
    <div class={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span class="notice__text">{notice.text}</span>
      {notice.action && (
        <button type="button" class="notice__action" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      <button type="button" class="notice__close" aria-label="×" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
