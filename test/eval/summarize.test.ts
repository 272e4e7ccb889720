/**
 * `newsbrief eval summarize` on a tiny dataset written here: the table, the
 * `--out` lines, the baselines and the errors. The real figures come from the
 * shared test (summarize.shared.test.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerSummarize } from '../../src/cli/commands/eval/summarize.js';
import { UsageError } from '../../src/cli/usage.js';
import { fillBudget, leadOrder, lexRankSummary } from '../../src/eval/summarize/index.js';
import { bodyArticle } from '../helpers/articles.js';
import { cli } from '../helpers/cli.js';

const harbor = {
  id: 'harbor-1',
  docs: [
    {
      id: 'h1',
      title: 'Storm shuts harbor',
      date: '2026-02-02',
      text: 'A winter storm closed the Port of Velm harbor on Monday, stranding 40 fishing boats. Harbor master Ines Okafor said the breakwater was damaged by waves up to nine meters high. Repairs to the breakwater are expected to take three weeks. A cafe near the harbor stayed open for stranded crews.',
    },
    {
      id: 'h2',
      title: 'Velm harbor closed',
      date: '2026-02-02',
      text: 'The Port of Velm harbor was closed on Monday after a winter storm damaged the breakwater. Forty fishing boats were stranded in the harbor. Harbor master Ines Okafor said repairs would take about three weeks. The city council will meet on Wednesday to discuss emergency funds.',
    },
    {
      id: 'h3',
      title: 'Fishermen wait out repairs',
      date: '2026-02-03',
      text: 'Fishermen in Velm waited on Tuesday for the harbor to reopen after a storm damaged the breakwater. The council will meet on Wednesday about emergency funds for the repairs. Some crews moved their boats to the neighbouring port of Askar.',
    },
  ],
  refs: [
    'A winter storm damaged the breakwater and closed the Port of Velm harbor, stranding 40 fishing boats.\nRepairs will take three weeks and the council will discuss emergency funds.',
    'A storm closed Velm harbor on Monday.\nForty boats were stranded and repairs to the damaged breakwater will take about three weeks.',
  ],
};

const bridge = {
  id: 'bridge-2',
  docs: [
    {
      id: 'b1',
      title: 'Bridge reopens',
      date: '2026-03-01',
      text: 'The Old Mill Bridge reopened to traffic on Sunday after fourteen months of repairs to its corroded cables. Mayor Lucia Brandt cut a ribbon at the east end of the bridge. About 18,000 vehicles a day are expected to use the bridge again.',
    },
    {
      id: 'b2',
      title: 'Traffic returns to Old Mill Bridge',
      date: '2026-03-01',
      text: 'Traffic returned to the Old Mill Bridge on Sunday as the span reopened after fourteen months of cable repairs. The repairs cost 42 million dollars, the city said. Buses will return to their old routes on Monday.',
    },
  ],
  refs: [
    'The Old Mill Bridge reopened on Sunday after fourteen months of cable repairs costing 42 million dollars.',
  ],
};

const unscored = {
  id: 'no-refs',
  docs: [{ id: 'n1', text: 'A sentence with no reference summary at all here.' }],
};

const dir = mkdtempSync(join(tmpdir(), 'summarize-cli-'));
const dataset = join(dir, 'tiny.jsonl');
writeFileSync(dataset, `${[harbor, bridge, unscored].map((r) => JSON.stringify(r)).join('\n')}\n`);
const allText = [harbor, bridge].flatMap((r) => r.docs.map((d) => d.text)).join('\n');

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
  registerSummarize(program.command('eval').exitOverride());
  await program.parseAsync(['eval', 'summarize', ...args], { from: 'user' });
  return { out, err, code: process.exitCode === undefined ? undefined : Number(process.exitCode) };
}

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('newsbrief eval summarize', () => {
  it('scores both DUC 2004 settings with intervals and times the summarizer', async () => {
    const { out, err, code } = await run([dataset, '--preset', 'duc2004', '-q']);
    expect(code).toBe(0);
    expect(out).toContain('2 clusters, 100 words, headline recall');
    expect(out).toContain('2 clusters, 665 bytes, headline recall');
    expect(out).toContain('-l 100');
    expect(out).toContain('-b 665');
    expect(out).toMatch(/R-2\s+\d+\.\d\d \[\d+\.\d\d-\d+\.\d\d\]/);
    expect(out).toMatch(/summarise\(\) alone\s+median [\d.]+ ms, max [\d.]+ ms/);
    expect(err).toContain('1 records without reference summaries were not scored');
  });

  it('writes one line per cluster and setting, one source sentence per summary line', async () => {
    const duc = join(dir, 'duc.jsonl');
    await run([dataset, '--preset', 'duc2004', '--out', duc, '-q']);
    const lines = readFileSync(duc, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.id}/${l.system}`)).toEqual([
      'harbor-1/newsbrief-words100',
      'bridge-2/newsbrief-words100',
      'harbor-1/newsbrief-bytes665',
      'bridge-2/newsbrief-bytes665',
    ]);
    for (const line of lines) {
      const sentences = line.summary.split('\n');
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) expect(allText).toContain(s);
    }
    const multi = join(dir, 'multi.jsonl');
    await run([dataset, '--preset', 'multinews', '--out', multi, '-q']);
    const records = readFileSync(multi, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => Object.keys(r))).toEqual([
      ['id', 'summary'],
      ['id', 'summary'],
    ]);
  });

  it('prints machine-readable results with --json', async () => {
    const { out } = await run([dataset, '--preset', 'multinews', '--json', '-q']);
    const result = JSON.parse(out);
    expect(result.system).toBe('newsbrief');
    expect(result.settings).toHaveLength(1);
    expect(result.settings[0]).toMatchObject({ name: 'words260', measure: 'f', clusters: 2 });
    expect(result.settings[0].scores.rouge1.f.average).toBeGreaterThan(0.2);
    expect(result.timings.summarise).toHaveLength(2);
    expect(result.skipped).toEqual([{ id: 'no-refs', reason: 'no reference summaries ("refs")' }]);
  });

  it('scores the baselines by the same code path; the random one is seeded', async () => {
    for (const baseline of ['lead', 'lexrank', 'random']) {
      const { out, code } = await run([dataset, '--preset', 'multinews', '--baseline', baseline, '-q']);
      expect(code).toBe(0);
      expect(out).toContain(`${baseline} on ${dataset}: 2 clusters`);
      expect(out).not.toContain('summarise() alone');
    }
    const a = join(dir, 'r1.jsonl');
    const b = join(dir, 'r2.jsonl');
    await run([dataset, '--preset', 'duc2004', '--baseline', 'random', '--seed', '7', '--out', a, '-q']);
    await run([dataset, '--preset', 'duc2004', '--baseline', 'random', '--seed', '7', '--out', b, '-q']);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('limits the clusters with --limit', async () => {
    const { out } = await run([dataset, '--preset', 'multinews', '--limit', '1', '-q']);
    expect(out).toContain('1 clusters, 260 words');
  });

  it('exits 1 when no record has references, and refuses a bad preset or a missing file', async () => {
    const bare = join(dir, 'bare.jsonl');
    writeFileSync(bare, `${JSON.stringify(unscored)}\n`);
    const { code, err } = await run([bare, '--preset', 'duc2004']);
    expect(code).toBe(1);
    expect(err).toContain('no record in');
    await expect(run([dataset, '--preset', 'tac'])).rejects.toThrow(/Allowed choices are duc2004, multinews/);
    await expect(run([dataset])).rejects.toThrow(/--preset/);
    await expect(run([join(dir, 'missing.jsonl'), '--preset', 'duc2004'])).rejects.toThrow(UsageError);
  });

  it('is registered on the real command line', () => {
    const r = cli(['eval', 'summarize', dataset, '--preset', 'multinews', '--baseline', 'lead']);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lead on');
  });
});

describe('baselines', () => {
  const articles = [
    bodyArticle('a', ['Storms closed the harbor on Monday.', 'The harbor master said repairs take weeks.']),
    bodyArticle('b', [
      'The harbor was closed by storms on Monday.',
      'Crews moved boats to Askar.',
      'A cafe stayed open.',
    ]),
  ];

  it('lead takes every article’s first sentence, then every second one', () => {
    expect([...leadOrder(articles)]).toEqual([
      'Storms closed the harbor on Monday.',
      'The harbor was closed by storms on Monday.',
      'The harbor master said repairs take weeks.',
      'Crews moved boats to Askar.',
      'A cafe stayed open.',
    ]);
  });

  it('fills a budget, overflowing by the last sentence only when asked', () => {
    const sentences = ['one two three', 'four five six seven', 'eight nine'];
    expect(fillBudget(sentences, { words: 5 }, false)).toEqual(['one two three', 'eight nine']);
    expect(fillBudget(sentences, { words: 5 }, true)).toEqual(['one two three', 'four five six seven']);
    expect(fillBudget(sentences, { words: 100, sentences: 2 }, false)).toHaveLength(2);
  });

  it('LexRank ranks the sentence most like the others first and skips a near repeat', () => {
    const summary = lexRankSummary(articles, { words: 100 }, false);
    expect(summary[0]).toMatch(/harbor/);
    const harborMonday = summary.filter((s) => /Monday/.test(s));
    expect(harborMonday).toHaveLength(1);
  });
});
