/**
 * Time expressions of a text with TIMEX3 values, resolved against a
 * reference (publication) date: chrono reads calendar dates, weekdays and
 * times (with the news refiner), our rules read what chrono does not
 * (years alone, quarters, seasons, lengths of time, vague references).
 * Where two readings overlap the longer wins, ours on a tie; values are
 * then resolved in reading order so "the quarter" can mean the quarter the
 * text last named.
 */
import { parseDates } from '../chrono.js';
import { CALENDAR_RULES } from './calendar-rules.js';
import { chronoSpan, chronoValue, plausible, withoutDayPartOf } from './from-chrono.js';
import { HOLIDAY_RULE } from './holidays.js';
import { OTHER_RULES } from './other-rules.js';
import { reportedQuarter } from './quarters.js';
import type { Resolved, TimexContext } from './rule.js';
import type { Timex } from './types.js';

export type { Timex, TimexType } from './types.js';

interface Candidate {
  start: number;
  end: number;
  /** Our rules outrank chrono on a tie. */
  rank: number;
  resolve: (ctx: TimexContext) => Resolved | null;
}

const RULES = [...CALENDAR_RULES, HOLIDAY_RULE, ...OTHER_RULES];
const DAY_RULE_NAMES = new Set(['relative-unit', 'ago', 'month-relative-year', 'month-last-next']);
/** The rules that can yield a day or a month, all a timeline places. */
const DAY_RULES = [...CALENDAR_RULES.filter((r) => DAY_RULE_NAMES.has(r.name)), HOLIDAY_RULE];
/** What `findTimexes` looks for: every TIMEX3 type, or only days and months (for timelines, and faster). */
export type TimexScope = 'all' | 'days';

/** The sentence of `text` around [start, end). */
function sentenceOf(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start)) + 1;
  const stops = [text.indexOf('. ', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) + 1 : text.length);
}

function ruleCandidates(text: string, scope: TimexScope): Candidate[] {
  const out: Candidate[] = [];
  for (const r of scope === 'all' ? RULES : DAY_RULES) {
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m !== null; m = r.pattern.exec(text)) {
      const match = m;
      if (match[0].length === 0) {
        r.pattern.lastIndex++;
        continue;
      }
      out.push({
        start: match.index,
        end: match.index + match[0].length,
        rank: 1,
        resolve: (ctx) => r.resolve(match, ctx),
      });
    }
  }
  return out;
}

function chronoCandidates(text: string, dct: Date): Candidate[] {
  const out: Candidate[] = [];
  for (const read of parseDates(text, dct)) {
    const { r, index } = withoutDayPartOf(read, dct);
    const span = chronoSpan(r, index);
    if (plausible(r, span, text.slice(Math.max(0, span.start - 6), span.start)))
      out.push({ start: span.start, end: span.end, rank: 0, resolve: (ctx) => chronoValue(r, ctx.day) });
  }
  return out;
}

/** A value that names a year, and maybe a month: `1998`, `1998-06`, `1998-06-12T22:00`, `1988-Q3`. */
const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2}))?(?![\d])/u;

/** The longest readings that do not overlap, ours first on a tie. */
function choose(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of sorted)
    if (c.end > c.start && !taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

/** Time expressions of `text` with values resolved against `dct` (a day, noon UTC). */
export function findTimexes(text: string, dct: Date, scope: TimexScope = 'all'): Timex[] {
  const chosen = choose([...ruleCandidates(text, scope), ...chronoCandidates(text, dct)]);
  const ctx: TimexContext = { dct, quarter: null, sentence: '', day: null, month: null, year: null };
  const out: Timex[] = [];
  for (const c of chosen) {
    ctx.sentence = sentenceOf(text, c.start, c.end);
    const r = c.resolve(ctx);
    if (r === null) continue;
    if (r.quarter && reportedQuarter(r.quarter, ctx.quarter, dct)) ctx.quarter = r.quarter;
    if (r.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/u.test(r.value)) ctx.day = r.value;
    const named = CALENDAR_VALUE.exec(r.value);
    if (named && r.type !== 'DURATION' && r.type !== 'SET') {
      ctx.year = Number(named[1]);
      if (named[2]) ctx.month = `${named[1]}-${named[2]}`;
    }
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: r.type,
      value: r.value,
      certain: r.certain ?? false,
    });
  }
  return out;
}
