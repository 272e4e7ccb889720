import { describe, expect, it } from 'vitest';
import { BandedLsh } from '../../src/dedupe/lsh.js';
import { minHasher } from '../../src/dedupe/minhash.js';

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`);

function agreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

describe('MinHash', () => {
  const hasher = minHasher(256);

  it('agrees on a share of positions close to the Jaccard similarity', () => {
    // |A ∩ B| = 60, |A ∪ B| = 140: Jaccard 0.43.
    const a = hasher.signature(words(100));
    const b = hasher.signature(words(100, 40));
    expect(agreement(a, b)).toBeGreaterThan(0.33);
    expect(agreement(a, b)).toBeLessThan(0.53);
    expect(agreement(a, hasher.signature(words(100)))).toBe(1);
    expect(agreement(a, hasher.signature(words(100, 1000)))).toBeLessThan(0.05);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(minHasher(16, 7).signature(['x', 'y'])).toEqual(minHasher(16, 7).signature(['y', 'x']));
    expect(minHasher(16, 7).signature(['x', 'y'])).not.toEqual(minHasher(16, 8).signature(['x', 'y']));
  });
});

describe('banded LSH', () => {
  it('returns near-duplicates as candidates and rarely unrelated sets', () => {
    const hasher = minHasher(32);
    const lsh = new BandedLsh(16, 2);
    expect(lsh.addAndQuery(0, hasher.signature(words(30)))).toEqual(new Set());
    expect(lsh.addAndQuery(1, hasher.signature([...words(28), 'swap1', 'swap2']))).toEqual(new Set([0]));
    expect(lsh.addAndQuery(2, hasher.signature(words(30, 500)))).toEqual(new Set());
  });

  it('refuses a signature too short for its bands', () => {
    expect(() => new BandedLsh(16, 2).addAndQuery(0, new Uint32Array(8))).toThrow(/too short/);
  });
});
