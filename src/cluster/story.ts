/**
 * One story as the clusterer keeps it: bounded term and name profiles and
 * the span of days it has run.
 */
import { Profile } from './profile.js';

/** The clusterer's state for one story. */
export class StoryState {
  /** Bounded profile of content stems. */
  readonly terms = new Profile();
  /** Bounded profile of capitalised names. */
  readonly names = new Profile();
  /** Earliest and latest publication day among its dated articles. */
  firstDay: number | null = null;
  lastDay: number | null = null;
  /** False once evicted from the window; postings pointing here are then stale. */
  alive = true;
  /** Scratch for candidate search: the article it was last gathered for, and the evidence gathered. */
  stamp = -1;
  evidence = 0;

  /** @param id the story id reported to callers; @param order creation order, for deterministic ties. */
  constructor(
    readonly id: string,
    readonly order: number,
  ) {}

  /** Widens the span of days by an article's day. */
  touch(day: number | null): void {
    if (day === null) return;
    this.firstDay = this.firstDay === null ? day : Math.min(this.firstDay, day);
    this.lastDay = this.lastDay === null ? day : Math.max(this.lastDay, day);
  }
}
