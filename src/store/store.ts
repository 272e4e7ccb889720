import type { SourceDocument } from '../types.js';

/**
 * The persistent collection behind `ingest`, `stories`, `story` and
 * `search`. Backends (SQLite now, PostgreSQL next) implement this interface;
 * nothing here names a database type, and every method is async so a
 * networked backend fits.
 */
export interface Store {
  /** Content hashes, of those given, that are already stored. */
  knownHashes(hashes: readonly string[]): Promise<Set<string>>;
  /**
   * Stores a batch atomically: after it resolves every article is stored
   * with its story, and after a crash before that none of them is. An
   * article whose content hash is already stored is skipped, so a re-run
   * adds nothing.
   */
  addArticles(batch: BatchWrite): Promise<AddResult[]>;
  /** Stories, most recently updated first. */
  listStories(filter?: StoryFilter): Promise<StoryRow[]>;
  /** One story, or null when there is no story with that id. */
  getStory(id: string): Promise<StoryRow | null>;
  /** The documents of a story, in ingest order. */
  storyDocuments(id: string): Promise<SourceDocument[]>;
  /** One stored document with its story, or null. */
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Full-text search over titles and bodies, best first. */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** The last `limit` stored articles, oldest first, for rebuilding an online clusterer after a restart. */
  recentDocuments(limit: number): Promise<StoredDocument[]>;
  /** How many articles and stories are stored. */
  counts(): Promise<{ articles: number; stories: number }>;
  /** Reads the value a component saved under `key` (a feed's validators and seen items). */
  getMeta(key: string): Promise<string | null>;
  /** Saves `value` under `key`, durably, on its own. */
  setMeta(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}

/** Everything one atomic write carries. */
export interface BatchWrite {
  articles: readonly NewArticle[];
  stories: readonly StoryUpdate[];
  /** Component state saved in the same transaction (see `getMeta`). */
  meta?: Readonly<Record<string, string>>;
}

/** An article ready to store. */
export interface NewArticle {
  /** Preferred id; the store makes it unique. */
  id: string;
  /** SHA-256 of the normalised text: the identity that makes ingest idempotent. */
  contentHash: string;
  document: SourceDocument;
  /** Title as the clean stage found it (metadata first). */
  title: string | null;
  story: string;
}

/** A new or changed story, written in the same transaction as its articles. */
export interface StoryUpdate {
  id: string;
  title: string | null;
  /** Publication dates of the articles added to it in this batch. */
  published: readonly (string | null)[];
  /** Outlets of the articles added in this batch. */
  outlets: readonly string[];
}

/** What became of one article of a batch. */
export type AddResult =
  | { status: 'stored'; id: string; story: string }
  | { status: 'duplicate'; id: string; story: string; hash: string };

export interface StoryFilter {
  /** Only stories updated with an article published (or, undated, ingested) on or after this date. */
  since?: string;
  /** Only stories with an article from this outlet. */
  source?: string;
  limit?: number;
}

/** A story as listed. */
export interface StoryRow {
  id: string;
  title: string | null;
  articleCount: number;
  outlets: string[];
  firstPublished: string | null;
  lastPublished: string | null;
  updatedAt: string;
}

/** A stored document with the story it was put in. */
export interface StoredDocument {
  story: string;
  document: SourceDocument;
}

/** One search result. */
export interface SearchHit {
  article: string;
  story: string;
  title: string | null;
  /** The matching text with the match marked by [ and ]. */
  snippet: string;
}
