import type { ComponentChildren } from 'preact';

/** The frame every extension page shares: a heading in the UI language and the page's content. */
export function Surface({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <main class="surface">
      <h1 class="surface__title">{title}</h1>
      {children}
    </main>
  );
}
