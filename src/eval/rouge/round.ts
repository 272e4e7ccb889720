/**
 * ROUGE-1.5.5 rounds every per-summary score, average and interval bound with
 * `sprintf("%7.5f")`, and later steps compute on the rounded values (F from
 * rounded R and P, averages of rounded scores). Matching its figures means
 * rounding the same way.
 */

/**
 * Rounds like C's printf `%.Nf`: to the nearest on the exact binary value, and
 * an exact tie (e.g. 0.015625 to 5 places) to the even digit. `toFixed` alone
 * breaks such ties upwards.
 */
export function perlRound(x: number, digits = 5): number {
  const fixed = x.toFixed(digits);
  // 30 more places show any double that is near but not on a tie.
  const exact = Math.abs(x).toFixed(digits + 30);
  const tail = exact.slice(exact.indexOf('.') + 1 + digits);
  const isTie = tail[0] === '5' && /^0*$/.test(tail.slice(1));
  const lastDigit = Number(fixed[fixed.length - 1]);
  if (!isTie || lastDigit % 2 === 0) return Number(fixed);
  const step = 10 ** -digits;
  return Number((x > 0 ? Number(fixed) - step : Number(fixed) + step).toFixed(digits));
}
