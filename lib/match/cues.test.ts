import { describe, expect, it } from 'vitest';
import { CUE_LISTS, cueWord, PREPOSITION_ALA } from './cues';

describe('cue words', () => {
  it('keep the preposition على apart from the name علي, which normalise alike', () => {
    expect(cueWord('على')).toBe(PREPOSITION_ALA);
    expect(cueWord('عَلَى')).toBe(PREPOSITION_ALA);
    expect(cueWord('علي')).toBe('علي');
    expect(cueWord('أعلى')).toBe('اعلي');
    expect(cueWord('إلى')).toBe('الي');
  });

  it('list every word once', () => {
    for (const [name, list] of Object.entries(CUE_LISTS)) expect(new Set(list.words.map(cueWord)).size, name).toBe(list.words.length);
  });
});
