/**
 * Filling a budget with sentences taken in a fixed order: what the baselines
 * do, with the same budget rules as the summarizer (`SummaryBudget`, and an
 * optional overflowing last sentence for ROUGE's own truncation).
 */
import { byteLength, countWords } from '../../analyse/tokens.js';
import type { SummaryBudget } from '../../types.js';

/**
 * Takes sentences in order while they fit. With `overflow`, sentences are
 * taken until the word or byte budget is reached, the last one running over;
 * without it, a sentence that does not fit is skipped and later, shorter ones
 * may still be taken.
 */
export function fillBudget(sentences: Iterable<string>, budget: SummaryBudget, overflow: boolean): string[] {
  const out: string[] = [];
  let words = 0;
  let bytes = 0;
  for (const sentence of sentences) {
    if (budget.sentences !== undefined && out.length >= budget.sentences) break;
    const w = countWords(sentence);
    const b = byteLength(sentence) + (out.length > 0 ? 1 : 0);
    if (overflow) {
      const full =
        (budget.words !== undefined && words >= budget.words) ||
        (budget.bytes !== undefined && bytes >= budget.bytes);
      if (full) break;
    } else if (
      (budget.words !== undefined && words + w > budget.words) ||
      (budget.bytes !== undefined && bytes + b > budget.bytes)
    ) {
      continue;
    }
    out.push(sentence);
    words += w;
    bytes += b;
  }
  return out;
}
