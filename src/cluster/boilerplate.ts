/**
 * Template text: sentences repeated verbatim across many articles (archive
 * notices, "Tweet with a location...", cookie walls, newsletter pitches) say
 * nothing about any event, yet make every article carrying them look alike.
 * A sentence already seen in `limit` earlier articles is set aside. Wire
 * copies of one report repeat sentences too, but only a few times, and the
 * first copies have already joined the story by then.
 */

/** Counts of sentence hashes over the stream, forgetting like the vocabulary to stay bounded. */
export class RepeatedText {
  private readonly counts = new Map<number, number>();

  /**
   * @param limit a sentence seen in this many earlier articles is template text.
   * @param maxSentences how many sentence hashes are held before all counts are halved.
   */
  constructor(
    private readonly limit: number,
    private readonly maxSentences = 500_000,
  ) {}

  /** How many sentence hashes are held. */
  get size(): number {
    return this.counts.size;
  }

  /** True when the sentence with this hash has been seen in `limit` earlier articles. */
  isTemplate(key: number): boolean {
    return (this.counts.get(key) ?? 0) >= this.limit;
  }

  /** Records the sentences of one article (each hash once). */
  record(keys: Iterable<number>): void {
    for (const key of new Set(keys)) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.counts.size <= this.maxSentences) return;
    // Each pass drops the sentences left with a count of one, so this ends.
    while (this.counts.size > this.maxSentences * 0.75) this.forget();
  }

  private forget(): void {
    // Halving keeps heavily repeated templates recognised and lets one-off sentences go.
    for (const [key, n] of this.counts) {
      const half = Math.floor(n / 2);
      if (half === 0) this.counts.delete(key);
      else this.counts.set(key, half);
    }
  }
}
