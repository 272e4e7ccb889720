/**
 * Averages and confidence intervals over clusters as ROUGE-1.5.5.pl reports
 * them (`computeAverages`, `bootstrapResampling`).
 *
 * The script's printed "Average" is not the plain mean of the per-cluster
 * scores: it is the mean of its bootstrap sample means, and sample i draws with
 * Perl's `srand(i)` then `int(rand(n))`. Perl's rand is drand48, so replaying
 * that generator gives the script's exact figures, and the same figures on
 * every run.
 */
import { perlRound } from './round.js';

/** Bootstrap settings: `-r samples` and `-c confidence`. */
export interface BootstrapOptions {
  /** Resamples drawn (`-r`); default 1000. */
  readonly samples?: number;
  /** Confidence level in percent (`-c`); default 95. */
  readonly confidence?: number;
}

/** A score over many clusters, rounded to 5 places as the script prints it. */
export interface Estimate {
  /** What ROUGE-1.5.5 prints as the average: the mean of the bootstrap sample means. */
  readonly average: number;
  /** The plain mean of the per-cluster scores. */
  readonly mean: number;
  /** Lower bound of the confidence interval. */
  readonly low: number;
  /** Upper bound of the confidence interval. */
  readonly high: number;
}

const MULTIPLIER = 0x5deece66dn;
const INCREMENT = 0xbn;
const MASK = (1n << 48n) - 1n;

/** Perl's `srand(seed)` / `rand()`: drand48 seeded as `(seed << 16) + 0x330e`. */
export class PerlRandom {
  private state: bigint;

  constructor(seed: number) {
    this.state = ((BigInt(seed >>> 0) << 16n) + 0x330en) & MASK;
  }

  /** The next value in [0, 1), as `rand()` returns it. */
  next(): number {
    this.state = (this.state * MULTIPLIER + INCREMENT) & MASK;
    return Number(this.state) / 2 ** 48;
  }
}

const indexCache = new Map<string, Int32Array>();

/** The instance indices the script draws: row i (n entries) is sample i. Cached, since every metric and system with n clusters draws the same. */
export function resampleIndices(n: number, samples: number): Int32Array {
  const key = `${n}/${samples}`;
  let indices = indexCache.get(key);
  if (!indices) {
    indices = new Int32Array(n * samples);
    for (let s = 0; s < samples; s++) {
      const random = new PerlRandom(s);
      for (let k = 0; k < n; k++) indices[s * n + k] = Math.floor(n * random.next());
    }
    indexCache.set(key, indices);
  }
  return indices;
}

/**
 * Average and confidence interval of per-cluster scores. `values` must be in
 * the script's instance order (evaluation ids sorted as strings), since the
 * draws pick instances by position.
 */
export function estimate(values: readonly number[], options: BootstrapOptions = {}): Estimate {
  const samples = options.samples ?? 1000;
  const confidence = options.confidence ?? 95;
  if (!Number.isInteger(samples) || samples < 1) {
    throw new RangeError(`bootstrap samples must be a whole number above 0, got ${samples}`);
  }
  if (!(confidence >= 0 && confidence <= 100)) {
    throw new RangeError(`confidence must be between 0 and 100, got ${confidence}`);
  }
  const n = values.length;
  if (n === 0) return { average: 0, mean: 0, low: 0, high: 0 };
  const indices = resampleIndices(n, samples);
  const means: number[] = [];
  for (let s = 0; s < samples; s++) {
    let sum = values[indices[s * n]!]!;
    for (let k = 1; k < n; k++) sum += values[indices[s * n + k]!]!;
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  let total = 0;
  for (const m of means) total += m;

  // The script's interpolation; an index past the end reads Perl's undef, i.e. 0.
  const at = (i: number): number => means[i] ?? 0;
  const delta = (samples * ((100 - confidence) / 2)) / 100;
  const upper = Math.trunc(samples - delta - 1);
  const lower = Math.trunc(delta);
  const ratio = samples - delta - 1 - upper;
  return {
    average: perlRound(total / samples),
    mean: perlRound(values.reduce((a, b) => a + b, 0) / n),
    low: perlRound(at(lower) + (at(lower + 1) - at(lower)) * ratio),
    high: perlRound(at(upper) + (at(upper + 1) - at(upper)) * ratio),
  };
}
