/**
 * What the poller remembers between runs, behind `FeedState`: each feed's
 * HTTP validators (ETag, Last-Modified) and the ids of the items already
 * fetched. `JsonFileFeedState` keeps it in one JSON file, rewritten
 * atomically (a temporary file, flushed, then renamed over the old one), so
 * a process killed mid-write leaves the previous state, never half a file.
 * A SQLite-backed FeedState can replace it without touching the poller.
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';

/** A feed's HTTP validators, sent back as If-None-Match / If-Modified-Since. */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

/** The poller's memory. Methods are async so stores on disk or in a database fit the same interface. */
export interface FeedState {
  /** The validators saved for `feedUrl`, or null when it was never polled. */
  getValidators(feedUrl: string): Promise<FeedValidators | null>;
  putValidators(feedUrl: string, validators: FeedValidators): Promise<void>;
  /** True when item `itemId` of `feedUrl` was fetched (or given up on) before. */
  hasSeen(feedUrl: string, itemId: string): Promise<boolean>;
  /** Remembers item `itemId` of `feedUrl`; from then on it is never fetched again. */
  markSeen(feedUrl: string, itemId: string): Promise<void>;
}

/** A state file that cannot be used as it is. */
export class FeedStateError extends Error {
  override name = 'FeedStateError';
}

interface FeedRecord {
  etag: string | null;
  lastModified: string | null;
  /** Item id -> when it was first seen (ISO), oldest first. */
  seen: Record<string, string>;
}

interface StateFile {
  version: 1;
  feeds: Record<string, FeedRecord>;
}

/** Ids remembered per feed: feeds list their latest few dozen items, so this is years of history. */
const MAX_SEEN_PER_FEED = 10_000;

/** `FeedState` in one JSON file, rewritten atomically on every change. */
export class JsonFileFeedState implements FeedState {
  private writing: Promise<void> = Promise.resolve();
  private writes = 0;

  private constructor(
    /** The state file. */
    readonly path: string,
    private readonly data: StateFile,
  ) {}

  /** Opens the state at `path`; a missing file is an empty state, an unreadable one an error naming it. */
  static async open(path: string): Promise<JsonFileFeedState> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return new JsonFileFeedState(path, { version: 1, feeds: {} });
      }
      throw new FeedStateError(`cannot read the state file ${path}: ${(error as Error).message}`);
    }
    return new JsonFileFeedState(path, parseState(text, path));
  }

  async getValidators(feedUrl: string): Promise<FeedValidators | null> {
    const feed = this.data.feeds[feedUrl];
    return feed ? { etag: feed.etag, lastModified: feed.lastModified } : null;
  }

  async putValidators(feedUrl: string, validators: FeedValidators): Promise<void> {
    const feed = this.feed(feedUrl);
    feed.etag = validators.etag;
    feed.lastModified = validators.lastModified;
    await this.save();
  }

  async hasSeen(feedUrl: string, itemId: string): Promise<boolean> {
    return Object.hasOwn(this.data.feeds[feedUrl]?.seen ?? {}, itemId);
  }

  async markSeen(feedUrl: string, itemId: string): Promise<void> {
    const feed = this.feed(feedUrl);
    if (Object.hasOwn(feed.seen, itemId)) return;
    feed.seen[itemId] = new Date().toISOString();
    const ids = Object.keys(feed.seen);
    // Insertion order is first-seen order, so the oldest ids go first.
    for (const old of ids.slice(0, Math.max(0, ids.length - MAX_SEEN_PER_FEED))) delete feed.seen[old];
    await this.save();
  }

  private feed(feedUrl: string): FeedRecord {
    let feed = this.data.feeds[feedUrl];
    if (!feed) {
      feed = { etag: null, lastModified: null, seen: {} };
      this.data.feeds[feedUrl] = feed;
    }
    return feed;
  }

  /** Writes the whole state atomically; writes are queued so they never interleave. */
  private save(): Promise<void> {
    const snapshot = `${JSON.stringify(this.data, null, 1)}\n`;
    const temp = `${this.path}.${process.pid}.${++this.writes}.tmp`;
    // A failed write is reported to its caller and does not stop the writes queued after it.
    this.writing = this.writing.catch(() => {}).then(() => writeAtomically(this.path, temp, snapshot));
    return this.writing;
  }
}

async function writeAtomically(path: string, temp: string, text: string): Promise<void> {
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    // Flushed before the rename, so after a crash the name points at complete bytes.
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw new FeedStateError(`cannot write the state file ${path}: ${(error as Error).message}`);
  }
}

function parseState(text: string, path: string): StateFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FeedStateError(
      `the state file ${path} is not valid JSON (${(error as Error).message}); move it away to start afresh (every item would be fetched again)`,
    );
  }
  const feeds = (value as { feeds?: unknown } | null)?.feeds;
  if ((value as { version?: unknown } | null)?.version !== 1 || typeof feeds !== 'object' || feeds === null) {
    throw new FeedStateError(
      `the state file ${path} is not a newsbrief watch state (expected {"version": 1, "feeds": {...}})`,
    );
  }
  const clean: StateFile = { version: 1, feeds: {} };
  for (const [url, record] of Object.entries(feeds as Record<string, Partial<FeedRecord>>)) {
    clean.feeds[url] = {
      etag: typeof record.etag === 'string' ? record.etag : null,
      lastModified: typeof record.lastModified === 'string' ? record.lastModified : null,
      seen: typeof record.seen === 'object' && record.seen !== null ? { ...record.seen } : {},
    };
  }
  return clean;
}
