// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MentionStore, PageMention } from './page-mentions';

/** A paragraph whose name is split over two links, with the space between them a node of its own. */
function splitName(): { paragraph: HTMLParagraphElement; nodes: Text[]; mention: PageMention; other: PageMention } {
  document.body.innerHTML = '<p>زار <a>حزب</a> <a>الله</a> ثم <b>طهران</b></p>';
  const paragraph = document.querySelector('p')!;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const [, hezb, space, allah, , tehran] = nodes;
  const mention = new PageMention('org.hezbollah', 'حزب الله', hezb!, 0, allah!, 4, paragraph, false);
  const other = new PageMention('city.tehran', 'طهران', tehran!, 0, tehran!, 5, paragraph, false);
  expect(space!.data).toBe(' ');
  return { paragraph, nodes, mention, other };
}

describe('MentionStore.atCaret', () => {
  it('finds the mentions a text node holds part of: where it starts, where it ends, and the nodes between', () => {
    const { paragraph, nodes, mention, other } = splitName();
    const store = new MentionStore();
    store.replaceBlock(paragraph, [mention, other], 1);
    const [before, hezb, space, allah, then, tehran] = nodes;
    expect(store.atCaret(hezb!, 1)).toEqual([mention]);
    expect(store.atCaret(space!, 0)).toEqual([mention]);
    expect(store.atCaret(allah!, 2)).toEqual([mention]);
    expect(store.atCaret(tehran!, 2)).toEqual([other]);
    expect(store.atCaret(before!, 1)).toEqual([]);
    expect(store.atCaret(then!, 1)).toEqual([]);
    // An element holds no text itself; beside the link, the space between the two parts does.
    expect(store.atCaret(paragraph, 0)).toEqual([]);
    expect(store.atCaret(paragraph.querySelector('a')!, 0)).toEqual([mention]);
  });

  it('keeps, at an offset, only the mentions that reach it in that node', () => {
    document.body.innerHTML = '<p>زار حماس ثم طهران</p>';
    const paragraph = document.querySelector('p')!;
    const text = paragraph.firstChild as Text;
    const hamas = new PageMention('org.hamas', 'حماس', text, 4, text, 8, paragraph, false);
    const tehran = new PageMention('city.tehran', 'طهران', text, 12, text, 17, paragraph, false);
    const store = new MentionStore();
    store.replaceBlock(paragraph, [hamas, tehran], 1);
    expect(store.atCaret(text, 6)).toEqual([hamas]);
    expect(store.atCaret(text, 8)).toEqual([hamas]);
    expect(store.atCaret(text, 14)).toEqual([tehran]);
    expect(store.atCaret(text, 10)).toEqual([]);
  });

  it('takes in, whatever the offset, the mentions of a text node beside the caret’s', () => {
    document.body.innerHTML = '<p></p>';
    const paragraph = document.querySelector('p')!;
    const first = paragraph.appendChild(document.createTextNode('زار حماس'));
    const second = paragraph.appendChild(document.createTextNode(' ثم طهران'));
    const hamas = new PageMention('org.hamas', 'حماس', first, 4, first, 8, paragraph, false);
    const tehran = new PageMention('city.tehran', 'طهران', second, 4, second, 9, paragraph, false);
    const store = new MentionStore();
    store.replaceBlock(paragraph, [hamas, tehran], 1);
    expect(store.atCaret(first, 8)).toEqual([hamas, tehran]);
    expect(store.atCaret(first, 0)).toEqual([tehran]);
    expect(store.atCaret(second, 0)).toEqual([hamas]);
  });

  it('forgets a block’s mentions when the block is read again and holds none', () => {
    const { paragraph, nodes, mention } = splitName();
    const store = new MentionStore();
    store.replaceBlock(paragraph, [mention], 1);
    store.replaceBlock(paragraph, [], 2);
    expect(store.atCaret(nodes[1]!, 1)).toEqual([]);
  });
});
