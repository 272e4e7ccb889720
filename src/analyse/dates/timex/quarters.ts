/**
 * Quarters and halves as earnings news writes them: "the third quarter",
 * "this year's first quarter", "the year-ago quarter", "the 1988 period",
 * and "the quarter" or "a year earlier" meaning the quarter being reported
 * (the one the text last named) or its year-ago counterpart.
 */
import { quarterOf } from '../calendar.js';
import { type Resolved, rule, type TimexContext, type TimexRule, yearOf } from './rule.js';
import { ORDINAL } from './words.js';

/** A year written in digits, as the quarter rules read it. */
export const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
const QUARTER_ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';

/** The quarter `n` quarters after (year, q). */
export function shiftQuarter(year: number, q: number, n: number): { year: number; q: number } {
  const index = year * 4 + (q - 1) + n;
  return { year: Math.floor(index / 4), q: (index % 4) + 1 };
}

/** A quarter's value; `remember` when it is the quarter the text now speaks of (not a year-ago comparison). */
export function quarterValue(at: { year: number; q: number }, remember = true): Resolved {
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
export function relativeQuarter(word: string | undefined, ctx: TimexContext): Resolved {
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

/**
 * A year back: in a report that has named the quarter it reports on, that quarter a year back ("a year
 * earlier" in earnings news), unless the sentence is on the year to date ("in the nine months").
 */
export function yearBack(years: number, ctx: TimexContext): Resolved {
  if (ctx.quarter && !/\b(?:nine|six)\s+months\b/iu.test(ctx.sentence))
    return quarterValue({ year: ctx.quarter.year - years, q: ctx.quarter.q }, false);
  return { type: 'DATE', value: String(ctx.dct.getUTCFullYear() - years) };
}

/**
 * Whether a quarter the text names becomes the one it reports on. A report names the latest quarter that has
 * ended, looks back to earlier ones ("after a flat second quarter") and ahead to ones not over ("a
 * fourth-quarter charge"); neither kind displaces the reported quarter as what "the quarter" and "a year
 * ago" refer to.
 */
export function reportedQuarter(
  named: { year: number; q: number },
  current: { year: number; q: number } | null,
  dct: Date,
): boolean {
  if (current === null) return true;
  const now = dct.getUTCFullYear() * 4 + quarterOf(dct);
  const at = named.year * 4 + named.q;
  const held = current.year * 4 + current.q;
  if (held >= now) return true;
  return at < now && at >= held;
}

const YEAR_SHIFT: Record<string, number> = { this: 0, last: -1, next: 1 };

/** Rules for quarters and halves, in priority order. */
export const QUARTER_RULES: readonly TimexRule[] = [
  rule(
    'quarter',
    String.raw`\b(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?:(${YEAR})\s+)?${QUARTER_ORDINAL}[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+of\s+(?:fiscal\s+)?(${YEAR}))?\b`,
    (m, ctx) => namedQuarter(ORDINAL[m[2]!.toLowerCase()]!, m[1] ?? m[3], ctx),
  ),
  rule(
    // One expression, not a year and a quarter: "this year's third quarter", "the year-ago first quarter".
    'quarter-of-year',
    String.raw`\b(?:the\s+)?(?:(this|last|next)\s+year['’]s|(year-ago|year-earlier))\s+(?:fiscal\s+)?${QUARTER_ORDINAL}[\s-]+(?:fiscal[\s-]+)?quarter\b`,
    (m, ctx) => {
      const q = ORDINAL[m[3]!.toLowerCase()]!;
      if (m[2]) {
        const named = namedQuarter(q, undefined, ctx).quarter!;
        return quarterValue({ year: named.year - 1, q }, false);
      }
      return quarterValue({ year: ctx.dct.getUTCFullYear() + YEAR_SHIFT[m[1]!.toLowerCase()]!, q });
    },
  ),
  rule(
    // "the 1988 period" in a report on a quarter is that quarter a year back, not all of 1988; in a sentence
    // on the first nine months it is those months, of which TimeBank gives the year.
    'quarter-year-period',
    String.raw`\bthe\s+(${YEAR})\s+(?:fiscal\s+)?(?:quarter|period)\b`,
    (m, ctx) => {
      const year = Number(m[1]);
      const longer = /\b(?:nine|six)\s+months\b|\bhalf\b/iu.test(ctx.sentence) && !/quarter$/iu.test(m[0]);
      if (ctx.quarter === null || longer) return { type: 'DATE', value: String(year), certain: true };
      return quarterValue({ year, q: ctx.quarter.q }, false);
    },
  ),
  rule(
    'quarter-year-ago',
    String.raw`\bthe\s+(?:same\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b`,
    (_m, ctx) => relativeQuarter('year-ago', ctx),
  ),
  rule(
    'quarter-relative',
    String.raw`\b(?:the\s+)?(latest|current|most\s+recent|recent|past|last|previous|prior|year-ago|year-earlier|year\s+ago|comparable|same|this)\s+(?:fiscal\s+)?(?:quarter|period)\b`,
    (m, ctx) => relativeQuarter(m[1], ctx),
  ),
  // "quarter-to-quarter" compares quarters and names none.
  rule('quarter-bare', String.raw`\bthe\s+(?:fiscal\s+)?quarter\b(?!\s+(?:of|century)|-to-)`, (_m, ctx) =>
    relativeQuarter(undefined, ctx),
  ),
  rule('half', String.raw`\b(?:the\s+)?(first|second|last)\s+half(?:\s+of\s+(${YEAR}))?\b`, (m, ctx) => ({
    type: 'DATE',
    value: `${yearOf(m[2], ctx)}-H${m[1]!.toLowerCase() === 'first' ? 1 : 2}`,
  })),
  rule('year-earlier', String.raw`\byear-(?:earlier|ago)\b`, (_m, ctx) => yearBack(1, ctx)),
];
