/**
 * The words time expressions are made of: numbers written out, units,
 * ordinals and seasons, as regex sources and as lookups.
 */

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** Words for an unknown count ("several years" is PXY). */
const VAGUE = new Set(['several', 'few', 'a few', 'some', 'many', 'a number of']);

/** "A couple of years" is two in TimeBank (P2Y), not an unknown count. */
const COUPLE = /^(?:a\s+)?couple\s+of$/u;

/**
 * A number: digits (with a half, "2 1/2"), or words ("twenty four", "twenty-four": only tens take a unit, so
 * "a three-year" is three, not one and three), or a vague count.
 */
export const NUMBER = String.raw`(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|a couple of|couple of|a few|a number of|several|few|some|many|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen)`;

/** The value of a number as written, or null for a vague count ("several"). */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (VAGUE.has(t)) return null;
  if (COUPLE.test(t)) return 2;
  const digits = /^(\d+(?:\.\d+)?)(\s+1\/2)?$/u.exec(t);
  if (digits) return Number(digits[1]) + (digits[2] ? 0.5 : 0);
  let total = 0;
  for (const part of t.split(/[ -]/u)) {
    const v = SMALL[part];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** Time units as written, singular or plural. */
export const UNIT = '(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)s?';

/** A unit as written to its TIMEX3 letter and how many of that letter it is. */
export function unitOf(text: string): { letter: string; time: boolean; times: number } {
  const u = text.toLowerCase().replace(/s$/u, '').replace(/ie$/u, 'y');
  switch (u) {
    case 'second':
      return { letter: 'S', time: true, times: 1 };
    case 'minute':
      return { letter: 'M', time: true, times: 1 };
    case 'hour':
      return { letter: 'H', time: true, times: 1 };
    case 'day':
      return { letter: 'D', time: false, times: 1 };
    case 'week':
      return { letter: 'W', time: false, times: 1 };
    case 'fortnight':
      return { letter: 'W', time: false, times: 2 };
    case 'month':
      return { letter: 'M', time: false, times: 1 };
    case 'quarter':
      return { letter: 'Q', time: false, times: 1 };
    case 'decade':
      return { letter: 'Y', time: false, times: 10 };
    case 'century':
      return { letter: 'Y', time: false, times: 100 };
    default:
      return { letter: 'Y', time: false, times: 1 };
  }
}

/** The next smaller unit a fraction is written in ("2 1/2 years" is P2Y6M), where it divides evenly. */
const SMALLER: Record<string, { letter: string; per: number; time: boolean }> = {
  Y: { letter: 'M', per: 12, time: false },
  D: { letter: 'H', per: 24, time: true },
  TH: { letter: 'M', per: 60, time: true },
  TM: { letter: 'S', per: 60, time: true },
};

/** A TIMEX3 duration: `P3M`, `PT2H`, `PXY` for an unknown count, `PT1M30S` for a minute and a half. */
export function duration(count: number | null, unit: string): string {
  const u = unitOf(unit);
  const prefix = u.time ? 'PT' : 'P';
  if (count === null) return `${prefix}X${u.letter}`;
  const n = Math.round(count * u.times * 100) / 100;
  const whole = Math.floor(n);
  const smaller = SMALLER[(u.time ? 'T' : '') + u.letter];
  const rest = smaller ? Math.round((n - whole) * smaller.per * 100) / 100 : 0;
  if (rest === 0 || !smaller || !Number.isInteger(rest)) return `${prefix}${n}${u.letter}`;
  return `${prefix}${whole}${u.letter}${smaller.time && !u.time ? 'T' : ''}${rest}${smaller.letter}`;
}

/** Ordinals of quarters and halves. */
export const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
  final: 4,
};

/** Seasons to their TIMEX3 codes. */
export const SEASON: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Parts of the day to their TIMEX3 codes. */
export const DAY_PART: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  overnight: 'NI',
};

/** Month names, January first (index + 1 is the month's number). */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A month name as a regex source (a capture group). */
export const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December)';

/** The month number (1 to 12) of a month name. */
export function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.toLowerCase()) + 1;
}
