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
import { markedTense, tenseAt } from './tense.js';

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
 * How far ahead when the sentence is marked past and the date is when something happened ("bought RJR in
 * February", "the year ended Jan. 31"): a month that has not begun cannot be; a month's slack for reports
 * written at a month's end. Deadlines ("payable Dec. 1", "by Dec. 15") stay ahead in any tense.
 */
const HAPPENED_AHEAD_DAYS = 31;
const HAPPENED_IN = /(?:^|\s)(?:in|ended)\s+$/iu;

/**
 * A month (and day) without a year: chrono takes the nearest; a report
 * does not mean one more than two months ahead, an announcement not one
 * more than two months past.
 */
function refineYear(r: ParsingResult, text: string, ref: Date, future: boolean): void {
  const month = r.start.get('month')!;
  const date = r.start.isCertain('day') ? r.start.get('day')! : 1;
  const happened =
    !future &&
    HAPPENED_IN.test(text.slice(Math.max(0, r.index - 8), r.index)) &&
    markedTense(text, r.index, r.index + r.text.length) === 'past';
  const near = r.start.get('year') ?? ref.getUTCFullYear();
  r.start.imply(
    'year',
    yearOfMonth(month, date, ref, future, near, happened ? HAPPENED_AHEAD_DAYS : AHEAD_DAYS),
  );
}

/** The year a report (or, when `future`, an announcement) dated `ref` (noon UTC) means by a month and day without one. */
export function yearOfMonth(
  month: number,
  date: number,
  ref: Date,
  future: boolean,
  near = ref.getUTCFullYear(),
  ahead = AHEAD_DAYS,
): number {
  const at = Date.UTC(near, month - 1, date, 12);
  const window = (future ? AHEAD_DAYS : ahead) * 86_400_000;
  if (!future && at > ref.getTime() + window) return near - 1;
  if (future && at < ref.getTime() - window) return near + 1;
  return near;
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
      refineYear(r, text, ref, future);
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
