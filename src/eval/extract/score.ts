/**
 * The article-extraction-benchmark score (scrapinghub/article-extraction-benchmark,
 * evaluate.py), reproduced so our figures compare with its published table:
 *
 *  - tokens are runs of word characters (Python's Unicode `\w+`: letters,
 *    digits, underscore), case kept, punctuation and whitespace dropped, so
 *    paragraph breaks never matter;
 *  - shingles are token 4-grams counted as a multiset; a text of fewer than
 *    four tokens is one shingle of all of them; an empty text has none;
 *  - per page, true/false positives and false negatives are the clipped
 *    multiset overlaps, normalised to sum to 1 so long pages weigh no more
 *    than short ones;
 *  - precision is the mean of per-page precisions over pages that predicted
 *    something (tp + fp > 0), recall the mean over pages whose truth is not
 *    empty (tp + fn > 0), and F1 the harmonic mean of those two means (not a
 *    mean of per-page F1s).
 */

/** Normalised shingle counts of one page: they sum to 1 unless both texts are empty. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Corpus-level scores as the benchmark reports them. */
export interface CorpusScores {
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose token sequence equals the truth's exactly. */
  accuracy: number;
}

// Python's `\w` for str patterns: alphanumerics (letters and all numeric categories) plus the underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;
// Joins a shingle's tokens into one key; it cannot occur inside a token.
const SEPARATOR = ' ';

/** The benchmark's tokens of `text`. */
export function benchmarkTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The multiset of token 4-gram shingles of `text`, as key -> count. */
export function shingles(text: string, n = SHINGLE): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  // Python's range(max(1, len - n + 1)): a short text still yields one (shorter) shingle.
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join(SEPARATOR);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The normalised shingle overlap of a predicted body with the true one. */
export function pageCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, trueCount] of t) {
    const predCount = p.get(key) ?? 0;
    tp += Math.min(trueCount, predCount);
    fn += Math.max(0, trueCount - predCount);
  }
  for (const [key, predCount] of p) fp += Math.max(0, predCount - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Precision of one page, with the benchmark's conventions for empty texts. */
export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Recall of one page, with the benchmark's conventions for empty texts. */
export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** F1 of one page, for ranking the worst pages (the corpus F1 is not a mean of these). */
export function pageF1(counts: PageCounts): number {
  const p = pagePrecision(counts);
  const r = pageRecall(counts);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** True when the two texts have the same benchmark tokens in the same order. */
export function sameTokens(truth: string, predicted: string): boolean {
  const a = benchmarkTokens(truth);
  const b = benchmarkTokens(predicted);
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

/** Corpus scores from per-page counts; `exact` flags pages whose tokens matched exactly. */
export function corpusScores(pages: readonly PageCounts[], exact: readonly boolean[] = []): CorpusScores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = exact.length === 0 ? 0 : exact.filter(Boolean).length / exact.length;
  return { precision, recall, f1, accuracy };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
