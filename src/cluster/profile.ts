/**
 * A story's bounded term profile: the summed, length-normalised log counts
 * of its articles' terms, kept to the `limit` terms that weigh most under the
 * current idf. Idf is applied when comparing, not when adding, so a profile
 * built from the first articles of a stream is not stuck with the poor idf
 * estimates of that moment.
 */
import { heaviestFirst } from './rank.js';
import type { SparseVector } from './vectors.js';
import type { Vocabulary } from './vocabulary.js';

/** Terms entering and leaving a profile on an update, for the inverted index and the vocabulary. */
export interface ProfileChange {
  added: number[];
  removed: number[];
}

/** A bounded sparse vector over term ids. */
export class Profile {
  private ids: Int32Array = new Int32Array(0);
  private mass: Float64Array = new Float64Array(0);

  /** How many terms the profile holds. */
  get length(): number {
    return this.ids.length;
  }

  /** The term ids held. */
  termIds(): Int32Array {
    return this.ids;
  }

  /**
   * Adds an article's contribution and keeps the `limit` heaviest terms;
   * reports which ids came in and which went out. `scratch` is a zeroed
   * array over term ids, left zeroed.
   */
  add(vector: SparseVector, limit: number, vocab: Vocabulary, scratch: Float64Array): ProfileChange {
    const added: number[] = [];
    const removed: number[] = [];
    if (vector.ids.length === 0) return { added, removed };
    const old = this.ids;
    const oldCount = old.length;
    for (let i = 0; i < oldCount; i++) scratch[old[i]!] = this.mass[i]!;
    // Candidates: the old terms, then the article's terms the profile lacked.
    const all: number[] = new Array<number>(oldCount);
    for (let i = 0; i < oldCount; i++) all[i] = old[i]!;
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i]!;
      if (scratch[id] === 0) all.push(id);
      scratch[id]! += vector.contribution[i]!;
    }
    // Positions into `all`: while within the limit all of them in arrival order, else the
    // `limit` heaviest, ties by id so the kept set never depends on arrival order.
    let order: Int32Array;
    if (all.length > limit) {
      const weight = new Float64Array(all.length);
      for (let k = 0; k < all.length; k++) weight[k] = scratch[all[k]!]! * vocab.idf(all[k]!);
      order = heaviestFirst(weight, all, all.length);
      for (let k = limit; k < order.length; k++) if (order[k]! < oldCount) removed.push(all[order[k]!]!);
      order = order.subarray(0, limit);
    } else {
      order = new Int32Array(all.length);
      for (let k = 0; k < all.length; k++) order[k] = k;
    }
    const ids = new Int32Array(order.length);
    const mass = new Float64Array(order.length);
    for (let k = 0; k < order.length; k++) {
      const id = all[order[k]!]!;
      ids[k] = id;
      mass[k] = scratch[id]!;
      if (order[k]! >= oldCount) added.push(id);
    }
    this.ids = ids;
    this.mass = mass;
    for (const id of all) scratch[id] = 0;
    return { added, removed };
  }

  /**
   * Cosine between this profile (weighted by the current idf) and a unit
   * vector held densely in `unit` (indexed by term id; zero elsewhere).
   */
  cosine(unit: Float64Array, vocab: Vocabulary): number {
    let dot = 0;
    let norm = 0;
    const { ids, mass } = this;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const w = mass[i]! * vocab.idf(id);
      dot += w * unit[id]!;
      norm += w * w;
    }
    return norm > 0 ? dot / Math.sqrt(norm) : 0;
  }
}
