import { describe, expect, it } from 'vitest';
import { heaviestFirst } from '../../src/cluster/rank.js';
import { seededRandom } from '../../src/eval/summarize/baselines.js';

describe('heaviestFirst', () => {
  it('ranks by weight, heaviest first, ties by id, as a comparator sort does', () => {
    const random = seededRandom('rank');
    for (const n of [0, 1, 2, 11, 12, 13, 40, 250]) {
      // Few distinct weights, so ties are common and must fall back on the ids.
      const weight = Float64Array.from({ length: n }, () => Math.floor(random() * 5) / 2);
      const ids = Array.from({ length: n }, (_, k) => (k * 7919) % 1009);
      const expected = Array.from({ length: n }, (_, k) => k).sort(
        (a, b) => weight[b]! - weight[a]! || ids[a]! - ids[b]!,
      );
      expect([...heaviestFirst(weight, ids, n)]).toEqual(expected);
    }
  });
});
