/**
 * Article vectors and the dense scratch arrays similarities are computed
 * against. An article's vector is written into a dense array indexed by term
 * id once; each candidate story's profile is then a single pass over its
 * own terms, with no hashing.
 */
import type { Profile } from './profile.js';
import { heaviestFirst } from './rank.js';
import type { Vocabulary } from './vocabulary.js';

/** An article's sparse vector, heaviest term first. */
export interface SparseVector {
  ids: number[];
  /** Sublinear tf times idf, unit length: what is compared. */
  weights: number[];
  /** Sublinear tf over the tf-idf norm: what joining adds to a story profile (idf is applied when comparing). */
  contribution: number[];
}

/** Term ids with their weighted counts, in parallel. */
export interface TermCounts {
  ids: number[];
  counts: number[];
}

/** Builds article vectors and holds the dense arrays they are loaded into. */
export class Vectors {
  private dense: { terms: Float64Array; names: Float64Array } = {
    terms: new Float64Array(1024),
    names: new Float64Array(1024),
  };
  /** Scratch for merging profiles; all zero between uses. */
  private mergeScratch: Float64Array = new Float64Array(1024);

  constructor(private readonly vocab: Vocabulary) {}

  /** `1 + ln(count)` times idf, the `limit` heaviest kept, unit length. */
  build(terms: TermCounts, limit: number): SparseVector {
    const n = terms.ids.length;
    const tf = new Float64Array(n);
    const w = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      tf[k] = 1 + Math.log(terms.counts[k]!);
      w[k] = tf[k]! * this.vocab.idf(terms.ids[k]!);
    }
    // Ties broken by id so the kept terms never depend on the order they were counted in.
    const ids = terms.ids;
    const order = heaviestFirst(w, ids, n);
    const kept = Math.min(n, limit);
    let norm = 0;
    for (let r = 0; r < kept; r++) norm += w[order[r]!]! * w[order[r]!]!;
    norm = Math.sqrt(norm) || 1;
    const out: SparseVector = { ids: [], weights: [], contribution: [] };
    for (let r = 0; r < kept; r++) {
      const k = order[r]!;
      out.ids.push(ids[k]!);
      out.weights.push(w[k]! / norm);
      out.contribution.push(tf[k]! / norm);
    }
    return out;
  }

  /** Runs `compare` with `terms` and `names` loaded into the dense arrays, then clears them. */
  withLoaded<T>(terms: SparseVector, names: SparseVector, compare: () => T): T {
    this.dense.terms = this.load(this.dense.terms, terms);
    this.dense.names = this.load(this.dense.names, names);
    try {
      return compare();
    } finally {
      for (const id of terms.ids) this.dense.terms[id] = 0;
      for (const id of names.ids) this.dense.names[id] = 0;
    }
  }

  /** Cosine between `profile` (under the current idf) and the loaded article vector of that kind. */
  cosine(profile: Profile, kind: 'terms' | 'names'): number {
    return profile.cosine(this.dense[kind], this.vocab);
  }

  /** A zeroed array at least as long as the vocabulary's ids, to be left zeroed after use. */
  scratch(): Float64Array {
    if (this.mergeScratch.length < this.vocab.capacity)
      this.mergeScratch = grown(this.mergeScratch, this.vocab.capacity);
    return this.mergeScratch;
  }

  private load(dense: Float64Array, vector: SparseVector): Float64Array {
    const out = dense.length < this.vocab.capacity ? grown(dense, this.vocab.capacity) : dense;
    for (let i = 0; i < vector.ids.length; i++) out[vector.ids[i]!] = vector.weights[i]!;
    return out;
  }
}

function grown(array: Float64Array, length: number): Float64Array {
  const out = new Float64Array(Math.max(length, array.length * 2));
  out.set(array);
  return out;
}
