/**
 * Publication dates as `YYYY-MM-DD`. Metadata dates come in many shapes (ISO
 * timestamps, RFC 2822, "April 12, 2017"); only the calendar date is kept, as
 * written: a timestamp's own day wins over converting it to UTC, because the
 * day the outlet printed is the one readers know.
 */
import { MONTH_NAMES } from '../analyse/dates/timex/words.js';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;
const MONTH_DAY_YEAR = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;

/** Turns a metadata date (string or number of ms) into `YYYY-MM-DD`, or null when it is not a real date. */
export function normaliseDate(value: unknown): string | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? new Date(value).toISOString().slice(0, 10) : null;
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '') return null;
  const numeric = ISO.exec(s) ?? SLASHED.exec(s) ?? COMPACT.exec(s);
  if (numeric) return ymd(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) {
    const month = monthNumber(dmy[2]!);
    if (month) return ymd(Number(dmy[3]), month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) {
    const month = monthNumber(mdy[1]!);
    if (month) return ymd(Number(mdy[3]), month, Number(mdy[2]));
  }
  return null;
}

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  if (key === 'sept') return 9;
  // A prefix of a month name ("Sep", "September"), not a word that merely starts like one ("Mayor").
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(key));
  return index >= 0 ? index + 1 : undefined;
}

function ymd(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
