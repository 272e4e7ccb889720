import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../src/extract/date.js';

describe('normaliseDate', () => {
  it('keeps the calendar date a timestamp was written with', () => {
    expect(normaliseDate('2017-04-12')).toBe('2017-04-12');
    expect(normaliseDate('2017-04-12T23:30:00-05:00')).toBe('2017-04-12');
    expect(normaliseDate('2017-4-2 10:00')).toBe('2017-04-02');
    expect(normaliseDate('2017/04/12')).toBe('2017-04-12');
    expect(normaliseDate('20170412')).toBe('2017-04-12');
  });

  it('reads dates with month names', () => {
    expect(normaliseDate('Wed, 12 Apr 2017 10:00:00 +0000')).toBe('2017-04-12');
    expect(normaliseDate('April 12, 2017')).toBe('2017-04-12');
    expect(normaliseDate('Sept. 3, 2016')).toBe('2016-09-03');
    expect(normaliseDate('3rd March 2015')).toBe('2015-03-03');
  });

  it('returns null for what is not a real date', () => {
    for (const bad of [
      '',
      'garbage',
      '2017-02-30',
      '2017-13-01',
      'Mayor 12, 2017',
      null,
      undefined,
      {},
      Number.NaN,
    ]) {
      expect(normaliseDate(bad)).toBeNull();
    }
  });
});
