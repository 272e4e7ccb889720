import { describe, expect, it } from 'vitest';
import { sentenceContent } from '../../src/dedupe/content.js';
import { fnv1a } from '../../src/dedupe/minhash.js';
import { bodyArticle } from '../helpers/articles.js';

describe('sentenceContent', () => {
  it('gives each sentence its distinct content stems, stopwords left out, one id per stem', () => {
    const { sentences } = bodyArticle('a', [
      'The council voted and the councils voted twice.',
      'And then, neither.',
      'Councils vote.',
    ]);
    const { ids, start, stemHashes } = sentenceContent(sentences);
    const stemsOf = (i: number) => [...ids.subarray(start[i]!, start[i + 1]!)];
    // "council" and "councils" share a stem, "voted" and "vote" another.
    expect(stemsOf(0)).toEqual([0, 1, 2]);
    expect(stemsOf(1)).toEqual([3]);
    expect(stemsOf(2)).toEqual([0, 1]);
    expect([...stemHashes]).toEqual(['council', 'vote', 'twice', 'neither'].map(fnv1a));
  });
});
