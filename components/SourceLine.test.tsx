// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { SourceLine } from './SourceLine';
import { keyT, mount, sourceOf } from './test-support/render';

let cleanup = () => {};
afterEach(() => cleanup());

function fieldsOf(node: preact.ComponentChild) {
  const mounted = mount(node);
  cleanup = mounted.cleanup;
  return [...mounted.container.querySelectorAll('.source-line__field')].map((field) => field.textContent);
}

describe('SourceLine', () => {
  it('shows title, outlet and dateline as the document states them', () => {
    expect(fieldsOf(<SourceLine source={sourceOf()} t={keyT} />)).toEqual([
      'sourceTitleLabel: حماس وإيران',
      'sourceOutletLabel: الجزيرة نت',
      'sourceDatelineLabel: الدوحة',
    ]);
  });

  it('says "not stated" for every fact the text leaves out, never a guess', () => {
    const silent = sourceOf({ title: null, outlet: null, dateline: null, mentionedOutlet: 'وكالة الأناضول' });
    expect(fieldsOf(<SourceLine source={silent} t={keyT} />)).toEqual([
      'sourceTitleLabel: notStated',
      'sourceOutletLabel: notStated',
      'sourceDatelineLabel: notStated',
    ]);
  });

  it('marks a title made from the first words as derived', () => {
    const [title] = fieldsOf(<SourceLine source={sourceOf({ title: 'قال القيادي في حركة', titleDerived: true })} t={keyT} />);
    expect(title).toBe('sourceTitleLabel: قال القيادي في حركة (titleDerived)');
  });

  it('adds the date and the ids when it has them', () => {
    const fields = fieldsOf(<SourceLine source={sourceOf({ date: '2024-01-08' })} t={keyT} documentId="doc-1" passageId="doc-1#2" />);
    expect(fields.slice(3)).toEqual(['sourceDateLabel: 2024-01-08', 'documentLabel: doc-1', 'passageLabel: doc-1#2']);
  });
});
