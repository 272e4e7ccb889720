/**
 * Rules for calendar periods chrono does not read: years alone ("1990",
 * "fiscal 1989"), decades and centuries, quarters and halves (also "the
 * quarter" of a quarterly report), seasons, and periods relative to the
 * reference date ("last year", "earlier this month", "a year ago").
 */
import { addDays, addMonths, isoDay, isoMonth, isoWeek, parseDay, quarterOf } from '../calendar.js';
import { tenseAt } from '../tense.js';
import { type Resolved, rule, type TimexContext, type TimexRule, yearOf } from './rule.js';
import { NUMBER, numberValue, ORDINAL, SEASON } from './words.js';

const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
/** Things counted in thousands: "1990 employees" is a number, not a year. */
const COUNTED = String.raw`(?:employees|people|workers|jobs|troops|soldiers|shares|units|members|votes|cases|deaths|homes|cars|students|residents|refugees|protesters|stores|copies|tons|miles|feet|acres)\b`;

/** The quarter `n` quarters after (year, q). */
function shiftQuarter(year: number, q: number, n: number): { year: number; q: number } {
  const index = year * 4 + (q - 1) + n;
  return { year: Math.floor(index / 4), q: (index % 4) + 1 };
}

/** A quarter's value; `remember` when it is the quarter the text now speaks of (not a year-ago comparison). */
function quarterValue(at: { year: number; q: number }, remember = true): Resolved {
  return remember
    ? { type: 'DATE', value: `${at.year}-Q${at.q}`, quarter: at }
    : { type: 'DATE', value: `${at.year}-Q${at.q}` };
}

/** The quarter a report means by "the third quarter" with no year: the latest one that has begun. */
function namedQuarter(q: number, year: string | undefined, ctx: TimexContext): Resolved {
  if (year) return quarterValue({ year: yearOf(year, ctx), q });
  const y = ctx.dct.getUTCFullYear();
  return quarterValue({ year: q > quarterOf(ctx.dct) ? y - 1 : y, q });
}

/** "the quarter", "the latest quarter", "the year-earlier period": relative to the quarter being reported. */
function relativeQuarter(word: string | undefined, ctx: TimexContext): Resolved {
  const current = { year: ctx.dct.getUTCFullYear(), q: quarterOf(ctx.dct) };
  const previous = shiftQuarter(current.year, current.q, -1);
  // The quarter reported on is one that has ended: the one the text named, if it has, else the last one.
  const named = ctx.quarter;
  const ended = named !== null && named.year * 4 + named.q < current.year * 4 + current.q;
  const reported = ended ? named : previous;
  const w = (word ?? '').toLowerCase();
  if (/year-(?:ago|earlier)|comparable|same|year ago/u.test(w))
    return quarterValue(shiftQuarter(reported.year, reported.q, -4), false);
  if (w === 'previous' || w === 'prior' || w === 'last' || w === 'past')
    return quarterValue(shiftQuarter(current.year, current.q, -1));
  if (w === 'current' || w === 'this') return quarterValue(current);
  return quarterValue(reported);
}

/** A year back, at a quarter's grain when quarters are being compared ("a year earlier" in earnings news). */
function yearBack(years: number, ctx: TimexContext): Resolved {
  if (ctx.quarter && /\b(?:quarter|period|three\s+months)\b/iu.test(ctx.window))
    return quarterValue({ year: ctx.quarter.year - years, q: ctx.quarter.q }, false);
  return { type: 'DATE', value: String(ctx.dct.getUTCFullYear() - years) };
}

/** The period `n` units away from the reference date, at the unit's grain. */
export function unitsAway(n: number, unit: string, ctx: TimexContext): Resolved | null {
  const u = unit.toLowerCase().replace(/s$/u, '');
  const d = ctx.dct;
  // "last year" in a sentence comparing quarters means last year's same quarter.
  if (u === 'year' && n === -1 && /\b(?:quarter|period)\b/iu.test(ctx.window)) return yearBack(1, ctx);
  if (u === 'year') return { type: 'DATE', value: String(d.getUTCFullYear() + n) };
  if (u === 'month') return { type: 'DATE', value: isoMonth(addMonths(d, n)) };
  if (u === 'week') return { type: 'DATE', value: isoWeek(addDays(d, 7 * n)) };
  if (u === 'day') return { type: 'DATE', value: isoDay(addDays(d, n)) };
  if (u === 'decade') return { type: 'DATE', value: String(Math.floor((d.getUTCFullYear() + 10 * n) / 10)) };
  if (u === 'quarter') {
    const at = shiftQuarter(d.getUTCFullYear(), quarterOf(d), n);
    return quarterValue(at);
  }
  return null;
}

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);

const SIGN: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
};

/** Rules for calendar periods, in priority order. */
export const CALENDAR_RULES: readonly TimexRule[] = [
  rule('decade', String.raw`\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(1\d|20)(\d)0'?s\b`, (m) => ({
    type: 'DATE',
    value: `${m[1]}${m[2]}`,
  })),
  rule('decade-short', String.raw`\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?'(\d)0s\b`, (m) => ({
    type: 'DATE',
    value: `19${m[1]}`,
  })),
  rule('century', String.raw`\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century\b`, (m) => ({
    type: 'DATE',
    value: String(Number(m[1]) - 1).padStart(2, '0'),
  })),
  rule(
    'quarter',
    String.raw`\b(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?:(${YEAR})\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(${YEAR}))?\b`,
    (m, ctx) => namedQuarter(ORDINAL[m[2]!.toLowerCase()]!, m[1] ?? m[3], ctx),
  ),
  rule(
    'quarter-relative',
    String.raw`\b(?:the\s+)?(latest|current|most\s+recent|recent|past|last|previous|prior|year-ago|year-earlier|year\s+ago|comparable|same|this)\s+(?:fiscal\s+)?(?:quarter|period)\b`,
    (m, ctx) => relativeQuarter(m[1], ctx),
  ),
  rule('quarter-bare', String.raw`\bthe\s+(?:fiscal\s+)?quarter\b(?!\s+(?:of|century))`, (_m, ctx) =>
    relativeQuarter(undefined, ctx),
  ),
  rule('half', String.raw`\b(?:the\s+)?(first|second|last)\s+half(?:\s+of\s+(${YEAR}))?\b`, (m, ctx) => ({
    type: 'DATE',
    value: `${yearOf(m[2], ctx)}-H${m[1]!.toLowerCase() === 'first' ? 1 : 2}`,
  })),
  rule(
    'season',
    String.raw`\b(?:(this|last|next|the|early|late|this\s+past|in)\s+)(spring|summer|fall|autumn|winter)(?:\s+of\s+(${YEAR}))?\b`,
    (m, ctx) => {
      const code = SEASON[m[2]!.toLowerCase()]!;
      const mod = (m[1] ?? '').toLowerCase();
      let year = yearOf(m[3], ctx);
      if (!m[3] && mod === 'last') year -= 1;
      if (!m[3] && mod === 'next') year += 1;
      return { type: 'DATE', value: `${year}-${code}` };
    },
  ),
  rule(
    'year-fiscal',
    String.raw`\b(?:(?:fiscal|calendar)\s+(?:year\s+)?|the\s+year\s+|FY\s?)(${YEAR})\b`,
    (m) => ({ type: 'DATE', value: m[1]!, certain: true }),
  ),
  rule(
    'year',
    String.raw`(?<![$£€\d.,/]|\d-)\b(${YEAR})\b(?![\d,.]\d|\s*(?:%|percent|per\s+cent)|-\d|\s+${COUNTED})`,
    (m) => ({ type: 'DATE', value: m[1]!, certain: true }),
  ),
  rule(
    'relative-unit',
    String.raw`\b(?:(?:earlier|later|early|late)\s+)?(?:the\s+)?(last|this|next|past|coming|previous|current)\s+(year|month|week|weekend|quarter|decade)\b`,
    (m, ctx) => {
      const unit = m[2]!.toLowerCase();
      const n = SIGN[m[1]!.toLowerCase()]!;
      if (unit === 'weekend') return { type: 'DATE', value: `${isoWeek(addDays(ctx.dct, 7 * n))}-WE` };
      return unitsAway(n, unit, ctx);
    },
  ),
  rule(
    'ago',
    String.raw`\b(?:(?:about|nearly|almost|more\s+than|less\s+than|over|some|roughly|around|at\s+least|just)\s+)?(${NUMBER})\s+(year|month|week|day|decade)s?\s+(ago|earlier|later|from\s+now|hence)\b`,
    (m, ctx) => {
      const n = numberValue(m[1]!);
      const unit = m[2]!.toLowerCase();
      // "a day earlier" is a length of time in TimeBank; "a year earlier" a date.
      // "several years ago": some time back, no telling when.
      if (n === null) return /ago/iu.test(m[3]!) ? { type: 'DATE', value: 'PAST_REF' } : null;
      if (/earlier|later/iu.test(m[3]!) && unit !== 'year') return null;
      const back = /ago|earlier/iu.test(m[3]!);
      if (back && unit === 'year' && n <= 2) return yearBack(n, ctx);
      return unitsAway(back ? -n : n, unit, ctx);
    },
  ),
  rule('year-earlier', String.raw`\byear-(?:earlier|ago)\b`, (_m, ctx) => yearBack(1, ctx)),
  rule('weekend', String.raw`\b(?:the|this\s+past|over\s+the)\s+weekend\b`, (m, ctx) => {
    // A report's weekend is the last one; on a Saturday or Sunday it is the present one.
    const weekday = ctx.dct.getUTCDay();
    const index = ctx.sentence.indexOf(m[0]);
    const future = tenseAt(ctx.sentence, Math.max(0, index), Math.max(0, index) + m[0].length) === 'future';
    const back = weekday === 0 || weekday === 6 || future ? 0 : -7;
    return { type: 'DATE', value: `${isoWeek(addDays(ctx.dct, back))}-WE` };
  }),
  rule(
    'year-2000s',
    String.raw`\b(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(one|two|three|four|five|six|seven|eight|nine|ten))?\b`,
    (m) => ({
      type: 'DATE',
      value: String(2000 + (m[1] ? (numberValue(m[1]) ?? 0) : 0)),
      certain: true,
    }),
  ),
  rule(
    'day-anaphora',
    String.raw`\b(?:(?:earlier|later)\s+)?(?:(that\s+(?:same\s+)?day)|the\s+(day\s+before|previous\s+day|next\s+day|following\s+day|day\s+after))\b`,
    (m, ctx) => {
      // Narrative time: the day the text last named, not the publication day.
      const anchor = ctx.day === null ? ctx.dct : (parseDay(ctx.day) ?? ctx.dct);
      const which = (m[2] ?? '').toLowerCase();
      const shift = /before|previous/u.test(which) ? -1 : /next|following|after/u.test(which) ? 1 : 0;
      return { type: 'DATE', value: isoDay(addDays(anchor, shift)) };
    },
  ),
  rule('full-year', String.raw`\bthe\s+full\s+year\b`, (_m, ctx) => ({
    type: 'DATE',
    value: String(ctx.dct.getUTCFullYear()),
  })),
  rule(
    'spelled-year',
    String.raw`\b(nineteen|twenty)\s+(?:hundred\s+(?:and\s+)?)?((?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b`,
    (m) => {
      const century = m[1]!.toLowerCase() === 'nineteen' ? 19 : 20;
      const rest = numberValue(m[2]!.replace(/\s+/gu, '-'));
      return rest === null ? null : { type: 'DATE', value: String(century * 100 + rest), certain: true };
    },
  ),
  rule(
    'month-relative-year',
    String.raw`\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(last|this|next)\s+year\b`,
    (m, ctx) => {
      const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
      const year = ctx.dct.getUTCFullYear() + SIGN[m[2]!.toLowerCase()]!;
      return { type: 'DATE', value: `${year}-${String(month).padStart(2, '0')}` };
    },
  ),
];
