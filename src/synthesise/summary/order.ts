import type { Candidate } from './candidates.js';

/**
 * Orders summary sentences to read as a report: earlier-published articles
 * first (events unfold in time), and within the same date, sentences that lead
 * their article before those that come late in theirs.
 */
export function orderForReading(
  chosen: readonly Candidate[],
  articleOrder: ReadonlyMap<string, number>,
): Candidate[] {
  return [...chosen].sort((a, b) => {
    const da = a.article.published ?? '';
    const db = b.article.published ?? '';
    if (da !== db && da !== '' && db !== '') return da < db ? -1 : 1;
    if (Math.abs(a.position - b.position) > 1e-9) return a.position - b.position;
    return (articleOrder.get(a.article.id) ?? 0) - (articleOrder.get(b.article.id) ?? 0);
  });
}
