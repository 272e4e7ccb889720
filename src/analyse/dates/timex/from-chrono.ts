/**
 * chrono's results as TIMEX3: the span without the preposition chrono keeps
 * ("on Friday" is "Friday"), and the value at the grain the text gives
 * (a day, a month, a year, or a time of day).
 */
import type { ParsedResult } from 'chrono-node';
import { isoDay, isoMonth } from '../calendar.js';
import type { Resolved } from './rule.js';
import { DAY_PART } from './words.js';

/** Words chrono includes before or after a date that a TIMEX3 span leaves out. */
const LEADING = /^(?:(?:on|in|at|by|since|from|until|till|of|during|for|before|after)\s+|[,(]\s*)+/iu;
const TRAILING = /[\s,.;:)]+$/u;

/** The span of a chrono result without the words a TIMEX3 span leaves out. */
export function chronoSpan(r: ParsedResult): { start: number; end: number; text: string } {
  const lead = LEADING.exec(r.text)?.[0].length ?? 0;
  const text = r.text.slice(lead).replace(TRAILING, '');
  return { start: r.index + lead, end: r.index + lead + text.length, text };
}

/** chrono readings that are rarely dates in news: weekday abbreviations ("Sun" the newspaper), fractions, lower-case months ("march"). */
const UNLIKELY = /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$|^\d{1,2}\/\d{1,2}$/iu;
const LOWER_MONTH = /^(?:march|may)$/u;
/** Relative lengths chrono turns into dates ("within a week", "in two days"): TimeBank calls them durations. */
const RELATIVE_LENGTH =
  /^(?:within|in|for|after|before)\s+(?:a|an|\d|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\b/iu;
/** A time of day has a clock or a meridiem: "1.18 a share" is a price. */
const CLOCK = /\d(?::\d\d|\s*[ap]\.m\.|\s*o'clock)|\b(?:noon|midnight)\b/iu;

/** Whether a chrono result is one to keep. */
export function plausible(r: ParsedResult, span: { text: string }): boolean {
  // A reading that runs over a sentence end ("last year. This quarter") is two readings run together.
  if (/[.!?]\s+\p{Lu}/u.test(span.text)) return false;
  if (UNLIKELY.test(span.text) || LOWER_MONTH.test(span.text) || RELATIVE_LENGTH.test(r.text)) return false;
  return !r.start.isCertain('hour') || CLOCK.test(r.text);
}

/** The TIMEX3 type and value of a chrono result, or null when it gives no usable grain. */
export function chronoValue(r: ParsedResult, lastDay: string | null = null): Resolved | null {
  const s = r.start;
  const d = s.date();
  const utc = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12));
  const part = /\b(morning|afternoon|evening|night)\b/iu.exec(r.text)?.[1]?.toLowerCase();
  // Certain when the text writes the date out; chrono also calls "today" certain, but it hangs on the reference date.
  const certain = s.isCertain('year') && /\b(?:1[5-9]|20)\d\d\b/u.test(r.text);
  if (s.isCertain('hour')) {
    // The clock time as written ("9 a.m. EST" is 09:00), not converted to UTC.
    const hh = String(s.get('hour') ?? d.getUTCHours()).padStart(2, '0');
    const mm = String(s.get('minute') ?? 0).padStart(2, '0');
    // A clock time alone ("at 10 p.m.") is on the day the text last named.
    const dated =
      s.isCertain('day') ||
      s.isCertain('weekday') ||
      [...r.tags()].some((t) => t.startsWith('casualReference/'));
    if (!dated && lastDay !== null) return { type: 'TIME', value: `${lastDay}T${hh}:${mm}`, certain };
    return { type: 'TIME', value: `${isoDay(utc)}T${hh}:${mm}`, certain };
  }
  if (part) return { type: 'DATE', value: `${isoDay(utc)}T${DAY_PART[part]!}`, certain };
  const casual = [...r.tags()].some((t) => t.startsWith('casualReference/'));
  if (s.isCertain('day') || s.isCertain('weekday') || casual)
    return { type: 'DATE', value: isoDay(utc), certain };
  if (s.isCertain('month')) return { type: 'DATE', value: isoMonth(utc), certain };
  if (s.isCertain('year')) return { type: 'DATE', value: String(utc.getUTCFullYear()), certain };
  return null;
}
