/**
 * Rules for calendar periods chrono does not read: years alone ("1990",
 * "fiscal 1989"), decades and centuries, quarters and halves (in
 * `quarters.ts`), seasons, and periods relative to the reference date
 * ("last year", "earlier this month", "a year ago").
 */
import { addDays, addMonths, isoDay, isoMonth, isoWeek, parseDay, quarterOf } from '../calendar.js';
import { yearOfMonth } from '../refiner.js';
import { tenseAt } from '../tense.js';
import { QUARTER_RULES, quarterValue, shiftQuarter, YEAR, yearBack } from './quarters.js';
import { type Resolved, rule, type TimexContext, type TimexRule, yearOf } from './rule.js';
import { duration, MONTH, monthNumber, NUMBER, numberValue, SEASON } from './words.js';

/** Things counted in thousands: "1990 employees" is a number, not a year. */
const COUNTED = String.raw`(?:employees|people|workers|jobs|troops|soldiers|shares|units|members|votes|cases|deaths|homes|cars|students|residents|refugees|protesters|stores|copies|tons|miles|feet|acres)\b`;

/** The period `n` units away from the reference date, at the unit's grain. */
export function unitsAway(n: number, unit: string, ctx: TimexContext): Resolved | null {
  const u = unit.toLowerCase().replace(/s$/u, '');
  const d = ctx.dct;
  // "last year" in a sentence comparing quarters means last year's same quarter; in one that names no quarter,
  // the year, even in a quarterly report ("Last year, the company earned...").
  if (u === 'year' && n === -1 && /\b(?:quarter|period)\b/iu.test(ctx.sentence)) return yearBack(1, ctx);
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

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

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
  ...QUARTER_RULES,
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
    // Narrative time, as "the day before" is: the year or month the text last named, not the publication's.
    'period-anaphora',
    String.raw`\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that\s+(?:same\s+)?(year|month)|the\s+(following|previous|prior)\s+(year|month)|the\s+(year|month)\s+(before|after))\b`,
    (m, ctx) => {
      const unit = (m[1] ?? m[3] ?? m[4])!.toLowerCase();
      const which = (m[2] ?? m[5] ?? '').toLowerCase();
      const shift = /following|after/u.test(which) ? 1 : /previous|prior|before/u.test(which) ? -1 : 0;
      if (unit === 'year' && ctx.year !== null) return { type: 'DATE', value: String(ctx.year + shift) };
      if (unit === 'month' && ctx.month !== null) {
        const at = parseDay(`${ctx.month}-01`);
        if (at) return { type: 'DATE', value: isoMonth(addMonths(at, shift)) };
      }
      return unitsAway(shift, unit, ctx);
    },
  ),
  rule(
    'relative-unit',
    String.raw`\b(?:(?:earlier|later|early|late)\s+)?(?:the\s+)?(last|this|next|past|coming|previous|current)\s+(?:fiscal\s+)?(year|month|week|weekend|quarter|decade)\b`,
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
      const fromEvent = /earlier|later/iu.test(m[3]!);
      // "several years ago": some time back, no telling when.
      if (n === null && !fromEvent) return { type: 'DATE', value: 'PAST_REF' };
      // "three days later" is a length of time from an event in TimeBank; "a year earlier" (a comparison) a date.
      if (n === null || (fromEvent && unit !== 'year')) return { type: 'DURATION', value: duration(n, unit) };
      const back = /ago|earlier/iu.test(m[3]!);
      if (back && unit === 'year' && n <= 2) return yearBack(n, ctx);
      return unitsAway(back ? -n : n, unit, ctx);
    },
  ),
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
    // A month or season may come with the year spelled out, as broadcasts write it: "January nineteen ninety-seven".
    'spelled-year',
    String.raw`\b(?:${MONTH}\s+(?:of\s+)?|(?:the\s+)?(spring|summer|fall|autumn|winter)\s+of\s+)?(nineteen|twenty)\s+(?:hundred\s+(?:and\s+)?)?((?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b`,
    (m) => {
      const century = m[3]!.toLowerCase() === 'nineteen' ? 19 : 20;
      const rest = numberValue(m[4]!.replace(/\s+/gu, '-'));
      if (rest === null) return null;
      const year = String(century * 100 + rest);
      if (m[1]) return { type: 'DATE', value: `${year}-${pad2(monthNumber(m[1]))}`, certain: true };
      if (m[2]) return { type: 'DATE', value: `${year}-${SEASON[m[2].toLowerCase()]!}`, certain: true };
      return { type: 'DATE', value: year, certain: true };
    },
  ),
  rule('month-last-next', String.raw`\b(last|next)\s+${MONTH}\b(?![\s,]*\d)`, (m, ctx) => {
    // "last May" is the latest May before this month, "next May" the first after it (chrono reads neither).
    const month = monthNumber(m[2]!);
    const current = ctx.dct.getUTCMonth() + 1;
    let year = ctx.dct.getUTCFullYear();
    if (m[1]!.toLowerCase() === 'last' && month >= current) year -= 1;
    if (m[1]!.toLowerCase() === 'next' && month <= current) year += 1;
    return { type: 'DATE', value: `${year}-${pad2(month)}` };
  }),
  rule(
    // TimeML gives "the end of November" the month's value (chrono reads its last day) and "the end of this
    // week" the week's.
    'period-part',
    String.raw`\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle)\s+of\s+(?:(?:(this|last|next|the\s+current|the\s+coming)|the)\s+(year|month|week|quarter)\b|${MONTH}\b(?![\s,]*\d))`,
    (m, ctx) => {
      if (m[2]) return unitsAway(m[1] ? SIGN[m[1].toLowerCase().replace(/^the\s+/u, '')]! : 0, m[2], ctx);
      const month = monthNumber(m[3]!);
      const index = Math.max(0, ctx.sentence.indexOf(m[0]));
      const future = tenseAt(ctx.sentence, index, index + m[0].length) === 'future';
      return { type: 'DATE', value: `${yearOfMonth(month, 1, ctx.dct, future)}-${pad2(month)}` };
    },
  ),
  rule('month-relative-year', String.raw`\b${MONTH}\s+(?:of\s+)?(last|this|next)\s+year\b`, (m, ctx) => {
    const month = monthNumber(m[1]!);
    const year = ctx.dct.getUTCFullYear() + SIGN[m[2]!.toLowerCase()]!;
    return { type: 'DATE', value: `${year}-${pad2(month)}` };
  }),
];
