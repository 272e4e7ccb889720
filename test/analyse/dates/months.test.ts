import { describe, expect, it } from 'vitest';
import { day } from '../../../src/analyse/dates/calendar.js';
import { markedTense } from '../../../src/analyse/dates/tense.js';
import { findTimexes } from '../../../src/analyse/dates/timex/index.js';

/** Friday 30 October 2015. */
const DCT = day(2015, 10, 30);
const values = (text: string) => findTimexes(text, DCT).map((t) => [t.text, t.value]);

describe('months without a year', () => {
  it('reads "last May" and "next May" (chrono reads neither)', () => {
    expect(values('The pact was signed last May.')).toEqual([['last May', '2015-05']]);
    expect(values('The fleet was sold last December.')).toEqual([['last December', '2014-12']]);
    expect(values('The vote is due next March.')).toEqual([['next March', '2016-03']]);
  });

  it('gives the end of a period the period, not its last day', () => {
    expect(values('The offer expires at the end of November.')).toEqual([['the end of November', '2015-11']]);
    expect(values('Ballots go out at the end of this week.')).toEqual([['the end of this week', '2015-W44']]);
  });

  it('puts what a past sentence says happened "in" a month in a month that has begun', () => {
    expect(values('The council approved the budget in January.')).toEqual([['January', '2015-01']]);
    expect(values('In the year ended Jan. 31, the chain reported a loss.')).toEqual([
      ['the year', 'P1Y'],
      ['Jan. 31', '2015-01-31'],
    ]);
  });

  it('leaves deadlines ahead in a past sentence', () => {
    expect(values('The board declared a dividend payable Jan. 4.')).toEqual([['Jan. 4', '2016-01-04']]);
    expect(values('The council approved the budget in November.')).toEqual([['November', '2015-11']]);
  });

  it('tells a marked tense from none', () => {
    expect(markedTense('Rates climbed in May.', 17, 20)).toBe('past');
    expect(markedTense('Talks will resume in May.', 21, 24)).toBe('future');
    expect(markedTense('Rates in May.', 9, 12)).toBeNull();
  });
});
