import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { Source } from '@/lib/corpus/types';
import type { PassageView } from '@/lib/search/types';
import type { Translate } from '../translate';

/** Renders into a fresh container attached to the document; `cleanup` unmounts it. */
export function mount(node: ComponentChild): { container: HTMLElement; cleanup: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
  return {
    container,
    cleanup: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** A stand-in for `t`: the key itself, with substitutions after a colon, so tests can see which words were asked for. */
export const keyT: Translate = (key, substitutions) =>
  substitutions === undefined ? key : `${key}:${([] as string[]).concat(substitutions).join('|')}`;

export function sourceOf(overrides: Partial<Source> = {}): Source {
  return {
    title: 'حماس وإيران',
    titleDerived: false,
    outlet: 'الجزيرة نت',
    dateline: 'الدوحة',
    date: null,
    mentionedOutlet: null,
    url: null,
    ...overrides,
  };
}

export function passageOf(overrides: Partial<PassageView> = {}): PassageView {
  return {
    passageId: 'doc-1#2',
    documentId: 'doc-1',
    text: 'زار وفد من حماس طهران والتقى مسؤولين إيرانيين.',
    heading: null,
    source: sourceOf(),
    entityIds: ['org.hamas', 'city.tehran'],
    ...overrides,
  };
}
