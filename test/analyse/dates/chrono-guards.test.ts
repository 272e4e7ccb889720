import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { day } from '../../../src/analyse/dates/calendar.js';
import { parseDates } from '../../../src/analyse/dates/chrono.js';
import { asResults, refineWhen, whenPresent } from '../../../src/analyse/dates/chrono-guards.js';
import { refineWeekdays } from '../../../src/analyse/dates/refiner.js';

/** Thursday 13 April 2017. */
const REF = day(2017, 4, 13);
const OPTION = { instant: REF, timezone: 0 };

/** Everything a reading holds: where, what, every component (known and implied), tags. */
function described(results: chrono.ParsedResult[]) {
  const parts = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'timezoneOffset'] as const;
  const of = (c: chrono.ParsedComponents | null | undefined) =>
    c ? parts.map((p) => [p, c.get(p), c.isCertain(p)]) : null;
  return results.map((r) => [r.index, r.text, of(r.start), of(r.end), [...r.tags()].sort()]);
}

/** chrono as `parseDates` used it before the shortcuts: the same parsers and refiners, unwrapped. */
function plainNewsChrono(): chrono.Chrono {
  const unused = new Set([
    'SlashDateFormatParser',
    'ENSlashMonthFormatParser',
    'ENTimeUnitWithinFormatParser',
    'ENTimeUnitCasualRelativeFormatParser',
  ]);
  const c = chrono.casual.clone();
  c.refiners = c.refiners.filter((r) => r.constructor.name !== 'ENMergeDateRangeRefiner');
  c.parsers = c.parsers.filter((p) => !unused.has(p.constructor.name));
  c.refiners.push({ refine: (context, results) => refineWeekdays(context.text, context.refDate, results) });
  return c;
}

const TEXTS = [
  'The ministry confirmed Friday that talks continue, three days ago.',
  'Rebels seized the town two weeks ago and left on Oct. 23, 1998.',
  'The account closes at the end of the month; payment is due by the last day of March.',
  'Trading halted at 10 a.m. GMT+2 on Tuesday, and resumed at 3:30 p.m. +0200.',
  'Last week, this month and next year were on the agenda, she said Monday night.',
  'The summit, set for Dec. 5, was moved to the morning of Dec. 7.\n\nHe will arrive tomorrow at noon.',
  'No date at all here, only 42 people and a 1/4 share.',
  'The plan, announced before the vote, runs out in a few years from now.',
];

describe('chrono shortcuts', () => {
  it('change no reading of parseDates', () => {
    const plain = plainNewsChrono();
    for (const text of TEXTS)
      expect(described(parseDates(text, REF))).toEqual(described(plain.parse(text, OPTION)));
  });

  it('skip a parser only when its required word is missing', () => {
    const ago = chrono.casual.parsers.find((p) => p.constructor.name === 'ENTimeUnitAgoFormatParser')!;
    const guarded = new chrono.Chrono({ parsers: [whenPresent(ago, /ago|before|earlier/i)], refiners: [] });
    expect(guarded.parse('It fell three days ago.', OPTION).map((r) => r.text)).toEqual(['three days ago']);
    expect(guarded.parse('It fell three days later.', OPTION)).toEqual([]);
  });

  it('hand back bare components as a result, as chrono would', () => {
    const weekday = chrono.casual.parsers.find((p) => p.constructor.name === 'ENWeekdayParser')!;
    const wrapped = new chrono.Chrono({ parsers: [asResults(weekday)], refiners: [] });
    const plain = new chrono.Chrono({ parsers: [weekday], refiners: [] });
    const text = 'He left on Friday and came back (Sunday), not last Monday.';
    expect(described(wrapped.parse(text, OPTION))).toEqual(described(plain.parse(text, OPTION)));
  });

  it('run a refiner only on texts it needs', () => {
    const seen: string[] = [];
    const refiner = refineWhen(
      {
        refine: (context, results) => {
          seen.push(context.text);
          return results;
        },
      },
      /end\s+of/i,
    );
    const c = new chrono.Chrono({ parsers: chrono.casual.parsers, refiners: [refiner] });
    c.parse('At the end of March.', OPTION);
    c.parse('In March.', OPTION);
    expect(seen).toEqual(['At the end of March.']);
  });
});
