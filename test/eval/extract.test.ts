import { describe, expect, it } from 'vitest';
import {
  BenchmarkInputError,
  benchmarkTokens,
  corpusScores,
  formatExtractionReport,
  pageCounts,
  pagePrecision,
  pageRecall,
  parseBenchmark,
  runSystems,
  sameTokens,
  shingles,
} from '../../src/eval/extract/index.js';

describe('the benchmark score (scrapinghub/article-extraction-benchmark evaluate.py)', () => {
  it("tokenises as Python's \\w+: letters, digits and underscores, case kept, any script", () => {
    expect(benchmarkTokens("Don't stop—it's 4:45 p.m. in São_Paulo, 東京 и Москва!")).toEqual([
      'Don',
      't',
      'stop',
      'it',
      's',
      '4',
      '45',
      'p',
      'm',
      'in',
      'São_Paulo',
      '東京',
      'и',
      'Москва',
    ]);
  });

  it('counts token 4-gram shingles as a multiset; a short text is one shingle; an empty one none', () => {
    expect([...shingles('a b c d e a b c d').entries()]).toEqual([
      ['a b c d', 2],
      ['b c d e', 1],
      ['c d e a', 1],
      ['d e a b', 1],
      ['e a b c', 1],
    ]);
    expect([...shingles('Hello world').entries()]).toEqual([['Hello world', 1]]);
    expect(shingles(' — ').size).toBe(0);
  });

  it('normalises a page’s counts to sum to 1, ignoring paragraph breaks', () => {
    const truth = 'one two three four five six';
    expect(pageCounts(truth, 'one two three\n\nfour five six')).toEqual({ tp: 1, fp: 0, fn: 0 });
    const half = pageCounts(truth, 'one two three four five six seven eight nine');
    expect(half.tp + half.fp + half.fn).toBeCloseTo(1);
    expect(pagePrecision(half)).toBeCloseTo(3 / 6);
    expect(pageRecall(half)).toBe(1);
  });

  it('averages precision over pages that predicted something and recall over pages with a truth', () => {
    const pages = [
      pageCounts('a b c d e', 'a b c d e'), // perfect
      pageCounts('a b c d e', ''), // nothing predicted: recall 0, no precision
      pageCounts('', 'a b c d'), // nothing to find: precision 0, no recall
    ];
    const scores = corpusScores(pages, [true, false, false]);
    expect(scores.precision).toBeCloseTo(0.5); // (1 + 0) / 2
    expect(scores.recall).toBeCloseTo(0.5); // (1 + 0) / 2
    expect(scores.f1).toBeCloseTo(0.5);
    expect(scores.accuracy).toBeCloseTo(1 / 3);
    // F1 is the harmonic mean of the means, not a mean of page F1s.
    const uneven = corpusScores([
      pageCounts('a b c d e f g', 'a b c d e f g x y z w'),
      pageCounts('a b c d e f g', 'a b c d'),
    ]);
    expect(uneven.f1).toBeCloseTo(
      (2 * uneven.precision * uneven.recall) / (uneven.precision + uneven.recall),
    );
    // No page to average over (evaluate.py would raise): 0, not an error.
    expect(corpusScores([pageCounts('', '')])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('calls two texts an exact match when their tokens are the same', () => {
    expect(sameTokens('One, two.\n\nThree', 'One two Three')).toBe(true);
    expect(sameTokens('One two', 'one two')).toBe(false);
  });
});

describe('parseBenchmark', () => {
  const line = (record: object): string => JSON.stringify(record);

  it('reads pages and names a bad line by number', () => {
    const text = `${line({ id: 'a', url: 'https://x.example/a', html: '<p>x</p>', article_body: 'x' })}\n\n`;
    expect(parseBenchmark(text, 'b.jsonl')).toEqual([
      { id: 'a', url: 'https://x.example/a', html: '<p>x</p>', articleBody: 'x', line: 1 },
    ]);
    const bad = `${line({ id: 'a', html: '', article_body: '' })}\n{"id": "b", "html": 3}`;
    expect(() => parseBenchmark(bad, 'b.jsonl')).toThrow(BenchmarkInputError);
    expect(() => parseBenchmark(bad, 'b.jsonl')).toThrow('b.jsonl:2: "html" must be a string, got 3');
    expect(() => parseBenchmark('{"id": "a"', 'b.jsonl')).toThrow(/b\.jsonl:1: not valid JSON/);
    expect(() =>
      parseBenchmark(
        `${line({ id: 'a', html: '', article_body: '' })}\n${line({ id: 'a', html: '', article_body: '' })}`,
        'b.jsonl',
      ),
    ).toThrow("b.jsonl:2: id 'a' appears twice");
    expect(() => parseBenchmark('\n', 'b.jsonl')).toThrow('b.jsonl: no pages');
  });
});

describe('runSystems and the report', () => {
  it('scores systems side by side and lists the worst pages', () => {
    const pages = parseBenchmark(
      [
        {
          id: 'p1',
          url: 'https://x.example/1',
          html: '<p>alpha beta gamma delta epsilon</p>',
          article_body: 'alpha beta gamma delta epsilon',
        },
        {
          id: 'p2',
          url: 'https://x.example/2',
          html: '<p>zeta eta theta iota kappa</p>',
          article_body: 'zeta eta theta iota kappa',
        },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
      'mini.jsonl',
    );
    const runs = runSystems(pages, [
      { name: 'copy', extract: (html) => html.replace(/<[^>]+>/g, '') },
      { name: 'half', extract: (html, url) => (url?.endsWith('1') ? html.replace(/<[^>]+>/g, '') : '') },
    ]);
    expect(runs.map((r) => [r.name, r.scores.f1])).toEqual([
      ['copy', 1],
      ['half', expect.closeTo(2 / 3, 5)],
    ]);
    expect(runs[0]!.pages[0]!.ms).toBeGreaterThanOrEqual(0);
    const report = formatExtractionReport(runs, { worst: 1 });
    expect(report).toMatch(/^2 pages, median page 0 k characters of HTML/);
    expect(report).toMatch(/copy\s+1\.000\s+1\.000\s+1\.000\s+1\.000/);
    expect(report).toContain('half: worst 1 pages by F1');
    expect(report).toMatch(/0\.000\s+0\.000\s+0\.000\s+p2\s+https:\/\/x\.example\/2/);
  });
});
