/**
 * Versioned schema migrations, applied in order inside one transaction each.
 * The SQL stays close to what PostgreSQL accepts (TEXT, INTEGER, plain
 * indexes); only the full-text index is SQLite's own (FTS5).
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, stories, full-text search',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT,
        meta_title TEXT,
        source TEXT,
        published TEXT,
        url TEXT,
        authors TEXT NOT NULL,
        text TEXT NOT NULL,
        story_id TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_story ON articles (story_id, seq);
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        article_count INTEGER NOT NULL,
        outlets TEXT NOT NULL,
        first_published TEXT,
        last_published TEXT,
        updated_seq INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        state TEXT
      );
      CREATE INDEX stories_updated ON stories (updated_seq);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize='porter unicode61'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
    `,
  },
];
