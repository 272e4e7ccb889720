import { describe, expect, it } from 'vitest';
import { duration, monthNumber, numberValue } from '../../../src/analyse/dates/timex/words.js';

describe('time words', () => {
  it('values numbers as written', () => {
    expect(numberValue('twenty-four')).toBe(24);
    expect(numberValue('2 1/2')).toBe(2.5);
    expect(numberValue('a couple of')).toBe(2);
    expect(numberValue('several')).toBeNull();
  });

  it('writes durations, fractions in the next smaller unit where they divide evenly', () => {
    expect(duration(2.5, 'years')).toBe('P2Y6M');
    expect(duration(1.5, 'days')).toBe('P1DT12H');
    expect(duration(0.5, 'hour')).toBe('PT0H30M');
    expect(duration(1.5, 'weeks')).toBe('P1.5W');
    expect(duration(2, 'decades')).toBe('P20Y');
    expect(duration(null, 'months')).toBe('PXM');
  });

  it('numbers months', () => {
    expect(monthNumber('March')).toBe(3);
    expect(monthNumber('december')).toBe(12);
  });
});
