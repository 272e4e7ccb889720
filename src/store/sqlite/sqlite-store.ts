import Database from 'better-sqlite3';
import type { SourceDocument } from '../../types.js';
import type {
  AddResult,
  BatchWrite,
  SearchHit,
  Store,
  StoredDocument,
  StoryFilter,
  StoryRow,
  StoryUpdate,
} from '../store.js';
import { MIGRATIONS } from './migrations.js';

type Row = Record<string, unknown>;

/** Opens (creating and migrating as needed) a SQLite store at `path` (`:memory:` for a throwaway one). */
export function openSqliteStore(path: string): Store {
  const db = new Database(path);
  // WAL lets readers (serve) run beside a writer (ingest); NORMAL sync is
  // durable across process crashes, which is the failure ingest promises to survive.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return new SqliteStore(db);
}

function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)',
  );
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => r.version),
  );
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
}

class SqliteStore implements Store {
  private readonly q;
  private readonly write;

  constructor(private readonly db: Database.Database) {
    this.q = {
      hash: db.prepare('SELECT id, story_id FROM articles WHERE content_hash = ?'),
      idTaken: db.prepare('SELECT 1 FROM articles WHERE id = ?'),
      insert:
        db.prepare(`INSERT INTO articles (id, content_hash, path, format, title, meta_title, source, published,
        url, authors, text, story_id, ingested_at) VALUES (@id, @hash, @path, @format, @title, @metaTitle, @source,
        @published, @url, @authors, @text, @story, @at)`),
      story: db.prepare('SELECT * FROM stories WHERE id = ?'),
      upsertStory: db.prepare(`INSERT INTO stories (id, title, article_count, outlets, first_published,
        last_published, updated_seq, updated_at) VALUES (@id, @title, @count, @outlets, @first, @last, @seq, @at)
        ON CONFLICT (id) DO UPDATE SET title = COALESCE(stories.title, excluded.title),
        article_count = excluded.article_count, outlets = excluded.outlets, first_published = excluded.first_published,
        last_published = excluded.last_published, updated_seq = excluded.updated_seq, updated_at = excluded.updated_at`),
      countIn: db.prepare('SELECT COUNT(*) AS n, MAX(seq) AS seq FROM articles WHERE story_id = ?'),
      meta: db.prepare('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      documents: db.prepare('SELECT * FROM articles WHERE story_id = ? ORDER BY seq'),
      document: db.prepare('SELECT * FROM articles WHERE id = ?'),
      recent: db.prepare('SELECT * FROM (SELECT * FROM articles ORDER BY seq DESC LIMIT ?) ORDER BY seq'),
      counts: db.prepare(
        'SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM stories) AS stories',
      ),
      search:
        db.prepare(`SELECT a.id, a.story_id, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?`),
    };
    this.write = db.transaction((batch: BatchWrite) => this.writeBatch(batch));
  }

  async knownHashes(hashes: readonly string[]): Promise<Set<string>> {
    return new Set(hashes.filter((h) => this.q.hash.get(h) !== undefined));
  }

  async addArticles(batch: BatchWrite): Promise<AddResult[]> {
    return this.write(batch);
  }

  private writeBatch(batch: BatchWrite): AddResult[] {
    const at = new Date().toISOString();
    const results: AddResult[] = [];
    for (const a of batch.articles) {
      const existing = this.q.hash.get(a.contentHash) as Row | undefined;
      if (existing) {
        results.push({
          status: 'duplicate',
          id: String(existing.id),
          story: String(existing.story_id),
          hash: a.contentHash,
        });
        continue;
      }
      const id = this.q.idTaken.get(a.id) ? `${a.id}-${a.contentHash.slice(0, 8)}` : a.id;
      const d = a.document;
      this.q.insert.run({
        id,
        hash: a.contentHash,
        path: d.path,
        format: d.format,
        title: a.title,
        metaTitle: d.title,
        source: d.source,
        published: d.published,
        url: d.url,
        authors: JSON.stringify(d.authors),
        text: d.text,
        story: a.story,
        at,
      });
      results.push({ status: 'stored', id, story: a.story });
    }
    for (const s of batch.stories) this.updateStory(s, at);
    for (const [key, value] of Object.entries(batch.meta ?? {})) this.q.setMeta.run(key, value);
    return results;
  }

  private updateStory(update: StoryUpdate, at: string): void {
    const old = this.q.story.get(update.id) as Row | undefined;
    const { n, seq } = this.q.countIn.get(update.id) as { n: number; seq: number | null };
    if (n === 0) return;
    const dates = [old?.first_published, old?.last_published, ...update.published].filter(
      (d): d is string => typeof d === 'string' && d !== '',
    );
    dates.sort();
    const outlets = [
      ...new Set([...(old ? (JSON.parse(String(old.outlets)) as string[]) : []), ...update.outlets]),
    ];
    this.q.upsertStory.run({
      id: update.id,
      title: update.title,
      count: n,
      outlets: JSON.stringify(outlets),
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      seq: seq ?? 0,
      at,
    });
  }

  async listStories(filter: StoryFilter = {}): Promise<StoryRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.since) {
      where.push('(COALESCE(last_published, substr(updated_at, 1, 10)) >= ?)');
      params.push(filter.since);
    }
    if (filter.source) {
      where.push('EXISTS (SELECT 1 FROM json_each(stories.outlets) WHERE value = ?)');
      params.push(filter.source);
    }
    const sql = `SELECT * FROM stories ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY updated_seq DESC LIMIT ?`;
    params.push(filter.limit ?? 1000);
    return (this.db.prepare(sql).all(...params) as Row[]).map(storyRow);
  }

  async getStory(id: string): Promise<StoryRow | null> {
    const row = this.q.story.get(id) as Row | undefined;
    return row ? storyRow(row) : null;
  }

  async storyDocuments(id: string): Promise<SourceDocument[]> {
    return (this.q.documents.all(id) as Row[]).map(documentOf);
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.q.document.get(id) as Row | undefined;
    return row ? { story: String(row.story_id), document: documentOf(row) } : null;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    return (this.q.search.all(ftsQuery(query), limit) as Row[]).map((r) => ({
      article: String(r.id),
      story: String(r.story_id),
      title: (r.title as string | null) ?? null,
      snippet: String(r.snippet),
    }));
  }

  async recentDocuments(limit: number): Promise<StoredDocument[]> {
    return (this.q.recent.all(limit) as Row[]).map((r) => ({
      story: String(r.story_id),
      document: documentOf(r),
    }));
  }

  async counts(): Promise<{ articles: number; stories: number }> {
    const r = this.q.counts.get() as { articles: number; stories: number };
    return { articles: r.articles, stories: r.stories };
  }

  async getMeta(key: string): Promise<string | null> {
    const row = this.q.meta.get(key) as Row | undefined;
    return row ? String(row.value) : null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.q.setMeta.run(key, value);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function documentOf(r: Row): SourceDocument {
  return {
    id: String(r.id),
    path: String(r.path),
    format: r.format as SourceDocument['format'],
    text: String(r.text),
    title: (r.meta_title as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    authors: JSON.parse(String(r.authors)) as string[],
  };
}

function storyRow(r: Row): StoryRow {
  return {
    id: String(r.id),
    title: (r.title as string | null) ?? null,
    articleCount: Number(r.article_count),
    outlets: JSON.parse(String(r.outlets)) as string[],
    firstPublished: (r.first_published as string | null) ?? null,
    lastPublished: (r.last_published as string | null) ?? null,
    updatedAt: String(r.updated_at),
  };
}

/** Turns what a user types into an FTS5 query: words are ANDed, quoting keeps FTS syntax out of user input. */
export function ftsQuery(query: string): string {
  const terms = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (terms.length === 0) throw new Error(`search query '${query}' has no words to look for`);
  return terms.map((t) => `"${t}"`).join(' ');
}
