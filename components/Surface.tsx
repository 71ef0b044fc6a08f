import type { ComponentChildren } from 'preact';

/** The frame every extension page shares: a heading in the UI language and the page's content. */
export function Surface({ title, children, className }: { title: string; children?: ComponentChildren; className?: string }) {
  return (
    <main class={className ? `surface ${className}` : 'surface'}>
      <h1 class="surface__title">{title}</h1>
      {children}
    </main>
  );
}
