import { describe, expect, it } from 'vitest';
import { parseClusterLabels } from '../../src/eval/cluster/input.js';
import { prf, scoreClustering } from '../../src/eval/cluster/metrics.js';

const docs = (pairs: [string, string | string[]][]) =>
  pairs.map(([predicted, gold]) => ({ predicted, gold: Array.isArray(gold) ? gold : [gold] }));

describe('scoreClustering', () => {
  it('scores a split plus a merge as computed by hand', () => {
    // Gold A = {a, b, c}, B = {d, e}; predicted {a, b}, {c, d, e}.
    const s = scoreClustering(
      docs([
        ['p', 'A'],
        ['p', 'A'],
        ['q', 'A'],
        ['q', 'B'],
        ['q', 'B'],
      ]),
    );
    // Precision per doc: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3. Recall: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2.
    expect(s.bcubed.precision).toBeCloseTo(11 / 15, 12);
    expect(s.bcubed.recall).toBeCloseTo(11 / 15, 12);
    expect(s.bcubed.f1).toBeCloseTo(11 / 15, 12);
    // Predicted pairs ab, cd, ce, de (4); gold pairs ab, ac, bc, de (4); both hold ab and de.
    expect(s.pairwise).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(s).toMatchObject({ documents: 5, predictedClusters: 2, goldClusters: 2 });
  });

  it('counts a document on two topics as rightly placed with either', () => {
    // a: A, x: A and B, b: B, all predicted together. a and b do not belong together.
    const s = scoreClustering(
      docs([
        ['p', 'A'],
        ['p', ['A', 'B']],
        ['p', 'B'],
      ]),
    );
    expect(s.bcubed.precision).toBeCloseTo((2 / 3 + 1 + 2 / 3) / 3, 12);
    expect(s.bcubed.recall).toBe(1);
    expect(s.pairwise.precision).toBeCloseTo(2 / 3, 12);
    expect(s.pairwise.recall).toBe(1);
  });

  it('gives a perfect score to a perfect answer, singletons included', () => {
    const s = scoreClustering(
      docs([
        ['1', 'A'],
        ['2', 'B'],
      ]),
    );
    expect(s.bcubed).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.pairwise).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('punishes one big cluster on precision only', () => {
    const s = scoreClustering(
      docs([
        ['all', 'A'],
        ['all', 'A'],
        ['all', 'B'],
        ['all', 'C'],
      ]),
    );
    // Precision: a, b 2/4; c, d 1/4.
    expect(s.bcubed.precision).toBeCloseTo(3 / 8, 12);
    expect(s.bcubed.recall).toBe(1);
    expect(s.pairwise.precision).toBeCloseTo(1 / 6, 12);
    expect(s.pairwise.recall).toBe(1);
  });
});

describe('prf', () => {
  it('is the harmonic mean, 0 when both are 0', () => {
    expect(prf(0.5, 1).f1).toBeCloseTo(2 / 3, 12);
    expect(prf(0, 0).f1).toBe(0);
  });
});

describe('parseClusterLabels', () => {
  it('reads cluster and all_clusters by line, the cluster first', () => {
    const text = [
      '{"id":"a","cluster":"A","text":"x"}',
      '',
      '{"id":"b","cluster":"B","all_clusters":["A","B"],"text":"y"}',
    ].join('\n');
    expect(parseClusterLabels(text, 'f.jsonl')).toEqual([
      { line: 1, id: 'a', gold: ['A'] },
      { line: 3, id: 'b', gold: ['B', 'A'] },
    ]);
  });

  it('names the file and line of a document without a cluster', () => {
    expect(() => parseClusterLabels('{"id":"a","text":"x"}\n', 'f.jsonl')).toThrow(
      /f\.jsonl line 1: field "cluster" must be a string/,
    );
  });
});
