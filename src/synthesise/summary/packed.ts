import type { CoverageProblem } from './coverage.js';

/**
 * A `CoverageProblem` laid out in flat typed arrays, what the solvers' inner
 * loops read: item objects holding number[] arrays cost a pointer chase and
 * a bounds check per concept, on every search node.
 */
export interface PackedProblem {
  /** Number of items. */
  readonly n: number;
  /** Number of cost dimensions. */
  readonly dims: number;
  /** Item i's concepts are `concepts[start[i]]` to `concepts[start[i + 1] - 1]`, in item order. */
  readonly start: Int32Array;
  readonly concepts: Int32Array;
  /** Aligned with `concepts`: each one's weight (read in order, not looked up by concept). */
  readonly weight: Float64Array;
  /** Aligned with `concepts`: the room each needs to be read in a tail (0 when the item gives none). */
  readonly need: Int32Array;
  /** Per item: whether it gives `need`, without which it is never a tail. */
  readonly hasNeed: Uint8Array;
  readonly bonus: Float64Array;
  /** Item i's cost in dimension d at `cost[i * dims + d]`. */
  readonly cost: Float64Array;
  /** Per item: its cost in the first dimension, the one gains are ranked per unit of (never below 1e-9). */
  readonly cost0: Float64Array;
  /** Per entry (position in `concepts`): the item it belongs to. */
  readonly itemOf: Int32Array;
  /** The entries of concept c, one per item holding it, are `holders[holderStart[c]]` to `holders[holderStart[c + 1] - 1]`. */
  readonly holderStart: Int32Array;
  readonly holders: Int32Array;
  readonly capacity: Float64Array;
  readonly weights: Float64Array;
}

/** The problem packed; the greedy start and the exact search can share one. */
export function packProblem(problem: CoverageProblem): PackedProblem {
  const { items, capacity } = problem;
  const n = items.length;
  const dims = capacity.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + items[i]!.concepts.length;
  const concepts = new Int32Array(start[n]!);
  const need = new Int32Array(start[n]!);
  const hasNeed = new Uint8Array(n);
  const bonus = new Float64Array(n);
  const cost = new Float64Array(n * dims);
  const cost0 = new Float64Array(n);
  const holderStart = new Int32Array(problem.weights.length + 1);
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    concepts.set(item.concepts, start[i]!);
    if (item.need) {
      need.set(item.need, start[i]!);
      hasNeed[i] = 1;
    }
    bonus[i] = item.bonus;
    for (let d = 0; d < dims; d++) cost[i * dims + d] = item.cost[d]!;
    cost0[i] = Math.max(item.cost[0] ?? 1, 1e-9);
    for (const c of item.concepts) holderStart[c + 1]!++;
  }
  for (let c = 0; c < problem.weights.length; c++) holderStart[c + 1]! += holderStart[c]!;
  const weights = Float64Array.from(problem.weights);
  const weight = new Float64Array(concepts.length);
  for (let e = 0; e < concepts.length; e++) weight[e] = weights[concepts[e]!]!;
  const itemOf = new Int32Array(concepts.length);
  const holders = new Int32Array(concepts.length);
  const filled = holderStart.slice(0, -1);
  for (let i = 0; i < n; i++)
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      itemOf[e] = i;
      holders[filled[concepts[e]!]!++] = e;
    }
  return {
    n,
    dims,
    start,
    concepts,
    weight,
    need,
    hasNeed,
    bonus,
    cost,
    cost0,
    itemOf,
    holderStart,
    holders,
    capacity: Float64Array.from(capacity),
    weights,
  };
}
