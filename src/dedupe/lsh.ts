/**
 * Banded locality-sensitive hashing over MinHash signatures: the signature is
 * cut into `bands` bands of `rows` values; two items that agree on any whole
 * band become a candidate pair. With Jaccard similarity s, the chance of
 * becoming a candidate is 1 - (1 - s^rows)^bands, so candidates are cheap to
 * find and every one is then confirmed by an exact measure. A band's key is
 * a 30-bit hash of its values: a rare collision only adds a candidate, which
 * the exact measure then rejects.
 */
export class BandedLsh {
  // A bucket, one (band, key) pair, is a chain through the ids in it, newest
  // first: `previous[id * bands + band]` is the id indexed under the same
  // bucket before `id` (-1 for none), and an open-addressing table gives each
  // bucket's newest id. All typed arrays: a map of lists per band took twice
  // as long, in lookups and allocations.
  private slotKey: Int32Array;
  private slotBand: Int32Array;
  private slotNewest: Int32Array;
  private used = 0;
  private previous: Int32Array;
  // The query each id was last reported for, so each is reported once.
  private reportedFor: Int32Array;

  /** @param expected how many items are likely to be added: the arrays start at that size. */
  constructor(
    readonly bands: number,
    readonly rows: number,
    expected = 64,
  ) {
    const slots = 2 ** Math.ceil(Math.log2(2 * bands * Math.max(1, expected)));
    this.slotKey = new Int32Array(slots);
    this.slotBand = new Int32Array(slots);
    this.slotNewest = new Int32Array(slots).fill(-1);
    this.previous = new Int32Array(bands * Math.max(1, expected));
    this.reportedFor = new Int32Array(Math.max(1, expected)).fill(-1);
  }

  /**
   * Indexes item `id` under its signature and returns the ids already indexed
   * that share a band with it, each once. Ids index arrays: use small
   * non-negative integers, each once.
   */
  addAndQuery(id: number, signature: Uint32Array): number[] {
    if (signature.length < this.bands * this.rows) {
      throw new Error(
        `signature of ${signature.length} values is too short for ${this.bands}x${this.rows} bands`,
      );
    }
    this.reserve(id);
    const found: number[] = [];
    for (let band = 0; band < this.bands; band++) {
      let key = band;
      for (let r = 0; r < this.rows; r++) key = Math.imul(key ^ signature[band * this.rows + r]!, 0x9e3779b1);
      // 30 bits, as buckets have always been keyed: a wider key would change which rare collisions are candidates.
      key >>>= 2;
      const slot = this.slotOf(band, key);
      const newest = this.slotNewest[slot]!;
      for (let other = newest; other >= 0; other = this.previous[other * this.bands + band]!) {
        if (this.reportedFor[other] === id) continue;
        this.reportedFor[other] = id;
        found.push(other);
      }
      this.previous[id * this.bands + band] = newest;
      if (newest < 0) {
        this.slotKey[slot] = key;
        this.slotBand[slot] = band;
        this.used++;
      }
      this.slotNewest[slot] = id;
    }
    return found;
  }

  /** The slot of bucket (band, key): where it is, else the empty slot where it goes. */
  private slotOf(band: number, key: number): number {
    const mask = this.slotKey.length - 1;
    // The key is already a hash; the band is mixed in so equal keys of two bands part.
    let slot = (key ^ Math.imul(band, 0x27d4eb2d)) & mask;
    while (this.slotNewest[slot]! >= 0 && (this.slotKey[slot] !== key || this.slotBand[slot] !== band))
      slot = (slot + 1) & mask;
    return slot;
  }

  /** Grows the arrays indexed by id to hold `id`, and the table to stay at most half full after its bands are added. */
  private reserve(id: number): void {
    if (id >= this.reportedFor.length) {
      const reportedFor = new Int32Array(Math.max(id + 1, 2 * this.reportedFor.length)).fill(-1);
      reportedFor.set(this.reportedFor);
      this.reportedFor = reportedFor;
    }
    if ((id + 1) * this.bands > this.previous.length) {
      const previous = new Int32Array(Math.max((id + 1) * this.bands, 2 * this.previous.length));
      previous.set(this.previous);
      this.previous = previous;
    }
    if (2 * (this.used + this.bands) > this.slotKey.length) this.rehash(2 * this.slotKey.length);
  }

  private rehash(size: number): void {
    const { slotKey, slotBand, slotNewest } = this;
    this.slotKey = new Int32Array(size);
    this.slotBand = new Int32Array(size);
    this.slotNewest = new Int32Array(size).fill(-1);
    for (let old = 0; old < slotKey.length; old++) {
      if (slotNewest[old]! < 0) continue;
      const slot = this.slotOf(slotBand[old]!, slotKey[old]!);
      this.slotKey[slot] = slotKey[old]!;
      this.slotBand[slot] = slotBand[old]!;
      this.slotNewest[slot] = slotNewest[old]!;
    }
  }
}
