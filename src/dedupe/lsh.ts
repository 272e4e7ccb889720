/**
 * Banded locality-sensitive hashing over MinHash signatures: the signature is
 * cut into `bands` bands of `rows` values; two items that agree on any whole
 * band become a candidate pair. With Jaccard similarity s, the chance of
 * becoming a candidate is 1 - (1 - s^rows)^bands, so candidates are cheap to
 * find and every one is then confirmed by an exact measure. A band's key is
 * a 30-bit hash of its values: a rare collision only adds a candidate, which
 * the exact measure then rejects, and numeric keys cost a fraction of strings.
 */
export class BandedLsh {
  private readonly buckets: Map<number, number[]>[];

  constructor(
    readonly bands: number,
    readonly rows: number,
  ) {
    this.buckets = Array.from({ length: bands }, () => new Map<number, number[]>());
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
      let key = band;
      for (let r = 0; r < this.rows; r++) key = Math.imul(key ^ signature[band * this.rows + r]!, 0x9e3779b1);
      // 30 bits: V8 keeps a small integer as it is, where a larger number becomes an object of its own.
      key >>>= 2;
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
