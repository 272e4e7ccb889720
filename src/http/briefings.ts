import { briefPile } from '../pipeline.js';
import { toJson } from '../render/json.js';
import type { Store } from '../store/store.js';

/**
 * Story briefings as JSON text, computed once per story version: a story
 * changes only when an ingest adds to it (its `updatedAt` moves), so reads
 * between ingests are a lookup. Bounded, least recently used out first.
 */
export class BriefingCache {
  private readonly entries = new Map<string, { version: string; json: string }>();

  constructor(
    private readonly store: Store,
    private readonly limit = 500,
  ) {}

  /** The briefing of story `id` as JSON text, or null when there is no such story. */
  async get(id: string): Promise<string | null> {
    const row = await this.store.getStory(id);
    if (!row) return null;
    const version = `${row.updatedAt}/${row.articleCount}`;
    const hit = this.entries.get(id);
    if (hit && hit.version === version) {
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit.json;
    }
    const documents = await this.store.storyDocuments(id);
    const briefing = briefPile(
      { id, label: row.title ?? id, documents },
      { budget: { words: 120 }, group: (articles) => [[...articles]] },
    );
    const json = JSON.stringify({ story: row, briefing: toJson(briefing) });
    this.entries.set(id, { version, json });
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return json;
  }
}
