import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  newsbriefSystem,
  parseBenchmark,
  readabilitySystem,
  runSystems,
} from '../../src/eval/extract/index.js';
import { sharedPath } from '../helpers/shared.js';

// The Zyte/Scrapinghub article-extraction benchmark, 181 pages, read from ../shared/data.
describe('article extraction on the Scrapinghub benchmark', () => {
  const pages = parseBenchmark(
    readFileSync(sharedPath('data/extraction/scrapinghub.jsonl'), 'utf8'),
    'scrapinghub.jsonl',
  );

  it('scores F1 >= 0.960 (trafilatura 0.958, best published 0.970)', { timeout: 60_000 }, () => {
    const [run] = runSystems(pages, [newsbriefSystem]);
    expect(pages).toHaveLength(181);
    expect(run!.scores.f1).toBeGreaterThanOrEqual(0.96);
    expect(run!.scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(run!.scores.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('reproduces the published Readability.js figure (0.947), so the scorer is the benchmark’s', {
    timeout: 60_000,
  }, () => {
    const [run] = runSystems(pages, [readabilitySystem]);
    expect(run!.scores.f1).toBeCloseTo(0.947, 2);
  });
});
