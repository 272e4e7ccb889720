import type { Swap } from '../types.js';

/**
 * The word substitutions that turn sentence `a` into sentence `b`, from a
 * word-level diff: runs replaced one for another ("Russia" -> "Russian
 * Federation", "international" -> "worldwide"). Insertions and deletions
 * alone are not swaps: an outlet trimming a clause is editing, not spinning.
 * Takes the sentences' word lists (`Sentence.words`).
 */
export function wordSwaps(a: readonly string[], b: readonly string[]): Swap[] {
  // Most shared sentences are verbatim or nearly: the common ends need no table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length === 0 || y.length === 0) return [];
  const lcs = lcsTable(x, y);
  const width = y.length + 1;
  const swaps: Swap[] = [];
  let i = 0;
  let j = 0;
  let gapX: string[] = [];
  let gapY: string[] = [];
  const flush = () => {
    if (gapX.length > 0 && gapY.length > 0 && gapX.length <= 3 && gapY.length <= 3) {
      swaps.push([gapX.join(' '), gapY.join(' ')]);
    }
    gapX = [];
    gapY = [];
  };
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      flush();
      i++;
      j++;
    } else if (j >= y.length || (i < x.length && lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      gapX.push(x[i++]!);
    } else {
      gapY.push(y[j++]!);
    }
  }
  flush();
  return swaps;
}

/**
 * Longest-common-subsequence lengths of the suffixes of `x` and `y`: entry
 * `i * (y.length + 1) + j` for `x.slice(i)` and `y.slice(j)`. One flat
 * array, where a row each would be an allocation each.
 */
function lcsTable(x: readonly string[], y: readonly string[]): Int32Array {
  const width = y.length + 1;
  const t = new Int32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      const at = i * width + j;
      t[at] = x[i] === y[j] ? t[at + width + 1]! + 1 : Math.max(t[at + width]!, t[at + 1]!);
    }
  }
  return t;
}
