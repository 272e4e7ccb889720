import { describe, expect, it } from 'vitest';
import { day } from '../../../src/analyse/dates/calendar.js';
import { findTimexes } from '../../../src/analyse/dates/timex/index.js';

/** Wednesday 12 April 2017. */
const DCT = day(2017, 4, 12);
const values = (text: string) => findTimexes(text, DCT).map((t) => [t.text, t.type, t.value]);

describe('recurrences', () => {
  it('reads a month that recurs', () => {
    expect(values('Pilgrims walk to the shrine each August.')).toEqual([['each August', 'SET', 'XXXX-08']]);
  });

  it('reads a weekday part that recurs', () => {
    expect(values('The ferry sails on Friday nights.')).toEqual([['Friday nights', 'SET', 'XXXX-WXX-5TNI']]);
  });
});
