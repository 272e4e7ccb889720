const EPS = 1e-9;

/**
 * One node's items in order of falling gain per unit of cost, and the
 * fractional knapsack bound over them. There is one per depth of the
 * search, its buffers reused by every node at that depth: a node allocates
 * nothing.
 */
export class RankedItems {
  /** By item: gain at this node, and gain per unit of the first capacity. */
  readonly gain: Float64Array;
  readonly ratio: Float64Array;
  /** The node's live items, in no order, `count` of them. */
  readonly live: Int32Array;
  count = 0;
  /** The first `ranked` items in rank order, with cumulative cost and gain along it. */
  readonly order: Int32Array;
  readonly cumCost: Float64Array;
  readonly cumGain: Float64Array;
  ranked = 0;
  /** The candidates handed to a child node. */
  readonly child: Int32Array;
  private readonly heap: Ranking;

  /** Buffers for `n` items costing `cost0` each in the first capacity. */
  constructor(
    n: number,
    private readonly cost0: Float64Array,
  ) {
    this.gain = new Float64Array(n);
    this.ratio = new Float64Array(n);
    this.live = new Int32Array(n);
    this.order = new Int32Array(n);
    this.cumCost = new Float64Array(n + 1);
    this.cumGain = new Float64Array(n + 1);
    this.child = new Int32Array(n);
    this.heap = new Ranking(n, this.ratio);
  }

  /** Starts ranking the `count` live items (their gains and ratios set). */
  start(): void {
    this.heap.reset(this.live, this.count);
    this.cumCost[0] = 0;
    this.cumGain[0] = 0;
    this.ranked = 0;
  }

  /** Ranks items until the first `j` are (or all are). */
  rankUpTo(j: number): void {
    const { order, cumCost, cumGain } = this;
    for (; this.ranked < j && this.ranked < this.count; this.ranked++) {
      const i = this.heap.next();
      const r = this.ranked;
      order[r] = i;
      cumCost[r + 1] = cumCost[r]! + this.cost0[i]!;
      cumGain[r + 1] = cumGain[r]! + this.gain[i]!;
    }
  }

  /** Fractional knapsack over the ranked items from k on, within `space`. */
  knapsack(k: number, space: number): number {
    if (space <= EPS) return 0;
    const { cumCost } = this;
    const limit = cumCost[k]! + space;
    while (this.ranked < this.count && cumCost[this.ranked]! <= limit + EPS) this.rankUpTo(this.ranked + 1);
    let lo = k;
    let hi = this.ranked;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cumCost[mid]! <= limit + EPS) lo = mid;
      else hi = mid - 1;
    }
    let bound = this.cumGain[lo]! - this.cumGain[k]!;
    if (lo < this.ranked) bound += (limit - cumCost[lo]!) * this.ratio[this.order[lo]!]!;
    return bound;
  }

  /** Writes the items ranked after the k-th into `child`; returns how many. */
  rest(k: number): number {
    let size = 0;
    for (let j = k + 1; j < this.ranked; j++) this.child[size++] = this.order[j]!;
    return this.heap.copyRest(this.child, size);
  }
}

/**
 * Items in order of falling ratio (ties by index), handed out one at a time
 * from a binary heap: building it is linear and each item costs a logarithm,
 * so ranking only the first few is cheap.
 */
class Ranking {
  private readonly heap: Int32Array;
  private size = 0;

  constructor(
    n: number,
    private readonly ratio: Float64Array,
  ) {
    this.heap = new Int32Array(n);
  }

  /** Starts over with the first `count` of `items`. */
  reset(items: Int32Array, count: number): void {
    for (let i = 0; i < count; i++) this.heap[i] = items[i]!;
    this.size = count;
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
