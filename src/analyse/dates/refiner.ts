/**
 * The news refiner for chrono: a bare weekday ("confirmed Friday", "on
 * Thursday") in a report points to the most recent such day on or before
 * the reference date; in an announcement ("will meet Friday") to the next
 * one. chrono alone picks the nearest, which in a Wednesday report puts
 * last Friday's news two days in the future. A month without a year
 * ("in March") goes the same way.
 */
import type { ParsingResult } from 'chrono-node';
import { addDays } from './calendar.js';
import { tenseAt } from './tense.js';

/** Whether a result is a weekday alone: the weekday known, the day implied. */
function bareWeekday(r: ParsingResult): boolean {
  return (
    r.start.isCertain('weekday') &&
    !r.start.isCertain('day') &&
    !/\b(?:last|next|this|past|coming)\b/iu.test(r.text)
  );
}

/** How far ahead a year-less date may be and still be the one a report means ("in March" read in October is last March). */
const AHEAD_DAYS = 120;

/**
 * A month (and day) without a year: chrono takes the nearest; a report
 * does not mean one more than two months ahead, an announcement not one
 * more than two months past.
 */
function refineYear(r: ParsingResult, ref: Date, future: boolean): void {
  const month = r.start.get('month')!;
  const date = r.start.isCertain('day') ? r.start.get('day')! : 1;
  let y = r.start.get('year') ?? ref.getUTCFullYear();
  const at = (year: number) => Date.UTC(year, month - 1, date, 12);
  const window = AHEAD_DAYS * 86_400_000;
  if (!future && at(y) > ref.getTime() + window) y -= 1;
  if (future && at(y) < ref.getTime() - window) y += 1;
  r.start.imply('year', y);
}

/** Moves bare weekdays and year-less months to the past or the future by the tense of their sentence. */
export function refineWeekdays(text: string, reference: Date, results: ParsingResult[]): ParsingResult[] {
  const ref = new Date(
    Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate(), 12),
  );
  for (const r of results) {
    const yearless = r.start.isCertain('month') && !r.start.isCertain('year');
    if (!yearless && !bareWeekday(r)) continue;
    const future = tenseAt(text, r.index, r.index + r.text.length) === 'future';
    if (yearless) {
      refineYear(r, ref, future);
      continue;
    }
    const weekday = r.start.get('weekday')!;
    const offset = (weekday - ref.getUTCDay() + 7) % 7;
    const target = addDays(ref, future ? offset : offset === 0 ? 0 : offset - 7);
    r.start.imply('year', target.getUTCFullYear());
    r.start.imply('month', target.getUTCMonth() + 1);
    r.start.imply('day', target.getUTCDate());
  }
  return results;
}
