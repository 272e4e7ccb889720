import type { Store } from '../store/store.js';
import type { FeedState, FeedValidators } from '../web/feeds/state.js';

/** Item ids kept per feed: feeds list their latest few dozen items, so this bounds the record without forgetting. */
const MAX_SEEN = 5000;

interface FeedRecord {
  validators: FeedValidators | null;
  seen: string[];
}

/**
 * Feed polling state kept in the store itself, beside the articles it
 * produced, so one file (or database) holds both and they survive together.
 */
export class StoreFeedState implements FeedState {
  private readonly cache = new Map<string, FeedRecord>();

  constructor(private readonly store: Store) {}

  private async record(feedUrl: string): Promise<FeedRecord> {
    let r = this.cache.get(feedUrl);
    if (!r) {
      const raw = await this.store.getMeta(`feed:${feedUrl}`);
      r = raw ? (JSON.parse(raw) as FeedRecord) : { validators: null, seen: [] };
      this.cache.set(feedUrl, r);
    }
    return r;
  }

  private async save(feedUrl: string, r: FeedRecord): Promise<void> {
    if (r.seen.length > MAX_SEEN) r.seen.splice(0, r.seen.length - MAX_SEEN);
    await this.store.setMeta(`feed:${feedUrl}`, JSON.stringify(r));
  }

  async getValidators(feedUrl: string): Promise<FeedValidators | null> {
    return (await this.record(feedUrl)).validators;
  }

  async putValidators(feedUrl: string, validators: FeedValidators): Promise<void> {
    const r = await this.record(feedUrl);
    r.validators = validators;
    await this.save(feedUrl, r);
  }

  async hasSeen(feedUrl: string, itemId: string): Promise<boolean> {
    return (await this.record(feedUrl)).seen.includes(itemId);
  }

  async markSeen(feedUrl: string, itemId: string): Promise<void> {
    const r = await this.record(feedUrl);
    if (r.seen.includes(itemId)) return;
    r.seen.push(itemId);
    await this.save(feedUrl, r);
  }
}
