import type { SummaryBudget } from '../../types.js';

/** A budget as capacities of cost dimensions, words first: what `CoverageProblem` needs. */
export interface BudgetDimensions {
  /** The limits, in dimension order. */
  readonly capacity: number[];
  /** The cost of one sentence in each dimension. */
  cost(words: number, bytes: number): number[];
}

/**
 * Words, bytes and sentences, in that order, for the limits the budget sets.
 * Sentences are joined by one separator, so n sentences of b bytes take
 * sum(b) + n - 1 bytes: each costs b + 1 against a capacity of limit + 1.
 * With no limit at all, everything fits. `scorer`: count bytes as ROUGE's
 * `-b` does, sentence bytes only (for summaries a scorer will cut).
 */
export function budgetDimensions(budget: SummaryBudget, scorer = false): BudgetDimensions {
  const parts: { capacity: number; cost: (words: number, bytes: number) => number }[] = [];
  const separator = scorer ? 0 : 1;
  if (budget.words !== undefined) parts.push({ capacity: budget.words, cost: (w) => w });
  if (budget.bytes !== undefined)
    parts.push({ capacity: budget.bytes + separator, cost: (_, b) => b + separator });
  if (budget.sentences !== undefined) parts.push({ capacity: budget.sentences, cost: () => 1 });
  if (parts.length === 0) parts.push({ capacity: Number.POSITIVE_INFINITY, cost: (w) => w });
  return {
    capacity: parts.map((p) => p.capacity),
    cost: (words, bytes) => parts.map((p) => p.cost(words, bytes)),
  };
}
