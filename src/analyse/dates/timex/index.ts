/**
 * Time expressions of a text with TIMEX3 values, resolved against a
 * reference (publication) date: chrono reads calendar dates, weekdays and
 * times (with the news refiner), our rules read what chrono does not
 * (years alone, quarters, seasons, lengths of time, vague references).
 * Where two readings overlap the longer wins, ours on a tie; values are
 * then resolved in reading order so "the quarter" can mean the quarter the
 * text last named.
 */

import type { ParsedResult } from 'chrono-node';
import { parseDates } from '../chrono.js';
import { CALENDAR_RULES } from './calendar-rules.js';
import { chronoSpan, chronoValue, plausible, withoutDayPartOf } from './from-chrono.js';
import { HOLIDAY_RULE } from './holidays.js';
import { OTHER_RULES } from './other-rules.js';
import { reportedQuarter } from './quarters.js';
import type { Resolved, TimexContext, TimexRule } from './rule.js';
import type { Timex } from './types.js';

export type { Timex, TimexType } from './types.js';

/** A reading of a span: by one of our rules (its match) or by chrono. */
interface Candidate {
  start: number;
  end: number;
  /** Our rules outrank chrono on a tie. */
  rank: number;
  rule: TimexRule | null;
  match: RegExpExecArray | null;
  read: ParsedResult | null;
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

function ruleCandidates(text: string, scope: TimexScope, out: Candidate[]): void {
  for (const r of scope === 'all' ? RULES : DAY_RULES) {
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m !== null; m = r.pattern.exec(text)) {
      if (m[0].length === 0) {
        r.pattern.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, rank: 1, rule: r, match: m, read: null });
    }
  }
}

function chronoCandidates(text: string, dct: Date, out: Candidate[]): void {
  for (const read of parseDates(text, dct)) {
    const { r, index } = withoutDayPartOf(read, dct);
    const span = chronoSpan(r, index);
    if (plausible(r, span, text.slice(Math.max(0, span.start - 6), span.start)))
      out.push({ start: span.start, end: span.end, rank: 0, rule: null, match: null, read: r });
  }
}

/** A value that names a year, and maybe a month: `1998`, `1998-06`, `1998-06-12T22:00`, `1988-Q3`. */
const CALENDAR_VALUE = /^(\d{4})(?:-(\d{2}))?(?![\d])/u;

/** Longer readings first, ours first on a tie, then in reading order. */
function byPreference(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start;
}

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start;
}

/** The longest readings that do not overlap, ours first on a tie. */
function choose(candidates: Candidate[]): Candidate[] {
  candidates.sort(byPreference);
  const taken: Candidate[] = [];
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    let free = true;
    for (const t of taken)
      if (t.start < c.end && c.start < t.end) {
        free = false;
        break;
      }
    if (free) taken.push(c);
  }
  return taken.sort(byStart);
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/u;

/** Time expressions of `text` with values resolved against `dct` (a day, noon UTC). */
export function findTimexes(text: string, dct: Date, scope: TimexScope = 'all'): Timex[] {
  const candidates: Candidate[] = [];
  ruleCandidates(text, scope, candidates);
  chronoCandidates(text, dct, candidates);
  const ctx: TimexContext = { dct, quarter: null, sentence: '', day: null, month: null, year: null };
  const out: Timex[] = [];
  for (const c of choose(candidates)) {
    let r: Resolved | null;
    if (c.rule !== null) {
      // Only our rules read the sentence (for tense and for what else it names); chrono's readings do not.
      ctx.sentence = sentenceOf(text, c.start, c.end);
      r = c.rule.resolve(c.match!, ctx);
    } else r = chronoValue(c.read!, ctx.day);
    if (r === null) continue;
    if (r.quarter && reportedQuarter(r.quarter, ctx.quarter, dct)) ctx.quarter = r.quarter;
    if (r.type === 'DATE' && DAY_VALUE.test(r.value)) ctx.day = r.value;
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
