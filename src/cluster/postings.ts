/**
 * The inverted index from term id to the live stories whose profile holds
 * (or held) it: only those stories are compared with a new article. Evicted
 * stories are skipped when met and swept out in bulk once enough have gone,
 * so the index stays proportional to the window.
 */
import type { StoryState } from './story.js';

/** Term id -> stories, with lazy deletion of evicted stories. */
export class Postings {
  private readonly lists = new Map<number, StoryState[]>();
  private evicted = 0;

  /** @param sweepAfter how many evictions to let pile up before sweeping stale entries. */
  constructor(private readonly sweepAfter: number) {}

  /** Posts `story` under `id`. */
  post(id: number, story: StoryState): void {
    const list = this.lists.get(id);
    if (list) list.push(story);
    else this.lists.set(id, [story]);
  }

  /** The stories posted under `id`, possibly including evicted ones. */
  get(id: number): readonly StoryState[] | undefined {
    return this.lists.get(id);
  }

  /** Counts an eviction, sweeping evicted stories out of every list when enough have piled up. */
  evict(): void {
    this.evicted += 1;
    if (this.evicted < this.sweepAfter) return;
    this.evicted = 0;
    for (const [id, list] of this.lists) {
      const live = list.filter((s) => s.alive);
      if (live.length === 0) this.lists.delete(id);
      else if (live.length < list.length) this.lists.set(id, live);
    }
  }

  /** How many (term, story) entries are held, stale ones included. */
  get entries(): number {
    let n = 0;
    for (const list of this.lists.values()) n += list.length;
    return n;
  }
}
