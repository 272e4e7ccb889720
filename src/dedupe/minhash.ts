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
  /** The signature of items given by their `fnv1a` hashes, for callers that hash each item once. */
  signatureOfHashes(hashes: ArrayLike<number>): Uint32Array;
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
  const signatureOfHashes = (hashes: ArrayLike<number>): Uint32Array => {
    const sig = new Uint32Array(k).fill(0xffffffff);
    for (let n = 0; n < hashes.length; n++) {
      const x = hashes[n]!;
      for (let i = 0; i < k; i++) {
        let h = (Math.imul(a[i]!, x) + b[i]!) >>> 0;
        // Finalise so that nearby inputs do not give ordered outputs.
        h ^= h >>> 15;
        h = Math.imul(h, 0x2c1b3c6d) >>> 0;
        h ^= h >>> 12;
        if (h >>> 0 < sig[i]!) sig[i] = h >>> 0;
      }
    }
    return sig;
  };
  return {
    k,
    signature: (items) => signatureOfHashes(Array.from(items, fnv1a)),
    signatureOfHashes,
  };
}
