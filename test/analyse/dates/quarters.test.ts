import { describe, expect, it } from 'vitest';
import { day } from '../../../src/analyse/dates/calendar.js';
import { findTimexes } from '../../../src/analyse/dates/timex/index.js';

/** Thursday 29 October 2015, in the fourth quarter: the third has just been reported. */
const DCT = day(2015, 10, 29);
const values = (text: string) => findTimexes(text, DCT).map((t) => [t.text, t.value]);

describe('quarters in earnings news', () => {
  it('reads a quarter of a year named with it as one expression', () => {
    expect(values("Sales in this year's second quarter doubled.")).toEqual([
      ["this year's second quarter", '2015-Q2'],
    ]);
    expect(values("Orders for next year's first quarter are firm.")).toEqual([
      ["next year's first quarter", '2016-Q1'],
    ]);
    expect(values('Profit beat the year-ago third quarter.')).toEqual([
      ['the year-ago third quarter', '2014-Q3'],
    ]);
  });

  it('reads "the 2014 period" as the reported quarter a year back, or the year in a year-to-date sentence', () => {
    expect(values('Third-quarter net rose. In the 2014 period, the firm lost money.')).toEqual([
      ['Third-quarter', '2015-Q3'],
      ['the 2014 period', '2014-Q3'],
    ]);
    expect(values('Third-quarter net rose. Nine months net fell from the 2014 period.')).toEqual([
      ['Third-quarter', '2015-Q3'],
      ['Nine months', 'P9M'],
      ['the 2014 period', '2014'],
    ]);
  });

  it('keeps the reported quarter when the text looks back or ahead to others', () => {
    expect(
      values(
        'Third-quarter net rose after a weak second quarter. A fourth-quarter charge is likely. ' +
          'Revenue fell from $9 million a year ago.',
      ),
    ).toEqual([
      ['Third-quarter', '2015-Q3'],
      ['second quarter', '2015-Q2'],
      ['fourth-quarter', '2015-Q4'],
      ['a year ago', '2014-Q3'],
    ]);
  });

  it('compares with the reported quarter a year back, the year only in a year-to-date sentence', () => {
    const text =
      'Third-quarter net rose 5%. The chain opened ten stores. ' +
      'Revenue was $80 million, up from $70 million a year earlier. ' +
      'For the nine months, net fell from a year earlier.';
    expect(values(text)).toEqual([
      ['Third-quarter', '2015-Q3'],
      ['a year earlier', '2014-Q3'],
      ['the nine months', 'P9M'],
      ['a year earlier', '2014'],
    ]);
    expect(values('Third-quarter net rose. Last year, the chain had opened ten stores.')).toEqual([
      ['Third-quarter', '2015-Q3'],
      ['Last year', '2014'],
    ]);
    expect(values('Third-quarter net rose. For the quarter a year ago, it lost money.')).toEqual([
      ['Third-quarter', '2015-Q3'],
      ['the quarter a year ago', '2014-Q3'],
    ]);
  });

  it('does not take "quarter-to-quarter" for a quarter', () => {
    expect(values('The quarter-to-quarter change was small.')).toEqual([]);
  });
});
