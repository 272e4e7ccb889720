/**
 * Holidays news dates things by: fixed days ("Christmas", "Halloween") and
 * the US ones that move ("Thanksgiving" is the fourth Thursday of
 * November). A holiday without a year is the latest one on or before the
 * reference date, or the next one when the text announces.
 */
import { isoDay } from '../calendar.js';
import { tenseAt } from '../tense.js';
import { rule, type TimexRule } from './rule.js';

/** The nth weekday (0 = Sunday) of a month, or the last one for n = -1. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1, 12));
    const offset = (weekday - first.getUTCDay() + 7) % 7;
    return new Date(Date.UTC(year, month - 1, 1 + offset + 7 * (n - 1), 12));
  }
  const last = new Date(Date.UTC(year, month, 0, 12));
  const back = (last.getUTCDay() - weekday + 7) % 7;
  return new Date(Date.UTC(year, month - 1, last.getUTCDate() - back, 12));
}

const HOLIDAYS: Record<string, (year: number) => Date> = {
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  christmas: (y) => new Date(Date.UTC(y, 11, 25, 12)),
  'christmas eve': (y) => new Date(Date.UTC(y, 11, 24, 12)),
  "new year's day": (y) => new Date(Date.UTC(y, 0, 1, 12)),
  "new year's eve": (y) => new Date(Date.UTC(y, 11, 31, 12)),
  'independence day': (y) => new Date(Date.UTC(y, 6, 4, 12)),
  halloween: (y) => new Date(Date.UTC(y, 9, 31, 12)),
  "valentine's day": (y) => new Date(Date.UTC(y, 1, 14, 12)),
  'veterans day': (y) => new Date(Date.UTC(y, 10, 11, 12)),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  // US general elections: the Tuesday after the first Monday of November.
  'election day': (y) => new Date(nthWeekday(y, 11, 1, 1).getTime() + 86_400_000),
};

/** Holiday names as written, with an optional "Day" and year. */
const PATTERN = String.raw`\b(?:(last|next|this)\s+)?(thanksgiving|christmas\s+eve|christmas|new\s+year['’]s\s+(?:day|eve)|independence\s+day|halloween|valentine['’]s\s+day|veterans\s+day|labor\s+day|memorial\s+day|election\s+day)(?:\s+day)?(?:,?\s+((?:19|20)\d\d))?\b`;

/** The holiday rule. */
export const HOLIDAY_RULE: TimexRule = rule('holiday', PATTERN, (m, ctx) => {
  const name = m[2]!.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");
  const at = HOLIDAYS[name];
  if (!at) return null;
  if (m[3]) return { type: 'DATE', value: isoDay(at(Number(m[3]))), certain: true };
  const which = m[1]?.toLowerCase();
  const year = ctx.dct.getUTCFullYear();
  const index = ctx.sentence.indexOf(m[0]);
  const future =
    which === 'next' || (which !== 'last' && tenseAt(ctx.sentence, index, index + m[0].length) === 'future');
  let day = at(year);
  if (future && day < ctx.dct) day = at(year + 1);
  if (!future && day > ctx.dct) day = at(year - 1);
  return { type: 'DATE', value: isoDay(day) };
});
