import { describe, expect, it } from 'vitest';
import { conceptsOf, pileConcepts } from '../../src/synthesise/summary/concepts.js';
import { CONCEPT_FEATURES, conceptFeatures } from '../../src/synthesise/summary/features.js';
import { bodyArticle } from '../helpers/articles.js';

const articles = [
  bodyArticle('a', ['Storms closed the harbor on Monday.', 'The harbor reopened later, officials said.']),
  bodyArticle('b', ['The harbor reopened on Tuesday after storms.']),
];

function sentenceKeys(a: number, s: number): string[] {
  const pc = pileConcepts(articles);
  const g = pc.firstSentence[a]! + s;
  return [...pc.concepts.subarray(pc.start[g]!, pc.start[g + 1]!)].map((c) => pc.key(c));
}

describe('pileConcepts', () => {
  it('interns each sentence’s distinct stemmed bigrams, leaving out stopword pairs', () => {
    expect(sentenceKeys(0, 0)).toEqual(['storm close', 'close the', 'the harbor', 'harbor on', 'on mondai']);
    expect(sentenceKeys(1, 0)).toContain('harbor reopen');
    // "on the", "after the" and the like would be stopword pairs; none is kept.
    expect(conceptsOf(['of', 'the', 'harbor'], ['of', 'the', 'harbor'], 3)).toEqual(['the harbor']);
  });

  it('counts articles, mentions and the earliest position of each concept', () => {
    const pc = pileConcepts(articles);
    const id = (key: string): number => [...Array(pc.size).keys()].find((c) => pc.key(c) === key)!;
    const harbor = id('the harbor');
    expect(pc.docs[harbor]).toBe(2);
    expect(pc.mentions[harbor]).toBe(3);
    expect(pc.earliest[harbor]).toBe(0);
    const reopen = id('harbor reopen');
    expect(pc.docs[reopen]).toBe(2);
    expect(pc.earliest[reopen]).toBe(0);
    expect(pc.clutter[id('offici said')]).toBe(1);
  });

  it('gives every concept a finite feature vector of the documented length', () => {
    const pc = pileConcepts(articles);
    const x = new Float64Array(CONCEPT_FEATURES.length);
    for (let c = 0; c < pc.size; c++) {
      conceptFeatures(pc, articles.length, c, x);
      expect([...x].every(Number.isFinite)).toBe(true);
    }
  });
});
