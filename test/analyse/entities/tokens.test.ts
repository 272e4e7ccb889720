import { describe, expect, it } from 'vitest';
import { type Token, tokenize } from '../../../src/analyse/entities/tokens.js';

/** Tokens as [text, start, lower, word, cap], for compact expectations. */
function rows(tokens: readonly Token[]) {
  return tokens.map((t) => [t.text, t.start, t.lower, t.word, t.cap]);
}

describe('entity tokens', () => {
  it('read initialisms, possessives and dashes up to the very end of the text', () => {
    expect(rows(tokenize('Talks opened in the U.S.')).at(-1)).toEqual(['U.S.', 20, 'u.s.', true, true]);
    expect(rows(tokenize('It was Kerry’s')).slice(-2)).toEqual([
      ['Kerry', 7, 'kerry', true, true],
      ['’s', 12, "'s", false, false],
    ]);
    expect(rows(tokenize('a well-known don`t rock-'))).toEqual([
      ['a', 0, 'a', true, false],
      ['well-known', 2, 'well-known', true, false],
      ['don`t', 13, "don't", true, false],
      ['rock', 19, 'rock', true, false],
      ['-', 23, '-', false, false],
    ]);
  });

  it('give every occurrence of a word the same text and lower form, each with its own offsets', () => {
    const tokens = tokenize('Scott met Scott, and SCOTT left.');
    const scotts = tokens.filter((t) => t.lower === 'scott');
    expect(scotts.map((t) => [t.text, t.start, t.end, t.cap])).toEqual([
      ['Scott', 0, 5, true],
      ['Scott', 10, 15, true],
      ['SCOTT', 21, 26, true],
    ]);
    expect(tokens.at(-1)).toMatchObject({ text: '.', start: 31, end: 32, word: false });
  });
});
