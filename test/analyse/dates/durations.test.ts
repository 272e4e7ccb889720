import { describe, expect, it } from 'vitest';
import { day } from '../../../src/analyse/dates/calendar.js';
import { findTimexes } from '../../../src/analyse/dates/timex/index.js';

/** Wednesday 12 April 2017. */
const DCT = day(2017, 4, 12);
const values = (text: string) => findTimexes(text, DCT).map((t) => [t.text, t.type, t.value]);

describe('lengths of time', () => {
  it('counts "a three-year" as three years, not one and three', () => {
    expect(values('The plan spreads cuts over a three-year span.')).toEqual([
      ['a three-year', 'DURATION', 'P3Y'],
    ]);
    expect(values('The strike lasted twenty-four hours.')).toEqual([
      ['twenty-four hours', 'DURATION', 'PT24H'],
    ]);
  });

  it('writes halves in the next smaller unit', () => {
    expect(values('The refugees waited 2 1/2 years for papers.')).toEqual([
      ['2 1/2 years', 'DURATION', 'P2Y6M'],
    ]);
    expect(values('The hearing ran 3 1/2 hours.')).toEqual([['3 1/2 hours', 'DURATION', 'PT3H30M']]);
    expect(values('The alarm sounded for a minute and a half.')).toEqual([
      ['a minute and a half', 'DURATION', 'PT1M30S'],
    ]);
  });

  it('reads "a couple of years" as two', () => {
    expect(values('Prices may stay low for a couple of years.')).toEqual([
      ['a couple of years', 'DURATION', 'P2Y'],
    ]);
  });

  it('leaves ages alone', () => {
    expect(values('Ms. Varga, 47 years old, will lead the fund.')).toEqual([]);
  });

  it('reads a length counted from an event as a length, not a date from the publication day', () => {
    expect(values('Two weeks later, the board resigned.')).toEqual([['Two weeks later', 'DURATION', 'P2W']]);
    expect(values('A few days later, the bank failed.')).toEqual([['A few days later', 'DURATION', 'PXD']]);
    expect(values('The shares can be sold 60 days after the merger.')).toEqual([
      ['60 days', 'DURATION', 'P60D'],
    ]);
  });
});
