import { describe, expect, it } from 'vitest';
import { day } from '../../../src/analyse/dates/calendar.js';
import { findTimexes } from '../../../src/analyse/dates/timex/index.js';

/** Wednesday 12 April 2017. */
const DCT = day(2017, 4, 12);
const values = (text: string) => findTimexes(text, DCT).map((t) => [t.text, t.value]);

describe('years spelled out, as broadcasts write them', () => {
  it('reads a month or a season with its spelled year as one date', () => {
    expect(values('The flood came in March nineteen eighty-one.')).toEqual([
      ['March nineteen eighty-one', '1981-03'],
    ]);
    expect(values('Prices last fell this low in the winter of nineteen ninety-two.')).toEqual([
      ['the winter of nineteen ninety-two', '1992-WI'],
    ]);
  });
});
