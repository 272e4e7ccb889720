import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingJson } from '../../src/render/schema.js';
import { cli } from '../helpers/cli.js';
import { briefingValidator } from '../helpers/schema.js';

describe('ingest, stories, story, search', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'newsbrief-cli-')), 'news.db');

  it('ingests the examples once; a second run adds nothing', () => {
    const first = cli(['ingest', 'examples', '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^4 new articles, 0 already stored, 1 stories updated/m);
    const second = cli(['ingest', 'examples', '--db', db]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^0 new articles, 4 already stored/m);
  });

  it('lists stories and prints one as a briefing in every format', () => {
    const list = cli(['stories', '--db', db, '--json']);
    expect(list.code).toBe(0);
    const rows = list.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; articleCount: number });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.articleCount).toBe(4);
    const json = cli(['story', rows[0]!.id, '--db', db, '--format', 'json']);
    expect(json.code).toBe(0);
    const briefing = JSON.parse(json.stdout) as BriefingJson;
    expect(briefingValidator()(briefing)).toBe(true);
    expect(briefing.stories).toHaveLength(1);
    expect(briefing.stories[0]!.articles).toHaveLength(4);
    expect(cli(['story', rows[0]!.id, '--db', db]).stdout).toMatch(/^## /m);
    expect(cli(['story', rows[0]!.id, '--db', db, '--format', 'html']).stdout).toMatch(/^<!doctype html>/);
  });

  it('says so when a story does not exist', () => {
    const r = cli(['story', 'nope', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no story 'nope'");
  });

  it('finds articles by stemmed words and rejects an empty query', () => {
    const hit = cli(['search', 'corrode', 'cables', '--db', db, '--json']);
    expect(hit.code).toBe(0);
    const ids = hit.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { article: string }).article);
    expect(ids).toContain('kellingbay-wire');
    expect(cli(['search', 'zeppelin', '--db', db]).code).toBe(1);
    expect(cli(['search', '***', '--db', db]).code).toBe(2);
  });

  it('filters stories by date', () => {
    const r = cli(['stories', '--db', db, '--since', '2030-01-01']);
    expect(r.stdout).toContain('no stories');
    expect(cli(['stories', '--db', db, '--since', 'March']).code).toBe(2);
  });
});
