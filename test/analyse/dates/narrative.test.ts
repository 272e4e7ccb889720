import { describe, expect, it } from 'vitest';
import { day } from '../../../src/analyse/dates/calendar.js';
import { findTimexes } from '../../../src/analyse/dates/timex/index.js';

/** Wednesday 12 April 2017. */
const DCT = day(2017, 4, 12);
const values = (text: string) => findTimexes(text, DCT).map((t) => [t.text, t.value]);

describe('narrative years and months', () => {
  it('reads "that year" and "the following year" from the year the text last named', () => {
    expect(values('She moved to Lyon in 2009 and married later that year.')).toEqual([
      ['2009', '2009'],
      ['later that year', '2009'],
    ]);
    expect(values('He was elected in June 2011, and the following year he resigned.')).toEqual([
      ['June 2011', '2011-06'],
      ['the following year', '2012'],
    ]);
  });

  it('reads "the following month" from the month the text last named', () => {
    expect(values('The mill closed in March 2016. The following month, the town sold it.')).toEqual([
      ['March 2016', '2016-03'],
      ['The following month', '2016-04'],
    ]);
  });

  it('falls back on the publication date when the text named none', () => {
    expect(values('The price rose that year.')).toEqual([['that year', '2017']]);
  });
});
