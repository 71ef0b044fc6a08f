export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div class="progress" role="status">
      <progress id="import-progress" max={Math.max(total, 1)} value={done} aria-label={label} />
      <span>
        {label} {done}/{total}
      </span>
    </div>
  );
}
