import { describe, expect, it } from 'vitest';
import { namesIn } from '../../src/cluster/names.js';

describe('namesIn', () => {
  it('finds runs of capitalised words, and the last word of a longer name', () => {
    expect(namesIn('He met his counterpart Sergei Lavrov in Moscow on Wednesday.')).toEqual([
      'sergei lavrov',
      'lavrov',
      'moscow',
    ]);
  });

  it('keeps joiners inside a name and drops titles in front of it', () => {
    expect(namesIn('Officials at the Bank of England briefed President Joe Biden.')).toEqual([
      'bank of england',
      'england',
      'joe biden',
      'biden',
    ]);
  });

  it('ignores a lone capital at the start of a sentence, and breaks names at punctuation', () => {
    expect(namesIn('Rebels attacked a village near Kasese, Uganda (AP).')).toEqual([
      'kasese',
      'uganda',
      'ap',
    ]);
  });

  it('finds nothing in lower-cased text', () => {
    expect(namesIn('Us state department spokeswoman marie harf said the video was authentic.')).toEqual([]);
  });

  it('splits a possessive from the name after it', () => {
    expect(namesIn("They cited Syria's Bashar Assad.")).toEqual(['syria', 'bashar assad', 'assad']);
  });
});
