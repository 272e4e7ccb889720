/**
 * The selection problem the summarizer solves: pick sentences (items) within
 * one or more capacities (words, bytes, sentences) to maximise the total
 * weight of the concepts they cover, each concept counted once, plus a
 * per-sentence bonus (Gillick & Favre 2009, with sentence terms as in
 * Berg-Kirkpatrick et al. 2011). Optionally one more sentence, the tail, may
 * run past the capacity; only the concepts in its part that fits count, as
 * when a scorer cuts the summary at the limit.
 */

/** One selectable sentence. */
export interface Item {
  /** Distinct indices into the problem's concept weights. */
  readonly concepts: readonly number[];
  /** What the item uses of each capacity, in the problem's dimension order. */
  readonly cost: readonly number[];
  /** Value of taking the item whatever it covers (may be negative). */
  readonly bonus: number;
  /** With a tail: how much room (in the tail's unit) each of `concepts` needs to be read, from the start of the item. */
  readonly need?: readonly number[];
}

/**
 * How an overflowing last sentence is read: the room it has is what is left
 * of the first capacity, in the unit the scorer cuts by (words or bytes, the
 * items' costs counted as the scorer counts them).
 */
export interface TailRule {
  /** Always 0: the first dimension is the one the scorer truncates. */
  readonly dim: 0;
}

/** A budgeted maximum coverage problem. */
export interface CoverageProblem {
  readonly items: readonly Item[];
  /** Concept weights, all positive. */
  readonly weights: ArrayLike<number>;
  /** One capacity per cost dimension; a selection's summed cost must not exceed it in any dimension. */
  readonly capacity: readonly number[];
  /** When set, a selection may add one tail item whose readable part counts. */
  readonly tail?: TailRule;
}

/** A selection: items within the capacity, and the overflowing tail item or -1. */
export interface Selection {
  readonly chosen: readonly number[];
  readonly tail: number;
}

/** Room left for a tail after items of summed cost `used` in the first dimension. */
export function tailRoom(problem: CoverageProblem, used: number): number {
  return problem.tail ? problem.capacity[0]! - used : 0;
}

/**
 * The best tail for a selection whose covered concepts are marked in
 * `covered` (non-zero = covered): the item outside `taken` whose readable
 * part, with its bonus, adds the most. Returns [item, gain], item -1 when none gains.
 */
export function bestTail(
  problem: CoverageProblem,
  room: number,
  covered: ArrayLike<number>,
  taken: (i: number) => boolean,
): [number, number] {
  let best = -1;
  let bestGain = 0;
  if (room < 1) return [best, bestGain];
  const { items, weights } = problem;
  for (let i = 0; i < items.length; i++) {
    if (taken(i)) continue;
    const { concepts, need, bonus } = items[i]!;
    if (!need) continue;
    let g = bonus;
    for (let k = 0; k < concepts.length; k++) {
      const c = concepts[k]!;
      if (need[k]! <= room && covered[c] === 0) g += weights[c]!;
    }
    if (g > bestGain) {
      bestGain = g;
      best = i;
    }
  }
  return [best, bestGain];
}

/** The objective: the weight of the concepts covered, plus the bonuses of the chosen items, plus what the tail's readable part adds. */
export function coverageValue(problem: CoverageProblem, selection: Selection): number {
  const covered = new Uint8Array(problem.weights.length);
  let value = 0;
  let used = 0;
  for (const i of selection.chosen) {
    const item = problem.items[i]!;
    value += item.bonus;
    if (problem.tail) used += item.cost[problem.tail.dim]!;
    for (const c of item.concepts) {
      if (covered[c]) continue;
      covered[c] = 1;
      value += problem.weights[c]!;
    }
  }
  const room = tailRoom(problem, used);
  if (selection.tail >= 0 && room >= 1) {
    const { concepts, need, bonus } = problem.items[selection.tail]!;
    value += bonus;
    concepts.forEach((c, k) => {
      if (!covered[c] && need && need[k]! <= room) value += problem.weights[c]!;
    });
  }
  return value;
}

/** True when the chosen items fit every capacity together. */
export function fitsCapacity(problem: CoverageProblem, chosen: readonly number[]): boolean {
  return problem.capacity.every((cap, d) => {
    let used = 0;
    for (const i of chosen) used += problem.items[i]!.cost[d]!;
    return used <= cap + 1e-9;
  });
}
