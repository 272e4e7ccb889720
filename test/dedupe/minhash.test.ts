import { describe, expect, it } from 'vitest';
import { BandedLsh } from '../../src/dedupe/lsh.js';
import { fnv1a, minHasher, SignatureTable } from '../../src/dedupe/minhash.js';

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

  it('gives a set of items from a table of their hash values the signature it gives the set', () => {
    const items = words(40);
    const table = new SignatureTable(hasher, items.map(fnv1a));
    const ids = Int32Array.from([3, 17, 17, 29, 0]);
    expect(table.signature(ids, 1, 4)).toEqual(hasher.signature(['w17', 'w29']));
    expect(table.signature(ids, 0, 5)).toEqual(hasher.signature(['w0', 'w3', 'w17', 'w29']));
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
    expect(lsh.addAndQuery(0, hasher.signature(words(30)))).toEqual([]);
    expect(lsh.addAndQuery(1, hasher.signature([...words(28), 'swap1', 'swap2']))).toEqual([0]);
    expect(lsh.addAndQuery(2, hasher.signature(words(30, 500)))).toEqual([]);
  });

  it('reports each earlier item once, however many bands it shares, past the expected count', () => {
    const hasher = minHasher(32);
    const lsh = new BandedLsh(16, 2, 2);
    const same = hasher.signature(words(30));
    for (let id = 0; id < 200; id++)
      expect(lsh.addAndQuery(id, same).sort((a, b) => a - b)).toEqual(words(id).map((_, i) => i));
  });

  it('refuses a signature too short for its bands', () => {
    expect(() => new BandedLsh(16, 2).addAndQuery(0, new Uint32Array(8))).toThrow(/too short/);
  });
});
