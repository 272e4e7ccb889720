import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { stem, stems, words, wordsAndStems } from '../../src/analyse/tokens.js';

/** The rule as ROUGE-1.5.5 states it, for comparison with the scanner. */
function reference(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
}

describe('words', () => {
  it('splits on anything that is not a letter or digit, lower-cased', () => {
    expect(words("U.S.to warn Russia`s envoy, 8.2% don't")).toEqual([
      'u',
      's',
      'to',
      'warn',
      'russia',
      's',
      'envoy',
      '8',
      '2',
      'don',
      't',
    ]);
  });

  it('decomposes accented letters, whose marks then separate, and drops other scripts', () => {
    expect(words('Café São Paulo — Ελλάδα 2017')).toEqual(['cafe', 'sa', 'o', 'paulo', '2017']);
  });

  it('agrees with the stated rule on mixed text', () => {
    const samples = [
      '',
      '   ',
      '--',
      'word',
      'Tail digit 9',
      'ＦＵＬＬ width ①',
      '“Quoted,” he said… (AFP) — 2016-09-30',
      'ﬁnal ligature and İstanbul',
      'bold 𝐀𝐁 and 𝐚𝐛, emoji 👍🏽 ok',
      'straight “curly” ‘quotes’ and Russia’s',
      'Ǆungla ǅ Å Å',
    ];
    for (const s of samples) expect(words(s), s).toEqual(reference(s));
  });
});

describe('wordsAndStems', () => {
  it('gives what words and stems give, whatever the words', () => {
    const samples = [
      'The ministers were meeting in Geneva on 12 April 2017.',
      'Internationalisation, counterrevolutionaries and the 1234567890123 figure',
      '“Quoted,” he said… Café São Paulo — Ελλάδα, ﬁnal İstanbul 𝐀𝐁',
      '',
    ];
    for (const text of samples) {
      const list = words(text);
      expect(wordsAndStems(text), text).toEqual({ words: list, stems: stems(list) });
    }
  });

  it('stems any string as the stemmer does, first time and cached', () => {
    for (const word of ['running', 'runs', 'ab', "can't", 'Running', 'hopefulness', 'x'.repeat(12)]) {
      const expected = word.length > 2 ? stemmer(word) : word;
      expect(stem(word), word).toBe(expected);
      expect(stem(word), word).toBe(expected);
    }
    expect(stems(['running', 'ran', 'hopefulness'])).toEqual(['run', 'ran', 'hope']);
  });
});
