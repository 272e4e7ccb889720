/**
 * MinHash signatures: for a set of strings, the minimum of each of `k` hash
 * functions over the set. Two sets agree on a signature position with
 * probability equal to their Jaccard similarity. Written here because the
 * packages tried were 16x slower or could not tell duplicates from unrelated
 * text (see STACK.md).
 */

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A family of `k` hash functions, fixed by a seed so signatures are comparable across runs. */
export interface MinHasher {
  readonly k: number;
  signature(items: Iterable<string>): Uint32Array;
  /**
   * Writes the `k` hash values of the item whose `fnv1a` hash is `x` at
   * `into[at]` onwards. A signature is their minimum, position by position,
   * over a set's items.
   */
  values(x: number, into: Uint32Array, at: number): void;
}

/** Builds a MinHasher with `k` functions of the form (a*x + b) with odd a, mixed (xorshift-multiply). */
export function minHasher(k: number, seed = 0x9e3779b9): MinHasher {
  const a = new Uint32Array(k);
  const b = new Uint32Array(k);
  let s = seed >>> 0;
  const next = (): number => {
    // xorshift32: deterministic parameters without Math.random.
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  for (let i = 0; i < k; i++) {
    a[i] = next() | 1;
    b[i] = next();
  }
  const values = (x: number, into: Uint32Array, at: number): void => {
    for (let i = 0; i < k; i++) {
      let h = (Math.imul(a[i]!, x) + b[i]!) >>> 0;
      // Finalise so that nearby inputs do not give ordered outputs.
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d) >>> 0;
      h ^= h >>> 12;
      into[at + i] = h;
    }
  };
  const hasher: MinHasher = {
    k,
    signature: (items) => {
      const hashes = Array.from(items, fnv1a);
      const table = new SignatureTable(hasher, hashes);
      return table.signature(Int32Array.from(hashes.keys()), 0, hashes.length).slice();
    },
    values,
  };
  return hasher;
}

/**
 * The hash values of a fixed list of items, computed once each: the
 * signature of a set of them is then a minimum over rows of this table. An
 * item met in many sets (a word in many sentences) is hashed only once.
 */
export class SignatureTable {
  private readonly k: number;
  private readonly rows: Uint32Array;
  // Reused by every call: a signature is read at once, and an array each was a tenth of the cost.
  private readonly sig: Uint32Array;

  /** @param hashes the `fnv1a` hashes of the items; an item's id is its position here. */
  constructor(hasher: MinHasher, hashes: ArrayLike<number>) {
    this.k = hasher.k;
    this.rows = new Uint32Array(hashes.length * this.k);
    this.sig = new Uint32Array(this.k);
    for (let id = 0; id < hashes.length; id++) hasher.values(hashes[id]!, this.rows, id * this.k);
  }

  /**
   * The signature of the items `ids[from]` up to `ids[to]` (exclusive), in
   * an array the next call overwrites.
   */
  signature(ids: Int32Array, from: number, to: number): Uint32Array {
    const { k, rows } = this;
    const sig = this.sig.fill(0xffffffff);
    for (let n = from; n < to; n++) {
      const row = ids[n]! * k;
      for (let i = 0; i < k; i++) if (rows[row + i]! < sig[i]!) sig[i] = rows[row + i]!;
    }
    return sig;
  }
}
