/**
 * ROUGE on hand-computable cases. Each expectation follows from ROUGE-1.5.5.pl's
 * code (quoted in the comments where it is surprising); the shared test checks
 * the whole against published ROUGE-1.5.5 figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { stemmer } from 'stemmer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerRouge } from '../../src/cli/commands/eval/rouge.js';
import { UsageError } from '../../src/cli/usage.js';
import {
  estimate,
  evaluateSystems,
  formatRougeTable,
  IdMatcher,
  normaliseId,
  PerlRandom,
  parseExceptionLists,
  parseReferences,
  parseSummaries,
  perlRound,
  RougeInputError,
  rougePorterStem,
  scoreSummary,
} from '../../src/eval/rouge/index.js';

const plain = { stem: false } as const;

describe('scoreSummary', () => {
  it('scores identical summaries 1 on every metric', () => {
    const text = 'Hun Sen formed a coalition.\nThe opposition leaders returned to Cambodia.';
    const scores = scoreSummary(text, [text, text]);
    for (const metric of Object.values(scores)) {
      expect([metric.recall, metric.precision, metric.f]).toEqual([1, 1, 1]);
    }
  });

  it('counts clipped unigram and bigram matches', () => {
    const scores = scoreSummary('the cat sat on the mat', ['the cat lay on the mat'], plain);
    // the x2, cat, on, mat of 6; bigrams "the cat", "on the", "the mat" of 5.
    expect(scores.rouge1).toMatchObject({ hits: 5, referenceTotal: 6, candidateTotal: 6, recall: 0.83333 });
    expect(scores.rouge2).toMatchObject({ hits: 3, referenceTotal: 5, recall: 0.6, precision: 0.6, f: 0.6 });
    // Skip bigrams: 15 pairs each, 10 avoid the differing word; plus 5 unigrams each, 4 shared.
    expect(scores.rougeSU4).toMatchObject({ hits: 14, referenceTotal: 20, recall: 0.7 });
    expect(scores.rougeL).toMatchObject({ hits: 5, referenceTotal: 6, recall: 0.83333 });
  });

  it('leaves the last token out of the SU4 unigrams, as the script does', () => {
    // `for($i=0;$i<$#m_tokens;$i++)`: only "x" is a unigram of "x y", only "y" of "y x".
    const scores = scoreSummary('y x', ['x y'], plain);
    expect(scores.rouge1.recall).toBe(1);
    expect(scores.rougeSU4).toMatchObject({ hits: 0, referenceTotal: 2 });
    expect(scores.rougeSU4.recall).toBe(0);
  });

  it('tokenises like the script: lowercase ASCII alphanumeric runs only', () => {
    const scores = scoreSummary(
      "U.S. state-run TV's report: 'Done!'",
      ['u s state run tv s report done'],
      plain,
    );
    expect(scores.rouge1).toMatchObject({ hits: 8, candidateTotal: 8, recall: 1 });
  });

  it('sums hits and counts over references (-f A), not averaging per reference', () => {
    const scores = scoreSummary('a b c d', ['a b x y', 'a z z z z z'], plain);
    // (2 + 1) / (4 + 6) = 0.3, where a per-reference average would give 0.33333.
    expect(scores.rouge1.recall).toBe(0.3);
    // Precision divides by the candidate's 4 tokens once per reference.
    expect(scores.rouge1).toMatchObject({ hits: 3, candidateTotal: 8, precision: 0.375 });
    expect(scores.rouge1.f).toBe(perlRound((2 * 0.3 * 0.375) / (0.3 + 0.375)));
  });

  it('computes F from the rounded recall and precision with alpha', () => {
    const scores = scoreSummary('a b c', ['a x x x x x x'], { stem: false, alpha: 0.8 });
    const r = perlRound(1 / 7);
    const p = perlRound(1 / 3);
    expect(scores.rouge1.f).toBe(perlRound((p * r) / (0.2 * p + 0.8 * r)));
  });
});

describe('ROUGE-L', () => {
  it('takes the union of the LCS with each candidate sentence', () => {
    // Lin (2004): r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5 -> union w1 w2 w3 w5.
    const scores = scoreSummary('a b f g h\na c h i e', ['a b c d e'], plain);
    expect(scores.rougeL).toMatchObject({ hits: 4, referenceTotal: 5, recall: 0.8, precision: 0.4 });
  });

  it('clips hits by unigram counts so a candidate token is credited once', () => {
    const scores = scoreSummary('a b', ['a b\na b'], plain);
    expect(scores.rougeL).toMatchObject({ hits: 2, referenceTotal: 4, recall: 0.5 });
  });

  it('treats a one-line candidate as one sentence', () => {
    const split = scoreSummary('c x\na b', ['a b c'], plain);
    const joined = scoreSummary('c x a b', ['a b c'], plain);
    expect(joined.rouge1).toEqual(split.rouge1);
    expect(split.rougeL.hits).toBe(3);
    expect(joined.rougeL.hits).toBe(2);
  });
});

describe('length limits', () => {
  it('cuts candidate and references to N words, punctuation words included', () => {
    const scores = scoreSummary('One two three.\nFour -- five six.', ['one two -- three four five'], {
      stem: false,
      limit: { words: 5 },
    });
    // Candidate keeps "one two three. four --"; reference keeps "one two -- three four".
    expect(scores.rouge1).toMatchObject({ candidateTotal: 4, referenceTotal: 4, hits: 4 });
  });

  it('cuts to N bytes without counting the spaces that join sentences', () => {
    const scores = scoreSummary('abc\ndefgh', ['abc\ndef'], { stem: false, limit: { bytes: 6 } });
    // 3 bytes of "abc", then the next sentence is cut to 6 - 3 = 3 bytes: "def" (not "de").
    expect(scores.rouge1).toMatchObject({ candidateTotal: 2, referenceTotal: 2, hits: 2, recall: 1 });
    // A reference is cut too: its one 7-byte sentence keeps 6 bytes, "abc de".
    expect(scoreSummary('abc de', ['abc def'], { stem: false, limit: { bytes: 6 } }).rouge1.recall).toBe(1);
    expect(scoreSummary('abc de', ['abc def'], plain).rouge1.recall).toBe(0.5);
  });

  it('counts bytes of UTF-8, not characters', () => {
    // "\u00e9" is 2 bytes: 4 bytes end after "a ", so only "a" remains ("\u00e9" is not a token).
    const scores = scoreSummary('\u00e9a bcd', ['a b'], { stem: false, limit: { bytes: 4 } });
    expect(scores.rouge1.candidateTotal).toBe(1);
  });

  it('reproduces the script not cutting ROUGE-L sentences under a byte limit', () => {
    // readText_LCS never adds to $tmpTextLen under -b, so "a b" stays whole for the LCS;
    // under -l it is cut to "a". The clipping counts come from the cut text: b, a, a.
    const candidate = 'b a\na b';
    const bytes = scoreSummary(candidate, ['a b'], { stem: false, limit: { bytes: 4 } });
    const words = scoreSummary(candidate, ['a b'], { stem: false, limit: { words: 3 } });
    expect(bytes.rouge1).toEqual(words.rouge1);
    expect(bytes.rougeL.recall).toBe(1);
    expect(words.rougeL.recall).toBe(0.5);
  });
});

describe('stemming', () => {
  it('stems tokens longer than 3 characters only', () => {
    expect(scoreSummary('running', ['runs']).rouge1.recall).toBe(1);
    expect(scoreSummary('running', ['runs'], plain).rouge1.recall).toBe(0);
    // "its" is 3 characters, so it stays "its" and does not meet "it".
    expect(scoreSummary('its', ['it']).rouge1.recall).toBe(0);
  });

  it('looks irregular forms up in the WordNet exceptions first', () => {
    expect(scoreSummary('said', ['say']).rouge1.recall).toBe(1);
    expect(scoreSummary('children', ['child']).rouge1.recall).toBe(1);
    expect(scoreSummary('said', ['say'], { exceptions: new Map() }).rouge1.recall).toBe(0);
  });

  it("uses ROUGE's step-4 cascade where it departs from standard Porter", () => {
    expect(rougePorterStem('agreement')).toBe('agreem');
    expect(rougePorterStem('parliament')).toBe('parliam');
    expect(rougePorterStem('environmental')).toBe('environ');
    expect(stemmer('agreement')).toBe('agreement');
    expect(stemmer('environmental')).toBe('environment');
  });

  it('agrees with the standard Porter stemmer elsewhere', () => {
    const words = [
      'caresses',
      'ponies',
      'agreed',
      'hopping',
      'generalization',
      'happiness',
      'relational',
      'conditional',
      'electrical',
      'adjustable',
      'yelling',
      'controlling',
      'probate',
      'reporting',
      'government',
      'nationalist',
    ];
    for (const word of words) expect(rougePorterStem(word), word).toBe(stemmer(word));
  });

  it('builds exception tables as buildExeptionDB.pl does: later lines win', () => {
    const table = parseExceptionLists(['best good\nwent go\n', 'best well extra\n']);
    expect(table).toEqual(
      new Map([
        ['best', 'well'],
        ['went', 'go'],
      ]),
    );
  });
});

describe('rounding and bootstrap', () => {
  it('rounds like printf("%.5f"), ties to even', () => {
    expect(perlRound(0.015625)).toBe(0.01562);
    expect(perlRound(0.046875)).toBe(0.04688);
    expect(perlRound(0.123455)).toBe(0.12345);
    expect(perlRound(2 / 3)).toBe(0.66667);
  });

  it("replays Perl's srand/rand", () => {
    // perl -e 'srand(0); print join(",", map { int(rand(50)) } 1..6)'
    const random = new PerlRandom(0);
    expect(Array.from({ length: 6 }, () => Math.floor(50 * random.next()))).toEqual([8, 37, 4, 43, 28, 39]);
  });

  it('averages bootstrap sample means, repeatably', () => {
    expect(estimate([0.4, 0.4, 0.4])).toEqual({ average: 0.4, mean: 0.4, low: 0.4, high: 0.4 });
    const values = [0.1, 0.5, 0.3, 0.9, 0.2];
    const e = estimate(values);
    expect(e).toEqual(estimate(values));
    expect(e.mean).toBe(0.4);
    expect(e.low).toBeLessThan(e.average);
    expect(e.high).toBeGreaterThan(e.average);
    expect(Math.abs(e.average - e.mean)).toBeLessThan(0.01);
  });
});

describe('evaluateSystems', () => {
  const clusters = [
    { id: 'c1', references: ['a b c d'] },
    { id: 'c2', references: ['e f g h'] },
  ];

  it('scores each system over the clusters it summarised, systems sorted by name', () => {
    const reports = evaluateSystems(
      clusters,
      [
        { system: 'zeta', clusterId: 'c1', summary: 'a b c d' },
        { system: 'zeta', clusterId: 'c2', summary: 'e f x x' },
        { system: 'alpha', clusterId: 'c2', summary: 'e x x x' },
      ],
      { stem: false },
    );
    expect(reports.map((r) => r.system)).toEqual(['alpha', 'zeta']);
    expect(reports[0]!.clusters.map((c) => c.clusterId)).toEqual(['c2']);
    expect(reports[0]!.scores.rouge1.recall.mean).toBe(0.25);
    expect(reports[1]!.scores.rouge1.recall.mean).toBe(0.75);
    expect(formatRougeTable(reports)).toMatch(/^zeta\s+2\s+\d/m);
  });

  it('refuses unknown clusters and second summaries', () => {
    expect(() => evaluateSystems(clusters, [{ system: 's', clusterId: 'c9', summary: 'a' }])).toThrow(/'c9'/);
    const twice = [
      { system: 's', clusterId: 'c1', summary: 'a' },
      { system: 's', clusterId: 'c1', summary: 'b' },
    ];
    expect(() => evaluateSystems(clusters, twice)).toThrow(/two summaries/);
  });
});

describe('input files and ids', () => {
  it('names the file and line of a malformed record', () => {
    const text = '{"id":"a","summary":"x"}\n\n{"id": broken}\n';
    expect(() => parseSummaries(text, 'sums.jsonl')).toThrow(RougeInputError);
    expect(() => parseSummaries(text, 'sums.jsonl')).toThrow(/^sums\.jsonl line 3: not valid JSON/);
    expect(() => parseSummaries('{"id":"a","summary":3}', 'f')).toThrow(/'summary' must be .* got 3/);
    expect(() => parseReferences('{"id":"a","refs":[]}', 'd')).toThrow(/d line 1: 'refs'/);
    expect(() => parseReferences('{"id":"a","refs":["x"]}\n{"id":"a","refs":["y"]}', 'd')).toThrow(
      /already given on line 1/,
    );
  });

  it('matches ids exactly first, then without a trailing assessor letter', () => {
    expect(normaliseId('d30001t')).toBe('d30001');
    expect(normaliseId('topic')).toBe('topic');
    const matcher = new IdMatcher(['d30001t', 'd30002', 'd30002t', 'd4a', 'd4b']);
    expect(matcher.resolve('d30001')).toEqual({ kind: 'normalised', clusterId: 'd30001t' });
    expect(matcher.resolve('d30002')).toEqual({ kind: 'exact', clusterId: 'd30002' });
    expect(matcher.resolve('d4')).toEqual({ kind: 'ambiguous', candidates: ['d4a', 'd4b'] });
    expect(matcher.resolve('x1')).toEqual({ kind: 'unmatched' });
  });
});

describe('newsbrief eval rouge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rouge-cli-'));
  const dataset = join(dir, 'dataset.jsonl');
  writeFileSync(
    dataset,
    '{"id":"c1t","refs":["The cat sat.\\nIt purred."]}\n{"id":"c2t","refs":["A dog ran."]}\n',
  );

  async function run(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
    let out = '';
    let err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      err += String(chunk);
      return true;
    });
    const program = new Command('newsbrief').exitOverride();
    registerRouge(program.command('eval'));
    await program.parseAsync(['eval', 'rouge', ...args], { from: 'user' });
    return { out, err, code: process.exitCode === undefined ? undefined : Number(process.exitCode) };
  }

  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('prints JSON per system and reports unmatched ids', async () => {
    const summaries = join(dir, 'sums.jsonl');
    writeFileSync(
      summaries,
      [
        '{"id":"c1","system":"A","summary":"The cat sat."}',
        '{"id":"c2","system":"A","summary":["A dog ran."]}',
        '{"id":"c9","system":"B","summary":"Nothing."}',
      ].join('\n'),
    );
    const { out, err, code } = await run([summaries, '--refs', dataset, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.systems).toHaveLength(1);
    expect(result.systems[0]).toMatchObject({ system: 'A', clusters: 2 });
    expect(result.systems[0].scores.rouge1.precision.average).toBe(1);
    expect(result.unmatched).toEqual([{ line: 3, id: 'c9' }]);
    expect(err).toContain("line 3: 'c9'");
  });

  it('exits 1 when nothing matches and refuses bad input with its line', async () => {
    const stray = join(dir, 'stray.jsonl');
    writeFileSync(stray, '{"id":"zz","summary":"x"}\n');
    expect((await run([stray, '--refs', dataset])).code).toBe(1);
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id":"c1","summary":"x"}\n{oops\n');
    await expect(run([broken, '--refs', dataset])).rejects.toThrow(UsageError);
    await expect(run([broken, '--refs', dataset])).rejects.toThrow(/broken\.jsonl line 2/);
    await expect(run([join(dir, 'missing.jsonl'), '--refs', dataset])).rejects.toThrow(
      /missing\.jsonl'?: no such file/,
    );
    await expect(run([stray, '--refs', dataset, '--words', '5', '--bytes', '9'])).rejects.toThrow(/not both/);
  });
});
