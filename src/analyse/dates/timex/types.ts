/** TIMEX3 types: a calendar date, a time of day, a length of time, a recurrence. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A time expression found in a text, with its TIMEX3 value. */
export interface Timex {
  /** Offsets into the text. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2017-04-12`, `1998-W08`, `1989-Q3`, `P3M`, `PRESENT_REF`... */
  value: string;
  /** Whether the text fixes the value (an explicit date) rather than the reference date implying it. */
  certain: boolean;
}
