import { describe, expect, it } from 'vitest';
import { datedSentences } from '../../../src/analyse/dates/events.js';

const sentences = (...texts: string[]) => texts.map((text) => ({ text }));

describe('dated sentences', () => {
  it('dates the sentences whose date words give a day or a month', () => {
    // Wednesday 21 October 1998.
    const dated = datedSentences(
      sentences(
        'The talks collapsed Monday after a long night.',
        'Prices rose 3 percent in the market.',
        'The court will rule on Nov. 4, officials said.',
        'Shares fell this month, and again in September.',
        'Stores will see record sales at Thanksgiving.',
        'Ten years ago, the plant closed.',
      ),
      '1998-10-21',
    );
    expect(dated).toEqual([
      { sentence: 0, date: '1998-10-19', certain: false },
      { sentence: 2, date: '1998-11-04', certain: false },
      { sentence: 3, date: '1998-10', certain: false },
      { sentence: 4, date: '1998-11-26', certain: false },
    ]);
  });

  it('skips dates inside excluded ranges and, without a publication date, dates it cannot place', () => {
    const text = '"We met Friday," he said on Oct. 9, 1998.';
    expect(datedSentences(sentences(text), '1998-10-12', () => [{ start: 0, end: 16 }])).toEqual([
      { sentence: 0, date: '1998-10-09', certain: true },
    ]);
    expect(datedSentences(sentences('We met Friday.'), null)).toEqual([]);
  });
});
