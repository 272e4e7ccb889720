import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/dedupe/fingerprint.js';
import { ftsQuery, openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { NewArticle } from '../../src/store/store.js';
import { textDocument } from '../helpers/articles.js';

function article(id: string, text: string, story: string, published: string | null = null): NewArticle {
  return {
    id,
    contentHash: contentHash(text),
    document: textDocument(id, text, { published }),
    title: `Title ${id}`,
    story,
  };
}

describe('SQLite store', () => {
  it('migrates a new file, uses WAL, and reopens without migrating twice', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newsbrief-store-')), 'a.db');
    await (await openSqliteStore(path)).close();
    const store = openSqliteStore(path);
    await store.close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: 1 });
    db.close();
  });

  it('stores a batch, skips known content, and keeps ids unique', async () => {
    const store = openSqliteStore(':memory:');
    const first = await store.addArticles({
      articles: [
        article('a', 'The bridge closed on Tuesday.', 's1', '2026-03-03'),
        article('b', 'Buses were rerouted.', 's1'),
      ],
      stories: [{ id: 's1', title: 'Bridge', published: ['2026-03-03', null], outlets: ['Courier'] }],
    });
    expect(first.map((r) => r.status)).toEqual(['stored', 'stored']);
    const again = await store.addArticles({
      articles: [
        article('a', 'The bridge  closed on Tuesday.\n', 's9'),
        article('a', 'A different text, same id.', 's2'),
      ],
      stories: [{ id: 's2', title: null, published: [null], outlets: [] }],
    });
    expect(again[0]).toMatchObject({ status: 'duplicate', id: 'a', story: 's1' });
    expect(again[1]).toMatchObject({ status: 'stored', story: 's2' });
    expect(again[1]!.id).not.toBe('a');
    expect(await store.counts()).toEqual({ articles: 3, stories: 2 });
    const s1 = await store.getStory('s1');
    expect(s1).toMatchObject({ articleCount: 2, outlets: ['Courier'], firstPublished: '2026-03-03' });
    expect((await store.storyDocuments('s1')).map((d) => d.id)).toEqual(['a', 'b']);
    await store.close();
  });

  it('rolls a failing batch back whole', async () => {
    const store = openSqliteStore(':memory:');
    const bad = {
      ...article('x', 'Some text here.', 's1'),
      document: { ...textDocument('x', 'Some text here.'), text: null },
    };
    await expect(
      store.addArticles({
        articles: [article('ok', 'Stored first in the batch.', 's1'), bad as unknown as NewArticle],
        stories: [],
      }),
    ).rejects.toThrow();
    expect(await store.counts()).toEqual({ articles: 0, stories: 0 });
    await store.close();
  });

  it('searches titles and bodies with stemming, and filters stories by date and outlet', async () => {
    const store = openSqliteStore(':memory:');
    await store.addArticles({
      articles: [
        article('a', 'Inspectors found corroded cables on the bridge.', 's1', '2026-03-03'),
        article('b', 'The festival returns with more stalls.', 's2', '2025-01-10'),
      ],
      stories: [
        { id: 's1', title: 'Bridge', published: ['2026-03-03'], outlets: ['Courier'] },
        { id: 's2', title: 'Festival', published: ['2025-01-10'], outlets: ['Radio'] },
      ],
    });
    const hits = await store.search('cable corrode');
    expect(hits.map((h) => h.article)).toEqual(['a']);
    expect(hits[0]!.snippet).toContain('[');
    expect((await store.listStories({ since: '2026-01-01' })).map((s) => s.id)).toEqual(['s1']);
    expect((await store.listStories({ source: 'Radio' })).map((s) => s.id)).toEqual(['s2']);
    await store.close();
  });

  it('keeps FTS syntax out of user queries and rejects a query with no words', () => {
    expect(ftsQuery('bridge OR "x" NEAR(')).toBe('"bridge" "OR" "x" "NEAR"');
    expect(() => ftsQuery('*** ---')).toThrow(/no words/);
  });
});
