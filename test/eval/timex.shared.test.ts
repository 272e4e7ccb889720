import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTempeval } from '../../src/eval/timex/input.js';
import { scoreTimexes, timexMetrics } from '../../src/eval/timex/score.js';
import { sharedPath } from '../helpers/shared.js';

// TempEval-3 training data (TimeBank + AQUAINT). Anchor: best TempEval-3 system, value F1 77.61 (on its test set).
describe('newsbrief eval timex ../shared/data/timex/tempeval3_train.jsonl', () => {
  let metrics: ReturnType<typeof timexMetrics>;
  let gold: number;

  beforeAll(() => {
    const file = sharedPath('data/timex/tempeval3_train.jsonl');
    const { counts } = scoreTimexes(parseTempeval(readFileSync(file, 'utf8'), file));
    gold = counts.gold;
    metrics = timexMetrics(counts);
  });

  it('reads every gold time expression', () => {
    expect(gold).toBe(1822);
  });

  it('finds time expressions with span F1 above 0.9 (relaxed, as TempEval-3 ranks)', () => {
    expect(metrics.spanF1).toBeGreaterThanOrEqual(0.9);
  });

  it('resolves values with value F1 of at least 0.80', () => {
    // The target, 0.80, is met: this set reaches 0.814 (odd and even documents 0.819 and 0.809). What is
    // left is mostly annotation convention (last week = 1989-WXX in one source, 1998-W08 in another; weekdays a
    // week off the document date): see docs/BENCHMARKS.md. The bar sits just under what is reached, so a
    // regression fails here.
    expect(metrics.valueF1).toBeGreaterThanOrEqual(0.8);
    expect(metrics.valueAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
