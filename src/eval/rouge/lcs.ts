/**
 * Summary-level ROUGE-L as ROUGE-1.5.5 computes it (`lcs`, `lcs_inner`,
 * `markLCS`): for each reference sentence, the union of the tokens on one LCS
 * with every candidate sentence, then clipped by unigram counts so a token is
 * never credited more often than it occurs in either summary.
 */

/** Reference tokens on an LCS with the candidate, and the reference length in tokens. */
export interface LcsOverlap {
  hits: number;
  referenceLength: number;
}

// One DP table reused across calls; grown when a longer pair arrives.
let table = new Int32Array(1024);

/**
 * Marks in `mask` the reference positions on the LCS of `reference` and
 * `candidate` that the script's backtrace picks: diagonal on a match, else up
 * when the upper cell is at least the left one. Which LCS is picked matters,
 * because the union and the clipping that follow depend on it.
 */
function markLcs(reference: readonly number[], candidate: readonly number[], mask: Uint8Array): void {
  const m = reference.length;
  const n = candidate.length;
  if (m === 0 || n === 0) return;
  const width = n + 1;
  const size = (m + 1) * width;
  if (table.length < size) table = new Int32Array(Math.max(size, table.length * 2));
  const c = table;
  c.fill(0, 0, size);
  for (let i = 1; i <= m; i++) {
    const token = reference[i - 1];
    const row = i * width;
    const up = row - width;
    for (let j = 1; j <= n; j++) {
      if (token === candidate[j - 1]) c[row + j] = c[up + j - 1]! + 1;
      else {
        const above = c[up + j]!;
        const left = c[row + j - 1]!;
        c[row + j] = Math.max(above, left);
      }
    }
  }
  let i = m;
  let j = n;
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      i--;
      j--;
      mask[i] = 1;
    } else if (c[(i - 1) * width + j]! >= c[i * width + j - 1]!) i--;
    else j--;
  }
}

/**
 * ROUGE-L overlap of one reference with the candidate. The unigram counts are
 * those of the length-limited texts and are not modified.
 */
export function unionLcs(
  reference: readonly (readonly number[])[],
  candidate: readonly (readonly number[])[],
  referenceUnigrams: ReadonlyMap<number, number>,
  candidateUnigrams: ReadonlyMap<number, number>,
): LcsOverlap {
  const referenceLeft = new Map(referenceUnigrams);
  const candidateLeft = new Map(candidateUnigrams);
  let hits = 0;
  let referenceLength = 0;
  for (const sentence of reference) {
    referenceLength += sentence.length;
    const mask = new Uint8Array(sentence.length);
    for (const unit of candidate) markLcs(sentence, unit, mask);
    for (let k = 0; k < sentence.length; k++) {
      if (mask[k] === 0) continue;
      const token = sentence[k]!;
      const inReference = referenceLeft.get(token) ?? 0;
      const inCandidate = candidateLeft.get(token) ?? 0;
      if (inReference > 0 && inCandidate > 0) {
        hits++;
        referenceLeft.set(token, inReference - 1);
        candidateLeft.set(token, inCandidate - 1);
      }
    }
  }
  return { hits, referenceLength };
}
