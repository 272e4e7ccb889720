import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingJson } from '../../src/render/schema.js';
import { cli, ROOT } from '../helpers/cli.js';
import { expectTraceable } from '../helpers/offsets.js';
import { briefingValidator } from '../helpers/schema.js';

const examples = join(ROOT, 'examples');

function originalsOf(json: BriefingJson): Map<string, string | null> {
  return new Map(
    json.articles.map(
      (a) => [a.id, a.format === 'text' ? readFileSync(join(ROOT, a.path), 'utf8') : null] as const,
    ),
  );
}

describe('newsbrief brief', () => {
  it('briefs the examples as Markdown with resolvable citations', () => {
    const r = cli(['brief', 'examples']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Briefing: examples/m);
    expect(r.stdout).toMatch(/^- .+ \[\d+§\d+\]/m);
    expect(r.stdout).toContain('## Sources');
  });

  it('prints JSON that the published schema accepts and that traces back to the files', () => {
    const r = cli(['brief', 'examples', '--format', 'json', '--words', '80']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as BriefingJson;
    const validate = briefingValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.articles).toHaveLength(4);
    expect(json.stories).toHaveLength(1);
    // The HTML article's offsets point into its extracted text, which is the JSON's own sentence text.
    expectTraceable(json, originalsOf(json));
    const words = json.stories[0]!.summary.map((s) => s.text)
      .join(' ')
      .split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(80);
    const html = json.articles.find((a) => a.format === 'html')!;
    expect(html.title).toBe('Bridge closure leaves Kellingbay commuters scrambling');
    expect(html.published).toBe('2026-03-04');
  });

  it('writes a self-contained HTML page with --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-'));
    const out = join(dir, 'brief.html');
    const r = cli(['brief', 'examples', '--format', 'html', '--out', out, '--sentences', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link/i);
    const summary = /<ul class="summary">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(summary.match(/<li>/g)?.length).toBe(2);
  });

  it('reads a pile from stdin', () => {
    const text = readFileSync(join(examples, 'kellingbay-wire.txt'), 'utf8');
    const r = cli(['brief', '-', '--format', 'json'], text);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as BriefingJson).articles[0]!.sentences.length).toBeGreaterThan(3);
  });

  it('briefs one JSON Lines record per line and names a malformed line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-'));
    const file = join(dir, 'piles.jsonl');
    const doc = (id: string, text: string) => ({ id, title: null, date: '2026-03-03', text });
    const wire = readFileSync(join(examples, 'kellingbay-wire.txt'), 'utf8');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'one', docs: [doc('one-a', wire)] }),
        '{"id": "broken", "docs": [',
        JSON.stringify({ id: 'two', docs: [doc('two-a', wire), doc('two-b', wire)] }),
      ].join('\n'),
    );
    const r = cli(['brief', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as BriefingJson);
    expect(lines.map((b) => b.id)).toEqual(['one', 'two']);
    expect(r.stderr).toMatch(/piles\.jsonl:2: not valid JSON/);
  });
});

describe('exit codes and bad input', () => {
  it('briefs what it can when a path is missing, and says which', () => {
    const r = cli(['brief', 'examples/kellingbay-wire.txt', 'no/such/file.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('no/such/file.txt');
    expect(r.stdout).toContain('Kellingbay');
  });

  it('exits 1 when nothing could be briefed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    const r = cli(['brief', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('empty.txt');
    expect(r.stderr).toContain('binary.txt');
    expect(r.stdout).toBe('');
  });

  it.each([
    [['brief']],
    [['brief', 'examples', '--words', 'ten']],
    [['brief', 'examples', '--format', 'pdf']],
    [['brief', '-', '-']],
    [['summarise', 'examples']],
  ])('exits 2 on bad usage: %j', (args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('skips a file over --max-bytes and says how to raise the limit', () => {
    const r = cli(['brief', 'examples', '--max-bytes', '1100']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/kellingbay-(wire|radio)/);
    expect(r.stderr).toContain('--max-bytes');
  });
});
