import { describe, expect, it } from 'vitest';
import { pileConcepts } from '../../src/synthesise/summary/concepts.js';
import { CONCEPT_FEATURES, conceptFeatures } from '../../src/synthesise/summary/features.js';
import { CONCEPT_MODEL } from '../../src/synthesise/summary/model.js';
import { conceptWeights, DEFAULT_WEIGHTS } from '../../src/synthesise/summary/weights.js';
import { bodyArticle } from '../helpers/articles.js';

const articles = [
  bodyArticle('a', [
    'Storms closed the harbor on Monday.',
    'The harbor reopened later, officials said.',
    'Fishing boats stayed in port for a third day.',
  ]),
  bodyArticle('b', ['The harbor reopened on Tuesday after storms.', 'Officials said 12 boats were damaged.']),
  bodyArticle('c', ['Storms closed the harbor, and it reopened on Tuesday.']),
];

/** The model's probability for every concept, each feature read, with the cut applied. */
function everyFeatureRead(minWeight: number): number[] {
  const pc = pileConcepts(articles);
  const x = new Float64Array(CONCEPT_FEATURES.length);
  return Array.from({ length: pc.size }, (_, c) => {
    conceptFeatures(pc, articles.length, c, x);
    let z = 0;
    CONCEPT_FEATURES.forEach((name, f) => {
      z += CONCEPT_MODEL[name]! * x[f]!;
    });
    const p = 1 / (1 + Math.exp(-z));
    return p >= minWeight ? p : 0;
  });
}

describe('conceptWeights', () => {
  it('gives exactly the probability of reading every feature, though it skips what cannot pass the cut', () => {
    for (const minWeight of [0, 0.05, 0.1, 0.3]) {
      const weights = conceptWeights(pileConcepts(articles), articles.length, {
        ...DEFAULT_WEIGHTS,
        minWeight,
      });
      expect([...weights], `minWeight ${minWeight}`).toEqual(everyFeatureRead(minWeight));
    }
  });
});
