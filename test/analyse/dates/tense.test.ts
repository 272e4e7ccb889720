import { describe, expect, it } from 'vitest';
import { markedTense, tenseAt } from '../../../src/analyse/dates/tense.js';

/** The tense around the first occurrence of `word` in `text`. */
const marked = (text: string, word: string) =>
  markedTense(text, text.indexOf(word), text.indexOf(word) + word.length);
const at = (text: string, word: string) =>
  tenseAt(text, text.indexOf(word), text.indexOf(word) + word.length);

describe('tense around a date', () => {
  it('takes the nearest marker', () => {
    expect(marked('The minister said he will meet Tuesday.', 'Tuesday')).toBe('future');
    expect(marked('He will say the minister resigned Tuesday.', 'Tuesday')).toBe('past');
  });

  it('does not take a future marker that looks past for a past one', () => {
    expect(marked('The vote is scheduled Tuesday.', 'Tuesday')).toBe('future');
    expect(marked('The vote planned for Tuesday', 'Tuesday')).toBe('future');
  });

  it('reads markers only within reach', () => {
    const far = `He said so. ${'x '.repeat(40)}Friday`;
    expect(marked(far, 'Friday')).toBeNull();
    expect(at(far, 'Friday')).toBe('past');
  });

  it('gives the past when only past markers, or none, are near', () => {
    expect(at('Officials confirmed Friday that talks continue.', 'Friday')).toBe('past');
    expect(at('Talks Friday.', 'Friday')).toBe('past');
    expect(at('Talks will resume Friday.', 'Friday')).toBe('future');
  });

  it('folds the long s and the Kelvin sign as Unicode does', () => {
    // "ſ" is an s and "K" a k to a Unicode pattern: these texts are read by the slower patterns.
    expect(marked('They ſaid Friday.', 'Friday')).toBe('past');
    expect(marked('Talks as ſoon as Friday.', 'Friday')).toBe('future');
    expect(marked('Talks Friday, seats boo\u212Aed.', 'Friday')).toBe('past');
  });
});
