/**
 * chrono's results as TIMEX3: the span without the preposition chrono keeps
 * ("on Friday" is "Friday"), and the value at the grain the text gives
 * (a day, a month, a year, or a time of day).
 */
import type { ParsedResult } from 'chrono-node';
import { isoDay, isoMonth } from '../calendar.js';
import { parseDates } from '../chrono.js';
import type { Resolved } from './rule.js';
import { DAY_PART } from './words.js';

/** Words chrono includes before or after a date that a TIMEX3 span leaves out. */
const LEADING = /^(?:(?:on|in|at|by|since|from|until|till|of|during|for|before|after)\s+|[,(]\s*)+/iu;
const TRAILING = /[\s,.;:)]+$/u;

/** The span of a chrono result without the words a TIMEX3 span leaves out. */
export function chronoSpan(r: ParsedResult, index = r.index): { start: number; end: number; text: string } {
  const lead = LEADING.exec(r.text)?.[0].length ?? 0;
  const text = r.text.slice(lead).replace(TRAILING, '');
  return { start: index + lead, end: index + lead + text.length, text };
}

/** A part of the day before the date it belongs to: "the night of Oct. 23". */
const DAY_PART_OF = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/iu;

/**
 * chrono merges "night of Oct. 23" into a time on the reference day and loses the date; TimeBank marks the
 * date alone. Such a reading is replaced by a reading of the date after "of" (a few words, rarely met),
 * with where it starts in the text.
 */
export function withoutDayPartOf(r: ParsedResult, reference: Date): { r: ParsedResult; index: number } {
  const m = DAY_PART_OF.exec(r.text);
  const rest = m ? parseDates(r.text.slice(m[0].length), reference)[0] : undefined;
  return rest?.index === 0 ? { r: rest, index: r.index + m![0].length } : { r, index: r.index };
}

/** chrono readings that are rarely dates in news: weekday abbreviations ("Sun" the newspaper), fractions, lower-case months ("march"). */
const UNLIKELY = /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$|^\d{1,2}\/\d{1,2}$/iu;
const LOWER_MONTH = /^(?:march|may)$/u;
/** Relative lengths chrono turns into dates ("within a week", "in two days"): TimeBank calls them durations. */
const RELATIVE_LENGTH =
  /^(?:within|in|for|after|before)\s+(?:a|an|\d|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\b/iu;
/**
 * "90 days after the merger", "three days later": a length of time from an event the text names, which
 * chrono counts from the reference date. TimeBank marks the length (our duration rules read it).
 */
const FROM_EVENT =
  /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier)$/iu;
/** A time of day has a clock or a meridiem: "1.18 a share" is a price. */
const CLOCK = /\d(?::\d\d|\s*[ap]\.m\.|\s*o'clock)|\b(?:noon|midday|midnight)\b/iu;

/** A sentence end inside a reading: a stop and a capital, not after "a.m."/"p.m." or an initial. */
const SENTENCE_END = /(?<!\b[ap]\.m|\b\p{Lu})[.!?]\s+\p{Lu}/u;

/** "Good evening" greets; it dates nothing. */
const GREETING = /\bgood\s+$/iu;

/** Whether a chrono result is one to keep; `before` is the text just before its span. */
export function plausible(r: ParsedResult, span: { text: string }, before = ''): boolean {
  if (GREETING.test(before) && /^(?:morning|afternoon|evening|night|day)$/iu.test(span.text)) return false;
  // A reading that runs over a sentence end ("last year. This quarter") is two readings run together.
  // "p.m. EST" and "a.m. Tuesday" are one reading: an abbreviation's period ends no sentence.
  if (SENTENCE_END.test(span.text)) return false;
  if (UNLIKELY.test(span.text) || LOWER_MONTH.test(span.text) || RELATIVE_LENGTH.test(r.text)) return false;
  if (FROM_EVENT.test(span.text)) return false;
  return !r.start.isCertain('hour') || CLOCK.test(r.text);
}

/** Whether chrono read a result as a casual reference ("today", "tonight"), which hangs on the reference day. */
function casualReference(r: ParsedResult): boolean {
  for (const tag of r.tags()) if (tag.startsWith('casualReference/')) return true;
  return false;
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
    const dated = s.isCertain('day') || s.isCertain('weekday') || casualReference(r);
    if (!dated && lastDay !== null) return { type: 'TIME', value: `${lastDay}T${hh}:${mm}`, certain };
    return { type: 'TIME', value: `${isoDay(utc)}T${hh}:${mm}`, certain };
  }
  if (part) return { type: 'DATE', value: `${isoDay(utc)}T${DAY_PART[part]!}`, certain };
  if (s.isCertain('day') || s.isCertain('weekday') || casualReference(r))
    return { type: 'DATE', value: isoDay(utc), certain };
  if (s.isCertain('month')) return { type: 'DATE', value: isoMonth(utc), certain };
  if (s.isCertain('year')) return { type: 'DATE', value: String(utc.getUTCFullYear()), certain };
  return null;
}
