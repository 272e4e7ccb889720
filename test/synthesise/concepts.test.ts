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

  it('records every function-word bigram mention of a sentence, which is no concept, by where it ends', () => {
    const pc = pileConcepts([bodyArticle('f', ['The harbor and all of the town lost power.'])]);
    const ends = [...pc.functionEnds.subarray(pc.functionStart[0]!, pc.functionStart[1]!)];
    // "and all", "all of", "of the": each mention, by the index of its second word.
    expect(ends).toEqual([3, 4, 5]);
    expect(pc.functionStart).toEqual(Int32Array.from([0, 3]));
    const keys = [...pc.concepts.subarray(pc.start[0]!, pc.start[1]!)].map((c) => pc.key(c));
    expect(keys).not.toContain('of the');
  });

  it('measures how much of each article’s vocabulary the rest of the pile shares', () => {
    const pile = [
      bodyArticle('x', ['The harbor bridge closed after storms damaged its cables.']),
      bodyArticle('y', ['Storms damaged the harbor bridge cables, closing it.']),
      bodyArticle('z', ['Subscribe to our newsletter for weekly recipes and deals.']),
    ];
    const share = pileConcepts(pile).articleShare;
    expect(share[2]).toBe(0);
    expect(share[0]).toBeGreaterThan(0.5);
    expect(share[1]).toBeGreaterThan(0.5);
    expect([...pileConcepts([pile[2]!]).articleShare]).toEqual([1]);
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
