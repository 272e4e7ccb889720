/**
 * Calendar arithmetic on UTC dates at noon (so that no time zone can move a
 * day), and the ISO 8601 / TIMEX3 forms of days, weeks, months and quarters.
 */

/** A calendar day at noon UTC. */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date, 12));
}

/** Parses `YYYY-MM-DD` (a longer timestamp is cut to its date); null when it is not one. */
export function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  if (!m) return null;
  const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
  return Number.isNaN(d.getTime()) ? null : d;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function isoDay(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `YYYY-MM`. */
export function isoMonth(d: Date): string {
  return isoDay(d).slice(0, 7);
}

/** The date `n` days later (earlier when negative). */
export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** The same day `n` months later, clamped to the month's end. */
export function addMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0, 12)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last), 12));
}

/** ISO 8601 week of a date as `YYYY-Www`. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** Quarter of the year, 1 to 4. */
export function quarterOf(d: Date): number {
  return Math.floor(d.getUTCMonth() / 3) + 1;
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}
