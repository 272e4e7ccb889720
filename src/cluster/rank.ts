/**
 * Ranking terms by weight, heaviest first, ties by term id: the order in
 * which an article's vector and a story's profile keep their terms. Weight
 * then id is a total order, so the result is the same whatever the sort;
 * this merge sort is written out because `Array.prototype.sort` calls a
 * comparator function for every comparison, which made ranking the
 * clusterer's largest cost (this takes half the time).
 */

/** Runs this short are sorted by insertion before merging. */
const RUN = 12;

/**
 * The positions `0 .. n - 1` ordered by `weight[k]` descending, ties by
 * `ids[k]` ascending (ids distinct).
 */
export function heaviestFirst(weight: Float64Array, ids: readonly number[], n: number): Int32Array {
  let order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const k = order[i]!;
      let j = i - 1;
      for (; j >= lo && before(k, order[j]!, weight, ids); j--) order[j + 1] = order[j]!;
      order[j + 1] = k;
    }
  }
  let spare = new Int32Array(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let out = lo;
      while (i < mid && j < hi)
        spare[out++] = before(order[j]!, order[i]!, weight, ids) ? order[j++]! : order[i++]!;
      while (i < mid) spare[out++] = order[i++]!;
      while (j < hi) spare[out++] = order[j++]!;
    }
    const merged = spare;
    spare = order;
    order = merged;
  }
  return order;
}

/** Whether position `a` ranks before position `b`. */
function before(a: number, b: number, weight: Float64Array, ids: readonly number[]): boolean {
  const wa = weight[a]!;
  const wb = weight[b]!;
  return wa > wb || (wa === wb && ids[a]! < ids[b]!);
}
