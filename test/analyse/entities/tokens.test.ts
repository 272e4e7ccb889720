import { describe, expect, it } from 'vitest';
import { type SentenceTokens, tokenize, tokensText } from '../../../src/analyse/entities/tokens.js';

/** Tokens as [text, start, lower, word, cap], for compact expectations. */
function rows({ tokens, starts }: SentenceTokens) {
  return tokens.map((t, i) => [t.text, starts[i], t.lower, t.word, t.cap]);
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

  it('share one form among the occurrences of a text, each with its own offsets', () => {
    const sentence = tokenize('Scott met Scott, and SCOTT left.');
    const { tokens, starts, ends } = sentence;
    const scotts = tokens.flatMap((t, i) => (t.lower === 'scott' ? [i] : []));
    expect(scotts.map((i) => [tokens[i]!.text, starts[i], ends[i], tokens[i]!.cap])).toEqual([
      ['Scott', 0, 5, true],
      ['Scott', 10, 15, true],
      ['SCOTT', 21, 26, true],
    ]);
    expect(tokens[scotts[0]!]).toBe(tokens[scotts[1]!]);
    expect(tokens.at(-1)).toMatchObject({ text: '.', word: false });
    expect([starts.at(-1), ends.at(-1)]).toEqual([31, 32]);
    expect(tokensText(sentence, 1, 4)).toBe('met Scott,');
  });

  it('read texts of any length, and non-ASCII words and marks', () => {
    const long = `${'word '.repeat(600)}Élysée « Ça »`;
    const { tokens } = tokenize(long);
    expect(tokens.length).toBe(604);
    expect(tokens.slice(-4).map((t) => [t.text, t.lower, t.word, t.cap])).toEqual([
      ['Élysée', 'élysée', true, true],
      ['«', '«', false, false],
      ['Ça', 'ça', true, true],
      ['»', '»', false, false],
    ]);
  });
});
