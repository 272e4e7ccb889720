import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePolnear } from '../../src/eval/quotes/input.js';
import { quoteMetrics, scoreQuotes } from '../../src/eval/quotes/score.js';
import { sharedPath } from '../helpers/shared.js';

// PolNeAR dev, direct quotes (issue: who said what, and when). Anchor: speaker-span exact F1 82.0 (PARC 3.0).
describe('newsbrief eval quotes ../shared/data/quotes/polnear_dev.jsonl', () => {
  let metrics: ReturnType<typeof quoteMetrics>;
  let gold: number;

  beforeAll(() => {
    const file = sharedPath('data/quotes/polnear_dev.jsonl');
    const docs = parsePolnear(readFileSync(file, 'utf8'), file);
    const { counts } = scoreQuotes(docs);
    gold = counts.gold;
    metrics = quoteMetrics(counts);
  });

  it('reads the direct quotes of the first annotator of each document', () => {
    expect(gold).toBe(624);
  });

  it('finds at least 90% of the gold direct quotes', () => {
    expect(metrics.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('names the right speaker for at least 90% of the quotes it finds', () => {
    expect(metrics.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps precision and speaker F1 where they stand (regressions show here first)', () => {
    expect(metrics.precision).toBeGreaterThanOrEqual(0.85);
    expect(metrics.speakerF1).toBeGreaterThanOrEqual(0.8);
  });
});
