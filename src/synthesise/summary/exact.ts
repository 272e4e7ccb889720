import type { CoverageProblem, Selection } from './coverage.js';
import { coverageValue } from './coverage.js';
import { type PackedProblem, packProblem } from './packed.js';
import { RankedItems } from './ranking.js';

/** Limits on the exact search; past either, the best selection found so far is returned. */
export interface ExactOptions {
  /** Wall-clock limit in milliseconds. */
  readonly timeLimitMs: number;
  /** Search nodes explored at most (a limit that does not depend on the machine). */
  readonly maxNodes: number;
}

/** The outcome of the exact search. */
export interface ExactResult extends Selection {
  readonly value: number;
  /** True when the search finished: the selection is optimal. */
  readonly optimal: boolean;
  /** Search nodes explored. */
  readonly nodes: number;
}

const EPS = 1e-9;
const NO_STEPS = new Float64Array(0);

/**
 * Budgeted maximum coverage solved exactly by depth-first branch and bound.
 *
 * At each node the items that still fit are ranked by marginal gain per unit
 * of the first capacity. Taking a set of items gains at most the sum of their
 * marginal gains (coverage is submodular), so the fractional knapsack over
 * those gains bounds every completion. Items are branched on in rank order
 * ("take the k-th, skip the ones before it") and a branch stops as soon as
 * its bound cannot beat the incumbent.
 *
 * With a tail (see `CoverageProblem`), a completion is items plus the read
 * part of one more sentence, sharing the room left: the bound is the best,
 * over the room r given to the tail, of the knapsack bound on the rest plus
 * the most any sentence's first r units add now (both only shrink deeper).
 *
 * Starting from a good incumbent (greedy) prunes most of the tree; the time
 * and node limits keep the worst case bounded, returning the incumbent, which
 * is never worse than the start. `packed`: the problem packed, when the
 * caller already has it.
 */
export function solveExact(
  problem: CoverageProblem,
  options: ExactOptions,
  start: Selection = { chosen: [], tail: -1 },
  packed: PackedProblem = packProblem(problem),
): ExactResult {
  return new Search(problem, packed, options, start).run();
}

/** The state of one branch-and-bound search. */
class Search {
  /** How many chosen items cover each concept, and per entry of `p.concepts`, whether its concept is covered. */
  private readonly covered: Int32Array;
  private readonly off: Uint8Array;
  private readonly used: Float64Array;
  private readonly inSet: Uint8Array;
  private readonly chosen: number[] = [];
  /** Per depth: the ranking of the node's items. */
  private readonly frames: RankedItems[] = [];
  /**
   * Per item: the last choice that covered one of its concepts, by number.
   * An item the latest choice left alone gains what it gained at the parent.
   */
  private readonly touched: Int32Array;
  private choices = 0;
  /** The tail's best gain for each room, and per depth the steps made of it, [room, gain] pairs. */
  private readonly tailGain: Float64Array;
  private readonly steps: Float64Array[] = [];
  private best: number;
  private bestSelection: Selection;
  private nodes = 0;
  private stopped = false;
  private readonly deadline: number;

  constructor(
    private readonly problem: CoverageProblem,
    private readonly p: PackedProblem,
    private readonly options: ExactOptions,
    start: Selection,
  ) {
    const { n, dims, capacity, weights } = this.p;
    this.covered = new Int32Array(weights.length);
    this.off = new Uint8Array(this.p.concepts.length);
    this.used = new Float64Array(dims);
    this.inSet = new Uint8Array(n);
    this.touched = new Int32Array(n);
    this.tailGain = problem.tail
      ? new Float64Array(Math.max(0, Math.floor(capacity[0]! + EPS)) + 1)
      : new Float64Array(0);
    this.best = coverageValue(problem, start);
    this.bestSelection = start;
    this.deadline = performance.now() + options.timeLimitMs;
  }

  run(): ExactResult {
    const all = new Int32Array(this.p.n);
    for (let i = 0; i < this.p.n; i++) all[i] = i;
    this.search(all, this.p.n, 0, 0, 0);
    return { ...this.bestSelection, value: this.best, optimal: !this.stopped, nodes: this.nodes };
  }

  /** True when item i fits in every dimension; `from` 1: every one but the first (a tail may overflow that). */
  private fits(i: number, from = 0): boolean {
    const { cost, capacity, dims } = this.p;
    for (let d = from; d < dims; d++)
      if (this.used[d]! + cost[i * dims + d]! > capacity[d]! + EPS) return false;
    return true;
  }

  /**
   * The tail's best gain for each room, as steps [room, gain] with gain
   * rising, written into this depth's buffer (returns their count times 2);
   * also records the best tail with all the room as an incumbent.
   */
  private tailSteps(value: number, room: number, depth: number): number {
    const top = Math.floor(room + EPS);
    // With no room left, nothing of a tail would be read.
    if (top < 1) return 0;
    const at = this.tailGain;
    at.fill(0, 0, top + 1);
    const { n, start, need, hasNeed, bonus, weight } = this.p;
    const { off } = this;
    let bestItem = -1;
    let bestGain = 0;
    const single = this.p.dims === 1;
    for (let i = 0; i < n; i++) {
      if (this.inSet[i] || !hasNeed[i] || !(single || this.fits(i, 1))) continue;
      // A tail is shown whole, so its bonus counts however little of it is read.
      let g = bonus[i]!;
      if (g > at[1]!) at[1] = g;
      const end = start[i + 1]!;
      for (let e = start[i]!; e < end; e++) {
        const r = need[e]!;
        if (r > top) break;
        if (off[e] !== 0) continue;
        g += weight[e]!;
        if (g > at[r]!) at[r] = g;
      }
      if (g > bestGain) {
        bestGain = g;
        bestItem = i;
      }
    }
    if (value + bestGain > this.best + EPS) {
      this.best = value + bestGain;
      this.bestSelection = { chosen: [...this.chosen], tail: bestItem };
    }
    if (!this.steps[depth]) this.steps[depth] = new Float64Array(2 * this.tailGain.length);
    const steps = this.steps[depth]!;
    let count = 0;
    let running = 0;
    for (let r = 0; r <= top; r++) {
      if (at[r]! > running + EPS) {
        running = at[r]!;
        steps[count++] = r;
        steps[count++] = running;
      }
    }
    return count;
  }

  /** Takes item i: covers its concepts, noting which items that touches, and uses its room. */
  private take(i: number): void {
    const { start, concepts, cost, dims, holderStart, holders, itemOf } = this.p;
    const mark = ++this.choices;
    this.chosen.push(i);
    this.inSet[i] = 1;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const c = concepts[e]!;
      if (this.covered[c]!++ !== 0) continue;
      for (let h = holderStart[c]!; h < holderStart[c + 1]!; h++) {
        this.off[holders[h]!] = 1;
        this.touched[itemOf[holders[h]!]!] = mark;
      }
    }
    for (let d = 0; d < dims; d++) this.used[d]! += cost[i * dims + d]!;
  }

  /** Undoes `take(i)`. */
  private giveBack(i: number): void {
    const { start, concepts, cost, dims, holderStart, holders } = this.p;
    for (let d = 0; d < dims; d++) this.used[d]! -= cost[i * dims + d]!;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const c = concepts[e]!;
      if (--this.covered[c]! !== 0) continue;
      for (let h = holderStart[c]!; h < holderStart[c + 1]!; h++) this.off[holders[h]!] = 0;
    }
    this.inSet[i] = 0;
    this.chosen.pop();
  }

  /** One node: `candidates` may be taken next, `mark` the choice that led here (0 at the root). */
  private search(candidates: Int32Array, count: number, value: number, depth: number, mark: number): void {
    this.nodes++;
    if (
      this.nodes > this.options.maxNodes ||
      ((this.nodes & 63) === 0 && performance.now() > this.deadline)
    ) {
      this.stopped = true;
      return;
    }
    const { start, bonus, weight, capacity, cost0 } = this.p;
    const { off, touched } = this;
    const room = capacity[0]! - this.used[0]!;
    const stepCount = this.problem.tail ? this.tailSteps(value, room, depth) : 0;
    const steps = this.steps[depth] ?? NO_STEPS;
    if (!this.frames[depth]) this.frames[depth] = new RankedItems(this.p.n, cost0);
    const rank = this.frames[depth]!;
    const parent = depth > 0 ? this.frames[depth - 1]!.gain : undefined;
    const { gain, ratio, live, order } = rank;
    // One dimension (the usual budget): the room check needs no loop.
    const single = this.p.dims === 1;
    const used0 = this.used[0]!;
    const { cost } = this.p;
    let m = 0;
    for (let j = 0; j < count; j++) {
      const i = candidates[j]!;
      if (single ? used0 + cost[i]! > capacity[0]! + EPS : !this.fits(i)) continue;
      let g: number;
      if (parent && touched[i] !== mark) g = parent[i]!;
      else {
        g = bonus[i]!;
        const end = start[i + 1]!;
        for (let e = start[i]!; e < end; e++) if (off[e] === 0) g += weight[e]!;
      }
      if (g <= EPS) continue;
      gain[i] = g;
      ratio[i] = g / cost0[i]!;
      live[m++] = i;
    }
    // Items are ranked lazily, best ratio first: the loop below usually stops
    // after a few items, so sorting them all would be wasted work.
    rank.count = m;
    rank.start();
    for (let k = 0; k < m; k++) {
      rank.rankUpTo(k + 1);
      // The bound is the best of these; once one shows the branch may beat
      // the incumbent, the rest cannot change that.
      let bound = rank.knapsack(k, room);
      for (let s = 0; s < stepCount && value + bound <= this.best + EPS; s += 2)
        bound = Math.max(bound, steps[s + 1]! + rank.knapsack(k, room - steps[s]!));
      if (value + bound <= this.best + EPS) break;
      const i = order[k]!;
      this.take(i);
      const reached = value + gain[i]!;
      if (reached > this.best + EPS) {
        this.best = reached;
        this.bestSelection = { chosen: [...this.chosen], tail: -1 };
      }
      this.search(rank.child, rank.rest(k), reached, depth + 1, this.choices);
      this.giveBack(i);
      if (this.stopped) return;
    }
  }
}
