/**
 * chrono-node configured for news: English, UTC, and the news refiner that
 * sends a bare weekday to the past in a report. Everything that parses
 * dates in text goes through `parseDates`.
 */
import * as chrono from 'chrono-node';
import { asResults, refineWhen, whenPresent } from './chrono-guards.js';
import { refineWeekdays } from './refiner.js';

let parser: chrono.Chrono | undefined;

const UNUSED_PARSERS = new Set([
  'SlashDateFormatParser',
  'ENSlashMonthFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);

const END_OF = /\b(?:last\s+day|end)\s+of\s/i;

/**
 * A word every match of a parser's pattern holds, by the parser's name,
 * where looking for the word first pays: it is missing from most news
 * texts, and the parser's own pattern is slow to find nothing
 * (chrono-guards.ts). Other parsers' words (months, weekdays, digits) are
 * in most texts, or their patterns fail as fast as a search for the word.
 */
const REQUIRED: Record<string, RegExp> = {
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENRelativeDateFormatParser: /this|last|past|next/i,
  ENEndOfCurrentMonthParser: END_OF,
};

/**
 * What a refiner needs in the text to change anything, by its name: "end
 * of" or "last day of" before a result, a sign and a digit (an offset such
 * as "+0200" or "GMT-5") after one.
 */
const REFINES_ONLY_WITH: Record<string, RegExp> = {
  ENEndOfPeriodRefiner: END_OF,
  ExtractTimezoneOffsetRefiner: /[+-]\d/,
};

function newsChrono(): chrono.Chrono {
  if (parser) return parser;
  parser = chrono.casual.clone();
  // "Aug. 26 to Oct. 20" is two dates for a timeline (and for TimeBank), not one range.
  // Dates are never moved forward (no `forwardDate` option): that refiner would return its input.
  parser.refiners = parser.refiners
    .filter((r) => !['ENMergeDateRangeRefiner', 'ForwardDateRefiner'].includes(r.constructor.name))
    .map((r) => {
      const needed = REFINES_ONLY_WITH[r.constructor.name];
      return needed ? refineWhen(r, needed) : r;
    });
  // Slash forms read fractions ("1/4") and scores as dates, and "within a week" is a length of time:
  // news prose writes dates in words, so these parsers cost time and add errors.
  parser.parsers = parser.parsers
    .filter((p) => !UNUSED_PARSERS.has(p.constructor.name))
    .map((p) => {
      const required = REQUIRED[p.constructor.name];
      return required ? whenPresent(asResults(p), required) : asResults(p);
    });
  parser.refiners.push({
    refine: (context, results) => refineWeekdays(context.text, context.refDate, results),
  });
  return parser;
}

/** chrono's results for a text, relative to a reference day (read in UTC). */
export function parseDates(text: string, reference: Date): chrono.ParsedResult[] {
  return newsChrono().parse(text, { instant: reference, timezone: 0 });
}
