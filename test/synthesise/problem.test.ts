import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/dedupe/statements.js';
import { coverageValue } from '../../src/synthesise/summary/coverage.js';
import { DEFAULT_SUMMARY } from '../../src/synthesise/summary/index.js';
import { summaryProblem } from '../../src/synthesise/summary/problem.js';
import { DEFAULT_WEIGHTS } from '../../src/synthesise/summary/weights.js';
import { bodyArticle } from '../helpers/articles.js';

// One sentence with four function-word bigrams: "out the", "and all", "all of", "of the".
const pile = [
  bodyArticle('a', ['Storms knocked out the harbor cranes and all of the town lights on Monday night.']),
  bodyArticle('b', ['Storms knocked out the harbor cranes on Monday, officials in the port city said.']),
];
const build = (functionBigram: number, overflow = true) =>
  summaryProblem(
    pile,
    findStatements(pile),
    { words: 100 },
    {
      ...DEFAULT_SUMMARY,
      weights: { ...DEFAULT_WEIGHTS, functionBigram },
      overflow,
    },
  );

describe('summaryProblem', () => {
  it('makes every function-word bigram mention a concept of its own, worth the learned value', () => {
    const value = DEFAULT_WEIGHTS.functionBigram;
    expect(value).toBeGreaterThan(0);
    const without = build(0);
    const withPairs = build(value);
    const at = withPairs.pool.findIndex((c) => c.sentence.id === 'a:0');
    const plain = without.problem.items[at]!.concepts;
    const all = withPairs.problem.items[at]!.concepts;
    const extra = all.filter((c) => !plain.includes(c));
    expect(extra).toHaveLength(4);
    for (const c of extra) expect(withPairs.problem.weights[c]).toBe(value);
    // No two sentences share a mention: each counts wherever it is taken.
    const other = withPairs.problem.items.filter((_, i) => i !== at).flatMap((item) => item.concepts);
    for (const c of extra) expect(other).not.toContain(c);
  });

  it('lists concepts and mentions in reading order, so a tail counts only the ones it shows', () => {
    const { problem, pool } = build(DEFAULT_WEIGHTS.functionBigram);
    const at = pool.findIndex((c) => c.sentence.id === 'a:0');
    const need = problem.items[at]!.need!;
    expect([...need].sort((x, y) => x - y)).toEqual(need);
    // With room for the first six words ("Storms knocked out the harbor cranes"), only "out the" is read.
    const tail = { ...problem, capacity: [6] };
    const whole = { ...problem, capacity: [100] };
    const shown = coverageValue(tail, { chosen: [], tail: at });
    const read = coverageValue(whole, { chosen: [], tail: at });
    expect(read - shown).toBeGreaterThanOrEqual(3 * DEFAULT_WEIGHTS.functionBigram - 1e-9);
  });

  it('counts the lead of an article off the story, sharing little with the pile, as less of a lead', () => {
    const story = [
      bodyArticle('x', ['The harbor bridge closed on Monday after storms damaged its cables.']),
      bodyArticle('y', ['Storms damaged the harbor bridge cables, and the bridge closed on Monday.']),
      bodyArticle('z', ['Subscribe to our weekly newsletter for recipes, coupons and exclusive deals.']),
    ];
    const { pool, problem } = summaryProblem(story, findStatements(story), { words: 100 }, DEFAULT_SUMMARY);
    const bonus = (article: string) => problem.items[pool.findIndex((c) => c.article.id === article)]!.bonus;
    expect(bonus('z')).toBeLessThan(bonus('x') / 4);
    expect(bonus('x')).toBeGreaterThan(0);
  });

  it('counts no function-word bigram under the frequency weighting', () => {
    const { problem } = summaryProblem(
      pile,
      findStatements(pile),
      { words: 100 },
      {
        ...DEFAULT_SUMMARY,
        weights: { ...DEFAULT_WEIGHTS, method: 'frequency' },
      },
    );
    const most = Math.max(-1, ...problem.items.flatMap((item) => item.concepts));
    expect(problem.weights.length).toBeGreaterThan(most);
    expect(problem.items.every((item) => item.concepts.every((c) => problem.weights[c]! > 0))).toBe(true);
    expect(build(0).problem.weights.length).toBe(problem.weights.length);
  });
});
