import { describe, expect, it } from 'vitest';
import { words } from '../../src/analyse/tokens.js';
import { readSentences, truncateText } from '../../src/eval/rouge/text.js';
import { measureReach, spaceWords, tokenReach } from '../../src/synthesise/summary/tail.js';
import type { Sentence } from '../../src/types.js';

function sentence(text: string): Sentence {
  const w = words(text);
  return {
    id: 'a:0',
    text,
    start: 0,
    end: text.length,
    paragraph: 0,
    index: 0,
    repairs: [],
    words: w,
    stems: w,
  };
}

describe('tokenReach', () => {
  it('counts whitespace words up to each token, as ROUGE -l cuts', () => {
    const s = sentence('The U.S.-led talks “resumed” on Friday — at last.');
    expect(s.words).toEqual(['the', 'u', 's', 'led', 'talks', 'resumed', 'on', 'friday', 'at', 'last']);
    expect([...tokenReach(s, 'words').reach]).toEqual([1, 2, 2, 2, 3, 4, 5, 6, 8, 9]);
    expect(tokenReach(s, 'words').words).toBe(9);
  });

  it('counts UTF-8 bytes up to the end of each token’s word, runs of spaces read as one', () => {
    const s = sentence('Café  owners “won” 5½ cases');
    const reach = [...tokenReach(s, 'bytes').reach];
    // "Café" is 5 bytes; "owners" ends at 5 + 1 + 6; “won” is 3 + 3 + 3 bytes.
    // "5½" decomposes to "51⁄2": two tokens in one whitespace word.
    expect(s.words).toEqual(['cafe', 'owners', 'won', '51', '2', 'cases']);
    expect(reach).toEqual([5, 12, 22, 26, 26, 32]);
  });

  it('agrees with the ROUGE cut: a token is read whole exactly when its reach fits', () => {
    const text = 'Hun Sen’s party won 64 of the 122 seats, short of a two-thirds majority.';
    const s = sentence(text);
    const reach = tokenReach(s, 'words').reach;
    for (let limit = 1; limit <= 14; limit++) {
      const kept = truncateText(readSentences([text]), { words: limit });
      const read = words(kept).length;
      expect(reach.filter((r) => r <= limit).length, `limit ${limit}`).toBe(read);
    }
  });
});

describe('measureReach', () => {
  it('measures into a longer buffer, reused from sentence to sentence, as tokenReach does', () => {
    const buffer = new Int32Array(64).fill(-7);
    for (const text of [
      'The U.S.-led talks “resumed” on Friday — at last.',
      'Café  owners “won” 5½ cases',
      '  Officials said   the harbor would reopen on Monday. ',
    ]) {
      const s = sentence(text);
      for (const unit of ['words', 'bytes'] as const) {
        const expected = tokenReach(s, unit);
        expect(measureReach(s, unit, buffer), `${unit}: ${text}`).toBe(expected.words);
        expect([...buffer.subarray(0, s.words.length)]).toEqual([...expected.reach]);
      }
    }
  });
});

describe('spaceWords', () => {
  it('counts whitespace words as measureReach does, whatever the whitespace', () => {
    for (const text of [
      'The U.S.-led talks “resumed” on Friday — at last.',
      'Café  owners “won” 5½ cases',
      '  Officials said\tthe harbor\u00a0would reopen\u2009on Monday. ',
      '',
      '   ',
    ]) {
      const s = sentence(text);
      expect(spaceWords(text), text).toBe(tokenReach(s, 'words').words);
    }
  });
});
