/**
 * Banded locality-sensitive hashing over MinHash signatures: the signature is
 * cut into `bands` bands of `rows` values; two items that agree on any whole
 * band become a candidate pair. With Jaccard similarity s, the chance of
 * becoming a candidate is 1 - (1 - s^rows)^bands, so candidates are cheap to
 * find and every one is then confirmed by an exact measure.
 */
export class BandedLsh {
  private readonly buckets: Map<string, number[]>[];

  constructor(
    readonly bands: number,
    readonly rows: number,
  ) {
    this.buckets = Array.from({ length: bands }, () => new Map<string, number[]>());
  }

  /** Indexes item `id` under its signature and returns the ids already indexed that share a band with it. */
  addAndQuery(id: number, signature: Uint32Array): Set<number> {
    if (signature.length < this.bands * this.rows) {
      throw new Error(
        `signature of ${signature.length} values is too short for ${this.bands}x${this.rows} bands`,
      );
    }
    const found = new Set<number>();
    for (let band = 0; band < this.bands; band++) {
      let key = '';
      for (let r = 0; r < this.rows; r++) key += `${signature[band * this.rows + r]!.toString(36)}.`;
      const bucket = this.buckets[band]!;
      const ids = bucket.get(key);
      if (ids) {
        for (const other of ids) found.add(other);
        ids.push(id);
      } else bucket.set(key, [id]);
    }
    return found;
  }
}
