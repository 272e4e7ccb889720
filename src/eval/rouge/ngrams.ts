/**
 * N-gram and skip-bigram bags and their clipped overlap, as ROUGE-1.5.5's
 * `createNGram`, `createSkipBigram` and `ngramScore` compute them.
 */

/** A multiset of grams keyed by number, with its total size (the script's `_cn_`). */
export interface GramBag {
  readonly counts: ReadonlyMap<number, number>;
  readonly total: number;
}

// Token ids stay far below 2^26, so a pair key (first + 1) * 2^26 + second is
// exact in a double and never equals a unigram key.
const PAIR_BASE = 2 ** 26;

function pairKey(first: number, second: number): number {
  return (first + 1) * PAIR_BASE + second;
}

function add(counts: Map<number, number>, key: number): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Contiguous n-grams (n = 1 or 2) of a token sequence; n-grams cross sentence boundaries, as in the script. */
export function ngramBag(ids: readonly number[], n: 1 | 2): GramBag {
  const counts = new Map<number, number>();
  if (n === 1) {
    for (const id of ids) add(counts, id);
    return { counts, total: ids.length };
  }
  for (let i = 0; i + 1 < ids.length; i++) add(counts, pairKey(ids[i]!, ids[i + 1]!));
  return { counts, total: Math.max(0, ids.length - 1) };
}

/**
 * Skip bigrams with at most `maxGap` tokens between the pair, plus unigrams
 * (`-2 maxGap -u`). The script's loop stops before the last token, so the last
 * token never counts as a unigram; reproduced on purpose.
 */
export function skipBigramBag(ids: readonly number[], maxGap: number): GramBag {
  const counts = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < ids.length - 1; i++) {
    add(counts, ids[i]!);
    total++;
    const last = maxGap < 0 ? ids.length - 1 : Math.min(ids.length - 1, i + maxGap + 1);
    for (let j = i + 1; j <= last; j++) {
      add(counts, pairKey(ids[i]!, ids[j]!));
      total++;
    }
  }
  return { counts, total };
}

/** Grams shared by a reference and a candidate, each counted at most as often as in either. */
export function clippedHits(reference: GramBag, candidate: GramBag): number {
  let hits = 0;
  for (const [key, count] of reference.counts) {
    const other = candidate.counts.get(key);
    if (other !== undefined) hits += Math.min(count, other);
  }
  return hits;
}
