/**
 * chrono-node configured for news: English, UTC, and the news refiner that
 * sends a bare weekday to the past in a report. Everything that parses
 * dates in text goes through `parseDates`.
 */
import * as chrono from 'chrono-node';
import { refineWeekdays } from './refiner.js';

let parser: chrono.Chrono | undefined;

const UNUSED_PARSERS = new Set([
  'SlashDateFormatParser',
  'ENSlashMonthFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);

function newsChrono(): chrono.Chrono {
  if (parser) return parser;
  parser = chrono.casual.clone();
  // "Aug. 26 to Oct. 20" is two dates for a timeline (and for TimeBank), not one range.
  parser.refiners = parser.refiners.filter((r) => r.constructor.name !== 'ENMergeDateRangeRefiner');
  // Slash forms read fractions ("1/4") and scores as dates, and "within a week" is a length of time:
  // news prose writes dates in words, so these parsers cost time and add errors.
  parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));
  parser.refiners.push({
    refine: (context, results) => refineWeekdays(context.text, context.refDate, results),
  });
  return parser;
}

/** chrono's results for a text, relative to a reference day (read in UTC). */
export function parseDates(text: string, reference: Date): chrono.ParsedResult[] {
  return newsChrono().parse(text, { instant: reference, timezone: 0 });
}
