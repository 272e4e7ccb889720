/**
 * Rules for what is not a calendar period: vague references ("now",
 * "recently", "the future"), recurrences ("daily", "every year"), lengths
 * of time ("the past two months", "a five-year plan"), and parts of a day
 * ("this morning", "tonight").
 */
import { addDays, isoDay } from '../calendar.js';
import { rule, type TimexRule } from './rule.js';
import { DAY_PART, duration, MONTH, monthNumber, NUMBER, numberValue, UNIT } from './words.js';

const SET_WORDS: Record<string, string> = {
  daily: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
  quarterly: 'P3M',
  hourly: 'PT1H',
  nightly: 'XXXX-XX-XXTNI',
};

const PERIOD_SETS: Record<string, string> = {
  day: 'P1D',
  week: 'P1W',
  month: 'P1M',
  year: 'P1Y',
  quarter: 'P3M',
  morning: 'XXXX-XX-XXTMO',
  night: 'XXXX-XX-XXTNI',
  evening: 'XXXX-XX-XXTEV',
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const APPROX = String.raw`(?:(?:about|nearly|almost|more\s+than|less\s+than|over|some|roughly|around|at\s+least|up\s+to|just|only)\s+)`;

/** Rules for vague references, recurrences, lengths of time and parts of a day. */
export const OTHER_RULES: readonly TimexRule[] = [
  rule(
    'present',
    String.raw`\b(?:now|currently|presently|nowadays|at\s+present|at\s+the\s+moment|these\s+days)\b(?!-)`,
    () => ({
      type: 'DATE',
      value: 'PRESENT_REF',
    }),
  ),
  rule('current', String.raw`\bcurrent\b(?!\s+(?:account|events|affairs|assets|liabilities))`, () => ({
    type: 'DATE',
    value: 'PRESENT_REF',
  })),
  // "recent", "previously", "soon" and "future" as an adjective are time words less often than not: left out.
  rule(
    'past',
    String.raw`\b(?:recently|lately|in\s+recent\s+(?:years|months|weeks|days)|recent\s+(?:years|months|weeks|days)|the\s+past)\b(?!\s+(?:${NUMBER}|few|several)\b)`,
    () => ({
      type: 'DATE',
      value: 'PAST_REF',
    }),
  ),
  rule(
    'future',
    String.raw`\b(?:the\s+(?:near|short|long)\s+term|(?:future|coming)\s+(?:quarters|years|months|weeks)|a\s+later\s+date|the\s+(?:near\s+|distant\s+)?future|in\s+the\s+coming\s+(?:years|months|weeks|days)|the\s+coming\s+(?:years|months|weeks))\b`,
    () => ({
      type: 'DATE',
      value: 'FUTURE_REF',
    }),
  ),
  rule('set-word', String.raw`\b(daily|weekly|monthly|annually|yearly|hourly|nightly)\b`, (m) => ({
    type: 'SET',
    value: SET_WORDS[m[1]!.toLowerCase()]!,
  })),
  rule(
    'set-every',
    String.raw`\b(?:every|each|per)\s+(day|week|month|year|quarter|morning|night|evening)\b`,
    (m) => ({
      type: 'SET',
      value: PERIOD_SETS[m[1]!.toLowerCase()]!,
    }),
  ),
  rule(
    'set-weekdays',
    // "Tuesday nights" recurs as "Tuesdays" does.
    String.raw`\b(?:(?:each|every)\s+(sun|mon|tues|wednes|thurs|fri|satur)day|(?:on\s+)?(sun|mon|tues|wednes|thurs|fri|satur)days|(sun|mon|tues|wednes|thurs|fri|satur)day(?=\s+(?:nights|mornings|evenings)\b))(?:\s+(nights|mornings|evenings))?\b`,
    (m) => {
      const stem = (m[1] ?? m[2] ?? m[3])!.toLowerCase();
      const part = m[4] ? `T${DAY_PART[m[4].toLowerCase().replace(/s$/u, '')]!}` : '';
      return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS.findIndex((w) => w.startsWith(stem)) || 7}${part}` };
    },
  ),
  rule('set-month', String.raw`\b(?:each|every)\s+${MONTH}\b`, (m) => ({
    type: 'SET',
    value: `XXXX-${String(monthNumber(m[1]!)).padStart(2, '0')}`,
  })),
  rule(
    // An age ("52 years old", "a 6-year-old") is not annotated as a length of time.
    'duration',
    String.raw`\b(?:(?:the|a|an)\s+)?(?:(?:past|last|next|first|coming|previous|following|final|latest|initial|remaining)\s+)?${APPROX}?(${NUMBER})[\s-]+(${UNIT})(?:-long)?(\s+and\s+a\s+half)?\b(?![\s-]+old\b)`,
    (m) => {
      const unit = m[2]!;
      if (/^(?:quarters?)$/iu.test(unit)) {
        // "three-quarters" of something is a fraction.
        if (/-quarters$/iu.test(m[0])) return null;
        return { type: 'DURATION', value: `P${numberValue(m[1]!) ?? 'X'}Q` };
      }
      const n = numberValue(m[1]!);
      return { type: 'DURATION', value: duration(n === null ? null : n + (m[3] ? 0.5 : 0), unit) };
    },
  ),
  rule(
    'duration-vague',
    String.raw`(?<=\b(?:for|over|in|within|took|take|takes|lasted|last)\s+)(years|months|weeks|decades|hours)\b`,
    (m) => ({ type: 'DURATION', value: duration(null, m[1]!) }),
  ),
  rule('the-year', String.raw`\bthe\s+(?:fiscal\s+)?year\b(?!\s*(?:-|ago|earlier|before))`, (m, ctx) => {
    const at = Math.max(0, ctx.sentence.indexOf(m[0]));
    const before = ctx.sentence.slice(0, at).trimEnd();
    const after = ctx.sentence.slice(at + m[0].length, at + m[0].length + 12);
    // "for the year", and "the year ended Sept. 30" (a fiscal year), are a year's length.
    if (/\b(?:for|over|during|throughout)$/iu.test(before) || /^\s+end(?:ed|ing)\b/iu.test(after))
      return { type: 'DURATION', value: 'P1Y' };
    return { type: 'DATE', value: String(ctx.dct.getUTCFullYear()) };
  }),
  rule(
    'day-part',
    // Either order: "yesterday afternoon", "(mid-)afternoon yesterday" (which chrono puts on the reference day).
    String.raw`\b(?:(this|yesterday|tomorrow|last)\s+(morning|afternoon|evening|night)|(?:mid-?)?(morning|afternoon|evening|night)\s+(yesterday|today|tomorrow))\b`,
    (m, ctx) => {
      const which = (m[1] ?? m[4])!.toLowerCase();
      const part = (m[2] ?? m[3])!.toLowerCase();
      const shift = which === 'yesterday' || which === 'last' ? -1 : which === 'tomorrow' ? 1 : 0;
      return { type: 'TIME', value: `${isoDay(addDays(ctx.dct, shift))}T${DAY_PART[part]!}` };
    },
  ),
  rule('tonight', String.raw`\b(tonight|overnight)\b`, (_m, ctx) => ({
    type: 'TIME',
    value: `${isoDay(ctx.dct)}TNI`,
  })),
];
