import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/article.js';
import { cleanDocument } from '../../src/clean/index.js';
import { findStatements } from '../../src/dedupe/statements.js';
import { readPiles } from '../../src/read/index.js';
import type { BriefingJson } from '../../src/render/schema.js';
import { cli } from '../helpers/cli.js';
import { expectTraceable } from '../helpers/offsets.js';
import { briefingValidator } from '../helpers/schema.js';
import { sharedPath } from '../helpers/shared.js';

// The junk lines the seeds carry, with why each must go (issue: the briefing pipeline).
const JUNK: [string, string, string][] = [
  ['000', '(Source: CGTN)', 'source-tag'],
  ['001', '• Zachary Reyes', 'byline'],
  ['001', 'Map showing Syrian chemical attack in Khan Sheikhun.', 'caption'],
  ['002', "Haley US Ready to Help Bring Syrian Conflict 'To An End'", 'headline'],
  ['002', 'The Latest: UN envoy warns Syria peace process is in danger', 'headline'],
  [
    '002',
    'President Donald Trump speaks during a news conference with NATO Secretary General Jens Stoltenberg',
    'caption',
  ],
  ['002', "Garcia's 10th-inning homer leads White Sox over Twins 3-1", 'headline'],
  ['002', 'Arkansas Pushes To Carry Out Executions, Fighting Court Rulings And The Clock', 'headline'],
  ['003', 'Recommended For You', 'widget'],
  ['003', 'About the Author: editor', 'byline'],
  ['004', 'War crimes', 'subhead'],
  ['004', 'Dunya News', 'source-tag'],
  [
    '004',
    'It seems unlikely President Vladimir Putin will back down now, leaving the diplomatic track blocked.',
    'dek',
  ],
];

describe('newsbrief brief ../shared/seeds --format json', () => {
  let json: BriefingJson;
  const seeds = sharedPath('seeds');
  const article = (prefix: string) => json.articles.find((a) => a.id.startsWith(prefix))!;

  beforeAll(() => {
    const r = cli(['brief', seeds, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    json = JSON.parse(r.stdout) as BriefingJson;
  });

  it('follows the published JSON Schema', () => {
    const validate = briefingValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.articles).toHaveLength(5);
  });

  it.each(JUNK)('seed %s: "%s" is removed as %s and in no sentence', (seed, line, reason) => {
    const a = article(seed);
    const removal = a.removed.find((r) => r.text.includes(line.trim()) || line.includes(r.text.trim()));
    expect(removal, `removed entry for ${line}`).toBeDefined();
    expect(removal!.reason).toBe(reason);
    for (const s of a.sentences) expect(s.text).not.toContain(line.replace('• ', ''));
  });

  it('takes sources from the source tag and the dateline', () => {
    expect(article('000').source).toBe('CGTN');
    expect(article('004').source).toBe('AFP');
    expect(article('004').publisher).toBe('Dunya News');
  });

  it('keeps every sentence traceable to the original file modulo the listed repairs', () => {
    const originals = new Map(
      readdirSync(seeds).map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(seeds, f), 'utf8')] as const),
    );
    expectTraceable(json, originals);
    const repairs = json.articles.flatMap((a) =>
      a.sentences.flatMap((s) => s.repairs.map((r) => r.original)),
    );
    expect(repairs).toEqual(expect.arrayContaining(['`', '']));
    const s001 = article('001')
      .sentences.map((s) => s.text)
      .join(' ');
    expect(s001).toContain('the U.S. to avoid conflicts');
    const s003 = article('003')
      .sentences.map((s) => s.text)
      .join(' ');
    expect(s003).toContain('talks with Russia on the crisis');
    expect(s003).toContain("Russia's Foreign Minister");
  });

  it('keeps real body sentences', () => {
    const all = json.articles.flatMap((a) => a.sentences.map((s) => s.text)).join('\n');
    for (const must of [
      'Russia vetoed a United Nations Security Council resolution',
      'Tillerson met Putin in the Kremlin after talking to his Russian counterpart Lavrov for three hours.',
      'This is on life support, but it has not flatlined yet',
      'Secretary of State John ‘Not Delusional’ Kerry has made the one threat the Russians feared most',
      'In the meantime, Putin and Assad remain bent on pursuing a military solution',
    ]) {
      expect(all).toContain(must);
    }
  });

  it('groups the sentences 001 and 002 share, reworded, into one statement each', () => {
    const { piles } = readPiles(
      readdirSync(seeds).map((f) => ({ path: join(seeds, f), bytes: readFileSync(join(seeds, f)) })),
    );
    const articles = piles[0]!.documents.map((d) => analyseArticle(cleanDocument(d)));
    const statements = findStatements(articles);
    for (const needle of ['"common interest"', 'to Moscow with a joint message from Western powers']) {
      const ids = articles
        .flatMap((a) => a.sentences)
        .filter((x) => x.text.includes(needle))
        .map((x) => x.id);
      expect(ids, needle).toHaveLength(2);
      expect(statements.find((st) => st.sentences.includes(ids[0]!))?.sentences).toEqual(ids);
    }
  });

  it('cites both copies when a shared sentence is in the summary', () => {
    const r = cli(['brief', seeds, '--format', 'json', '--words', '600']);
    const long = JSON.parse(r.stdout) as BriefingJson;
    const shared = long.articles
      .flatMap((a) => a.sentences)
      .filter((x) => x.text.includes('"common interest"'));
    const shown = long.stories
      .flatMap((st) => st.summary)
      .find((x) => shared.some((y) => y.id === x.sentence));
    expect(shown, 'the "common interest" statement, reported twice, is summarised').toBeDefined();
    expect(shown!.citations).toEqual(expect.arrayContaining(shared.map((x) => x.id)));
  });
});
