import { describe, expect, it } from 'vitest';
import { day } from '../../../src/analyse/dates/calendar.js';
import { findTimexes } from '../../../src/analyse/dates/timex/index.js';

/** Thursday 13 April 2017. */
const DCT = day(2017, 4, 13);
const values = (text: string) => findTimexes(text, DCT).map((t) => [t.text, t.type, t.value]);

describe('chrono readings repaired', () => {
  it('keeps a clock time with a zone or a weekday after "p.m."', () => {
    expect(values('The offer runs until 5 p.m. EST, April 20.')).toEqual([
      ['5 p.m. EST, April 20', 'TIME', '2017-04-20T17:00'],
    ]);
    expect(values('The store was robbed at 10 p.m. Tuesday, police said.')).toEqual([
      ['10 p.m. Tuesday', 'TIME', '2017-04-11T22:00'],
    ]);
  });

  it('dates "the night of" a day on that day', () => {
    expect(values('He was shot on the night of March 3 as he left.')).toEqual([
      ['March 3', 'DATE', '2017-03-03'],
    ]);
  });

  it('puts a part of the day before "yesterday" on yesterday', () => {
    expect(values('At mid-afternoon yesterday, shares were up.')).toEqual([
      ['mid-afternoon yesterday', 'TIME', '2017-04-12TAF'],
    ]);
  });

  it('reads midday as noon and a greeting as no time', () => {
    expect(values('The judge will rule at midday.')).toEqual([['midday', 'TIME', '2017-04-13T12:00']]);
    expect(values('Good evening from the capital.')).toEqual([]);
  });
});
