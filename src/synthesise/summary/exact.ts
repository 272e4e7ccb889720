import type { CoverageProblem, Selection } from './coverage.js';
import { coverageValue } from './coverage.js';

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
 * is never worse than the start.
 */
export function solveExact(
  problem: CoverageProblem,
  options: ExactOptions,
  start: Selection = { chosen: [], tail: -1 },
): ExactResult {
  return new Search(problem, options, start).run();
}

/** The state of one branch-and-bound search. */
class Search {
  private readonly n: number;
  private readonly dims: number;
  /** How many chosen items cover each concept. */
  private readonly covered: Int32Array;
  private readonly used: Float64Array;
  private readonly inSet: Uint8Array;
  private readonly cost0: Float64Array;
  private readonly chosen: number[] = [];
  /** Per depth: gains and ratios of the items ranked there, and cumulative cost and gain along the ranking. */
  private readonly gains: Float64Array[] = [];
  private readonly ratios: Float64Array[] = [];
  private readonly cumCost: Float64Array[] = [];
  private readonly cumGain: Float64Array[] = [];
  private readonly orders: Int32Array[] = [];
  private readonly tailGain: Float64Array;
  private best: number;
  private bestSelection: Selection;
  private nodes = 0;
  private stopped = false;
  private readonly deadline: number;

  constructor(
    private readonly problem: CoverageProblem,
    private readonly options: ExactOptions,
    start: Selection,
  ) {
    const { items, weights, capacity } = problem;
    this.n = items.length;
    this.dims = capacity.length;
    this.covered = new Int32Array(weights.length);
    this.used = new Float64Array(this.dims);
    this.inSet = new Uint8Array(this.n);
    this.cost0 = Float64Array.from(items, (item) => Math.max(item.cost[0] ?? 1, EPS));
    this.tailGain = problem.tail
      ? new Float64Array(Math.max(0, Math.floor(capacity[0]! + EPS)) + 1)
      : new Float64Array(0);
    this.best = coverageValue(problem, start);
    this.bestSelection = start;
    this.deadline = performance.now() + options.timeLimitMs;
  }

  run(): ExactResult {
    const all = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) all[i] = i;
    this.search(all, 0, 0);
    return { ...this.bestSelection, value: this.best, optimal: !this.stopped, nodes: this.nodes };
  }

  private fits(i: number): boolean {
    const cost = this.problem.items[i]!.cost;
    const { capacity } = this.problem;
    for (let d = 0; d < this.dims; d++) if (this.used[d]! + cost[d]! > capacity[d]! + EPS) return false;
    return true;
  }

  /** A tail may overflow the first dimension only: in every other one it must fit. */
  private tailFits(i: number): boolean {
    const cost = this.problem.items[i]!.cost;
    const { capacity } = this.problem;
    for (let d = 1; d < this.dims; d++) if (this.used[d]! + cost[d]! > capacity[d]! + EPS) return false;
    return true;
  }

  /**
   * The tail's best gain for each room, as steps [room, gain] with gain
   * rising; also records the best tail with all the room as an incumbent.
   */
  private tailSteps(value: number, room: number): number[] {
    const top = Math.floor(room + EPS);
    // With no room left, nothing of a tail would be read.
    if (top < 1) return [];
    const at = this.tailGain;
    at.fill(0, 0, top + 1);
    const { items, weights } = this.problem;
    const { covered } = this;
    let bestItem = -1;
    let bestGain = 0;
    for (let i = 0; i < this.n; i++) {
      if (this.inSet[i] || !this.tailFits(i)) continue;
      const { concepts, need, bonus } = items[i]!;
      // A tail is shown whole, so its bonus counts however little of it is read.
      let g = bonus;
      if (top >= 1 && g > at[1]!) at[1] = g;
      for (let k = 0; k < concepts.length; k++) {
        const r = need![k]!;
        if (r > top) break;
        const c = concepts[k]!;
        if (covered[c] !== 0) continue;
        g += weights[c]!;
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
    const steps: number[] = [];
    let running = 0;
    for (let r = 0; r <= top; r++) {
      if (at[r]! > running + EPS) {
        running = at[r]!;
        steps.push(r, running);
      }
    }
    return steps;
  }

  private buffers(depth: number): [Float64Array, Float64Array, Float64Array, Float64Array, Int32Array] {
    if (!this.gains[depth]) {
      this.gains[depth] = new Float64Array(this.n);
      this.ratios[depth] = new Float64Array(this.n);
      this.cumCost[depth] = new Float64Array(this.n + 1);
      this.cumGain[depth] = new Float64Array(this.n + 1);
      this.orders[depth] = new Int32Array(this.n);
    }
    return [
      this.gains[depth]!,
      this.ratios[depth]!,
      this.cumCost[depth]!,
      this.cumGain[depth]!,
      this.orders[depth]!,
    ];
  }

  private search(candidates: Int32Array, value: number, depth: number): void {
    this.nodes++;
    if (
      this.nodes > this.options.maxNodes ||
      ((this.nodes & 63) === 0 && performance.now() > this.deadline)
    ) {
      this.stopped = true;
      return;
    }
    const { items, weights, capacity } = this.problem;
    const { covered } = this;
    const room = capacity[0]! - this.used[0]!;
    const steps = this.problem.tail ? this.tailSteps(value, room) : [];
    const [gain, ratio, cumCost, cumGain, order] = this.buffers(depth);
    const live: number[] = [];
    for (const i of candidates) {
      if (!this.fits(i)) continue;
      const item = items[i]!;
      let g = item.bonus;
      for (const c of item.concepts) if (covered[c] === 0) g += weights[c]!;
      if (g <= EPS) continue;
      gain[i] = g;
      ratio[i] = g / this.cost0[i]!;
      live.push(i);
    }
    // Items are ranked lazily, best ratio first: the loop below usually stops
    // after a few items, so sorting them all would be wasted work.
    const ranking = new Ranking(live, ratio);
    const m = live.length;
    cumCost[0] = 0;
    cumGain[0] = 0;
    let ranked = 0;
    const rankUpTo = (j: number): void => {
      for (; ranked < j && ranked < m; ranked++) {
        const i = ranking.next();
        order[ranked] = i;
        cumCost[ranked + 1] = cumCost[ranked]! + this.cost0[i]!;
        cumGain[ranked + 1] = cumGain[ranked]! + gain[i]!;
      }
    };
    // Fractional knapsack over the ranked items from k on, within `space`.
    const knapsack = (k: number, space: number): number => {
      if (space <= EPS) return 0;
      const limit = cumCost[k]! + space;
      while (ranked < m && cumCost[ranked]! <= limit + EPS) rankUpTo(ranked + 1);
      let lo = k;
      let hi = ranked;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (cumCost[mid]! <= limit + EPS) lo = mid;
        else hi = mid - 1;
      }
      let bound = cumGain[lo]! - cumGain[k]!;
      if (lo < ranked) bound += (limit - cumCost[lo]!) * ratio[order[lo]!]!;
      return bound;
    };
    const child = new Int32Array(m);
    for (let k = 0; k < m; k++) {
      rankUpTo(k + 1);
      let bound = knapsack(k, room);
      for (let s = 0; s < steps.length; s += 2)
        bound = Math.max(bound, steps[s + 1]! + knapsack(k, room - steps[s]!));
      if (value + bound <= this.best + EPS) break;
      const i = order[k]!;
      const item = items[i]!;
      for (const c of item.concepts) covered[c]!++;
      for (let d = 0; d < this.dims; d++) this.used[d]! += item.cost[d]!;
      this.chosen.push(i);
      this.inSet[i] = 1;
      const reached = value + gain[i]!;
      if (reached > this.best + EPS) {
        this.best = reached;
        this.bestSelection = { chosen: [...this.chosen], tail: -1 };
      }
      let size = 0;
      for (let j = k + 1; j < ranked; j++) child[size++] = order[j]!;
      size = ranking.copyRest(child, size);
      this.search(child.subarray(0, size), reached, depth + 1);
      this.inSet[i] = 0;
      this.chosen.pop();
      for (let d = 0; d < this.dims; d++) this.used[d]! -= item.cost[d]!;
      for (const c of item.concepts) covered[c]!--;
      if (this.stopped) return;
    }
  }
}

/**
 * Items in order of falling ratio (ties by index), handed out one at a time
 * from a binary heap: building it is linear and each item costs a logarithm,
 * so ranking only the first few is cheap.
 */
class Ranking {
  private readonly heap: Int32Array;
  private size: number;

  constructor(
    items: readonly number[],
    private readonly ratio: Float64Array,
  ) {
    this.heap = Int32Array.from(items);
    this.size = items.length;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** The next item in rank order; only call while items remain. */
  next(): number {
    const top = this.heap[0]!;
    this.size--;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size]!;
      this.down(0);
    }
    return top;
  }

  /** Copies the items not yet handed out into `out` from `at`; returns the new end. */
  copyRest(out: Int32Array, at: number): number {
    for (let i = 0; i < this.size; i++) out[at++] = this.heap[i]!;
    return at;
  }

  private before(a: number, b: number): boolean {
    const ra = this.ratio[a]!;
    const rb = this.ratio[b]!;
    return ra > rb || (ra === rb && a < b);
  }

  private down(i: number): void {
    const { heap } = this;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const child = right < this.size && this.before(heap[right]!, heap[left]!) ? right : left;
      if (!this.before(heap[child]!, heap[i]!)) return;
      const t = heap[i]!;
      heap[i] = heap[child]!;
      heap[child] = t;
      i = child;
    }
  }
}
