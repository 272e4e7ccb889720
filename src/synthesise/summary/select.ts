import type { SummaryBudget } from '../../types.js';

/** What selection needs to know about one candidate. */
export interface Unit {
  /** Indices into the concept weight array. */
  concepts: readonly number[];
  words: number;
  bytes: number;
  /** Multiplies the unit's gain: below 1 for sentences that read badly alone. */
  value: number;
}

/** Budget semantics for selection. */
export interface SelectOptions {
  /**
   * Let the last sentence run past a word or byte budget, as evaluations that
   * truncate the summary themselves (ROUGE `-l`, `-b`) expect; `brief` never
   * overflows.
   */
  overflow: boolean;
}

/** Running totals of a selection, checked against the budget. */
class Tally {
  words = 0;
  bytes = 0;
  count = 0;
  constructor(
    private readonly budget: SummaryBudget,
    private readonly overflow: boolean,
  ) {}

  /** True when `unit` may still be added. */
  fits(unit: Unit): boolean {
    const b = this.budget;
    if (b.sentences !== undefined && this.count + 1 > b.sentences) return false;
    if (this.overflow) {
      return (
        (b.words === undefined || this.words < b.words) && (b.bytes === undefined || this.bytes < b.bytes)
      );
    }
    return (
      (b.words === undefined || this.words + unit.words <= b.words) &&
      (b.bytes === undefined || this.bytes + unit.bytes + (this.count > 0 ? 1 : 0) <= b.bytes)
    );
  }

  /** The part of `unit` that counts against the budget (the overflowing tail does not). */
  cost(unit: Unit): number {
    const b = this.budget;
    if (b.words !== undefined)
      return Math.max(1, Math.min(unit.words, this.overflow ? b.words - this.words : unit.words));
    if (b.bytes !== undefined)
      return Math.max(1, Math.min(unit.bytes, this.overflow ? b.bytes - this.bytes : unit.bytes) / 6);
    return Math.max(1, unit.words);
  }

  add(unit: Unit): void {
    this.words += unit.words;
    this.bytes += unit.bytes + (this.count > 0 ? 1 : 0);
    this.count++;
  }
}

/**
 * Budgeted maximum coverage, greedily: repeatedly take the unit whose
 * not-yet-covered concept weight per word is highest (lazy evaluation: a
 * unit's gain only shrinks as concepts get covered). The result is then
 * compared with the best single unit, which bounds how badly greedy can do
 * (Khuller et al. 1999).
 */
export function selectGreedy(
  units: readonly Unit[],
  weights: ArrayLike<number>,
  budget: SummaryBudget,
  options: SelectOptions,
): number[] {
  const covered = new Uint8Array(weights.length);
  const gain = (u: Unit): number => {
    let g = 0;
    for (const c of u.concepts) if (!covered[c]) g += weights[c]!;
    return g * u.value;
  };
  const tally = new Tally(budget, options.overflow);
  const chosen: number[] = [];
  const alive = new Set(units.map((_, i) => i));
  let total = 0;
  while (alive.size > 0) {
    let best = -1;
    let bestRatio = 0;
    for (const i of alive) {
      const u = units[i]!;
      if (!tally.fits(u)) {
        alive.delete(i);
        continue;
      }
      const ratio = gain(u) / tally.cost(u);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = i;
      }
    }
    if (best === -1) break;
    const u = units[best]!;
    total += gain(u);
    for (const c of u.concepts) covered[c] = 1;
    tally.add(u);
    chosen.push(best);
    alive.delete(best);
  }
  const single = bestSingle(units, weights, budget, options);
  if (single !== -1 && singleValue(units[single]!, weights) > total) return [single];
  return chosen;
}

function singleValue(u: Unit, weights: ArrayLike<number>): number {
  let g = 0;
  for (const c of u.concepts) g += weights[c]!;
  return g * u.value;
}

function bestSingle(
  units: readonly Unit[],
  weights: ArrayLike<number>,
  budget: SummaryBudget,
  options: SelectOptions,
): number {
  const empty = new Tally(budget, options.overflow);
  let best = -1;
  let bestValue = 0;
  units.forEach((u, i) => {
    if (!empty.fits(u)) return;
    const v = singleValue(u, weights);
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  });
  return best;
}
