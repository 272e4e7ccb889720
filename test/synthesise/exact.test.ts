import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/eval/summarize/baselines.js';
import {
  type CoverageProblem,
  coverageValue,
  fitsCapacity,
  type Item,
  type Selection,
} from '../../src/synthesise/summary/coverage.js';
import { solveExact } from '../../src/synthesise/summary/exact.js';
import { solveGreedy } from '../../src/synthesise/summary/greedy.js';

interface Shape {
  items: number;
  concepts: number;
  /** Cost dimensions: the first is words; a second, when asked, is a sentence count. */
  sentences?: number;
  tail?: boolean;
  bonus?: boolean;
}

/** A random instance: items cover a few concepts each, costs 1-12 words, capacity 15-30. */
function instance(seed: number, shape: Shape): CoverageProblem {
  // Seeded, so every run tests the same instances.
  const next = seededRandom(String(seed));
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const weights = Array.from({ length: shape.concepts }, () => 0.1 + next() * 3);
  const items: Item[] = Array.from({ length: shape.items }, () => {
    const words = int(1, 12);
    const picked = new Set<number>();
    const count = int(0, 4);
    while (picked.size < count) picked.add(int(0, shape.concepts - 1));
    const concepts = [...picked];
    // Where each concept is read: non-decreasing, within the item, as in a sentence.
    const need = concepts.map(() => int(1, words)).sort((a, b) => a - b);
    const cost = shape.sentences === undefined ? [words] : [words, 1];
    const bonus = shape.bonus ? next() * 1.5 - 0.5 : 0;
    return shape.tail ? { concepts, cost, bonus, need } : { concepts, cost, bonus };
  });
  const capacity = shape.sentences === undefined ? [int(15, 30)] : [int(15, 30), shape.sentences];
  return { items, weights, capacity, ...(shape.tail ? { tail: { dim: 0 as const } } : {}) };
}

/** The optimum by enumerating every subset (and every tail). */
function bruteForce(problem: CoverageProblem): number {
  const n = problem.items.length;
  let best = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) chosen.push(i);
    if (!fitsCapacity(problem, chosen)) continue;
    best = Math.max(best, coverageValue(problem, { chosen, tail: -1 }));
    if (!problem.tail) continue;
    for (let t = 0; t < n; t++) {
      if (mask & (1 << t)) continue;
      // A tail may run over the first capacity only.
      const others = problem.capacity.every(
        (cap, d) =>
          d === 0 ||
          chosen.reduce((s, i) => s + problem.items[i]!.cost[d]!, 0) + problem.items[t]!.cost[d]! <= cap,
      );
      if (others) best = Math.max(best, coverageValue(problem, { chosen, tail: t }));
    }
  }
  return best;
}

const LIMITS = { timeLimitMs: 10_000, maxNodes: 10_000_000 };

function expectValid(problem: CoverageProblem, selection: Selection): void {
  expect(fitsCapacity(problem, selection.chosen)).toBe(true);
  expect(new Set(selection.chosen).size).toBe(selection.chosen.length);
  expect(selection.chosen).not.toContain(selection.tail);
  if (!problem.tail) expect(selection.tail).toBe(-1);
}

/** Greedy as specified: every round, every item's gain summed afresh (the solver keeps them and sums only those touched). */
function naiveGreedy(problem: CoverageProblem): number[] {
  const covered = new Set<number>();
  const used = problem.capacity.map(() => 0);
  const gain = (i: number): number => {
    const item = problem.items[i]!;
    let g = item.bonus;
    for (const c of item.concepts) if (!covered.has(c)) g += problem.weights[c]!;
    return g;
  };
  const fits = (i: number): boolean =>
    problem.capacity.every((cap, d) => used[d]! + problem.items[i]!.cost[d]! <= cap + 1e-9);
  const chosen: number[] = [];
  for (;;) {
    let best = -1;
    let bestRatio = 0;
    problem.items.forEach((item, i) => {
      if (chosen.includes(i) || !fits(i)) return;
      const ratio = gain(i) / Math.max(1e-9, item.cost[0]!);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = i;
      }
    });
    if (best === -1) return chosen;
    for (const c of problem.items[best]!.concepts) covered.add(c);
    problem.items[best]!.cost.forEach((x, d) => {
      used[d]! += x;
    });
    chosen.push(best);
  }
}

describe('solveGreedy', () => {
  it('takes the best gain per word each round, as summing every gain afresh would', () => {
    for (let seed = 200; seed < 260; seed++) {
      const problem = instance(seed, { items: 30, concepts: 15, bonus: true, sentences: 6 });
      const greedy = solveGreedy(problem);
      const naive = naiveGreedy(problem);
      // Greedy answers with the best single item instead when that is worth more.
      if (greedy.chosen.length === 1 && naive.length !== 1) continue;
      expect(greedy.chosen, `seed ${seed}`).toEqual(naive);
    }
  });
});

describe('solveExact', () => {
  it.each([
    { name: 'coverage', shape: { items: 10, concepts: 12 } },
    { name: 'coverage with bonuses', shape: { items: 11, concepts: 10, bonus: true } },
    { name: 'coverage with a sentence limit', shape: { items: 10, concepts: 12, sentences: 2 } },
    { name: 'coverage with a tail', shape: { items: 9, concepts: 12, tail: true } },
    {
      name: 'a tail, bonuses and a sentence limit',
      shape: { items: 9, concepts: 10, tail: true, bonus: true, sentences: 3 },
    },
  ])('finds the brute-force optimum: $name', ({ shape }) => {
    for (let seed = 1; seed <= 60; seed++) {
      const problem = instance(seed, shape);
      const result = solveExact(problem, LIMITS, solveGreedy(problem));
      expect(result.optimal).toBe(true);
      expectValid(problem, result);
      expect(result.value).toBeCloseTo(coverageValue(problem, result), 9);
      expect(result.value, `seed ${seed}`).toBeCloseTo(bruteForce(problem), 9);
    }
  });

  it('is never worse than its start', () => {
    for (let seed = 100; seed < 140; seed++) {
      const problem = instance(seed, { items: 12, concepts: 12, tail: true, bonus: true });
      const greedy = solveGreedy(problem);
      expectValid(problem, greedy);
      const exact = solveExact(problem, LIMITS, greedy);
      expect(exact.value).toBeGreaterThanOrEqual(coverageValue(problem, greedy) - 1e-9);
    }
  });

  it('returns its start, marked not optimal, when the node or time limit stops it', () => {
    const problem = instance(7, { items: 40, concepts: 30, tail: true });
    const greedy = solveGreedy(problem);
    const byNodes = solveExact(problem, { timeLimitMs: 10_000, maxNodes: 1 }, greedy);
    expect(byNodes.optimal).toBe(false);
    expect(byNodes.value).toBeGreaterThanOrEqual(coverageValue(problem, greedy) - 1e-9);
    expectValid(problem, byNodes);
    const byTime = solveExact(problem, { timeLimitMs: -1, maxNodes: 10_000_000 }, greedy);
    expect(byTime.nodes).toBeLessThanOrEqual(64);
    expectValid(problem, byTime);
  });

  it('stops within its time limit on a large instance', () => {
    const problem = instance(11, { items: 400, concepts: 300, tail: true, bonus: true });
    const started = performance.now();
    const result = solveExact(problem, { timeLimitMs: 50, maxNodes: 10_000_000 }, solveGreedy(problem));
    expect(performance.now() - started).toBeLessThan(1000);
    expectValid(problem, result);
  });

  it('takes nothing when nothing fits or nothing is worth taking', () => {
    const tooLong: CoverageProblem = {
      items: [{ concepts: [0], cost: [20], bonus: 0 }],
      weights: [1],
      capacity: [10],
    };
    expect(solveExact(tooLong, LIMITS).chosen).toEqual([]);
    const worthless: CoverageProblem = {
      items: [{ concepts: [], cost: [2], bonus: -1 }],
      weights: [],
      capacity: [10],
    };
    expect(solveExact(worthless, LIMITS, solveGreedy(worthless)).chosen).toEqual([]);
  });
});
