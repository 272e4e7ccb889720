import { describe, expect, it } from 'vitest';
import { day } from '../../../src/analyse/dates/calendar.js';
import { findTimexes } from '../../../src/analyse/dates/timex/index.js';

/** Wednesday 12 April 2017. */
const DCT = day(2017, 4, 12);
const values = (text: string, dct = DCT) => findTimexes(text, dct).map((t) => [t.text, t.type, t.value]);

describe('time expressions', () => {
  it('resolves calendar dates and relative days against the reference date', () => {
    expect(values('The vote was on April 10, 2017, and again yesterday.')).toEqual([
      ['April 10, 2017', 'DATE', '2017-04-10'],
      ['yesterday', 'DATE', '2017-04-11'],
    ]);
  });

  it('sends a bare weekday to the past in a report and to the future in an announcement', () => {
    expect(values('The ministry confirmed Friday that talks continue.')).toEqual([
      ['Friday', 'DATE', '2017-04-07'],
    ]);
    expect(values('The ministers will meet Friday in Geneva.')).toEqual([['Friday', 'DATE', '2017-04-14']]);
  });

  it('reads years, quarters, seasons and relative periods', () => {
    expect(values('It was a record in 2015 and weak last year. Profit fell in the third quarter.')).toEqual([
      ['2015', 'DATE', '2015'],
      ['last year', 'DATE', '2016'],
      ['the third quarter', 'DATE', '2016-Q3'],
    ]);
    expect(values('Talks resume next month, or this summer at the latest, in the 1990s style.')).toEqual([
      ['next month', 'DATE', '2017-05'],
      ['this summer', 'DATE', '2017-SU'],
      ['the 1990s', 'DATE', '199'],
    ]);
    expect(values('Sales in the current fiscal year will fall.')).toEqual([
      ['the current fiscal year', 'DATE', '2017'],
    ]);
  });

  it('reads lengths of time, recurrences and vague references', () => {
    expect(values('For the past two months, now weekly, the bridge closed daily.')).toEqual([
      ['the past two months', 'DURATION', 'P2M'],
      ['now', 'DATE', 'PRESENT_REF'],
      ['weekly', 'SET', 'P1W'],
      ['daily', 'SET', 'P1D'],
    ]);
  });

  it('does not take prices, fractions, ages or a newspaper for dates', () => {
    expect(values('Shares rose 1/4 to $12.18 a share, the Sun said of the 6-year-old firm.')).toEqual([]);
    expect(values('It has 1990 employees and a 45% stake in 2010 Holdings.')).toEqual([
      ['2010', 'DATE', '2010'],
    ]);
  });

  it('gives "a year earlier" the quarter being compared in an earnings report', () => {
    expect(values('Third-quarter profit rose from a year earlier.', day(1989, 11, 2))).toEqual([
      ['Third-quarter', 'DATE', '1989-Q3'],
      ['a year earlier', 'DATE', '1988-Q3'],
    ]);
  });
});
