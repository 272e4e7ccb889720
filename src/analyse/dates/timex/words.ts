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
const VAGUE = new Set(['several', 'few', 'a few', 'some', 'many', 'a couple of', 'couple of', 'a number of']);

/** A number: digits, or words ("twenty four", "twenty-four"), or a vague count. */
export const NUMBER = String.raw`(?:\d+(?:\.\d+)?|(?:a couple of|a few|a number of|several|few|some|many|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?)`;

/** The value of a number as written, or null for a vague count ("several"). */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (VAGUE.has(t)) return null;
  if (/^\d+(?:\.\d+)?$/u.test(t)) return Number(t);
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

/** A TIMEX3 duration: `P3M`, `PT2H`, `PXY` for an unknown count. */
export function duration(count: number | null, unit: string): string {
  const u = unitOf(unit);
  const n = count === null ? 'X' : String(Math.round(count * u.times * 100) / 100);
  return u.time ? `PT${n}${u.letter}` : `P${n}${u.letter}`;
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
