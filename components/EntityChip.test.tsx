// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EntityChip, type EntitySummary } from './EntityChip';
import { keyT, mount } from './test-support/render';

const iran: EntitySummary = { id: 'country.iran', nameAr: 'إيران', nameEn: 'Iran', type: 'country' };

let cleanup = () => {};
afterEach(() => cleanup());

function chip(node: preact.ComponentChild) {
  const mounted = mount(node);
  cleanup = mounted.cleanup;
  return mounted.container.firstElementChild as HTMLElement;
}

describe('EntityChip', () => {
  it('shows the Arabic name, the type and the count in an Arabic UI, with a spoken label', () => {
    const element = chip(<EntityChip entity={iran} t={keyT} uiLanguage="ar" count={7} />);
    expect(element.querySelector('.entity-chip__name')?.textContent).toBe('إيران');
    expect(element.querySelector('.entity-chip__english')).toBeNull();
    expect(element.querySelector('.entity-chip__count')?.textContent).toBe('7');
    expect(element.getAttribute('aria-label')).toBe('إيران، entityType_country، mentionCount:7');
  });

  it('adds the English name in an English UI', () => {
    const element = chip(<EntityChip entity={iran} t={keyT} uiLanguage="en" />);
    expect(element.querySelector('.entity-chip__english')?.textContent).toBe('Iran');
    expect(element.getAttribute('aria-label')).toBe('Iran (إيران), entityType_country');
  });

  it('is a toggle button reporting its entity when it can be chosen', () => {
    const chosen: string[] = [];
    const element = chip(<EntityChip entity={iran} t={keyT} uiLanguage="ar" onSelect={(id) => chosen.push(id)} selected />);
    expect(element.tagName).toBe('BUTTON');
    expect(element.getAttribute('aria-pressed')).toBe('true');
    element.click();
    expect(chosen).toEqual(['country.iran']);
  });

  it('is a link when given an address, and plain text otherwise', () => {
    expect(chip(<EntityChip entity={iran} t={keyT} uiLanguage="ar" href="sidepanel.html?entity=country.iran" />).getAttribute('href')).toBe(
      'sidepanel.html?entity=country.iran',
    );
    cleanup();
    expect(chip(<EntityChip entity={iran} t={keyT} uiLanguage="ar" />).tagName).toBe('SPAN');
  });
});
