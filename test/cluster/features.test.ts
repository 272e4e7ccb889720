import { describe, expect, it } from 'vitest';
import { articleFeatures, dayOf, hashWords } from '../../src/cluster/features.js';
import { article } from './fixtures.js';

const weightOf = (parts: { weight: number; stems: string[] }[], stem: string): number =>
  parts.reduce((sum, p) => sum + p.weight * p.stems.filter((s) => s === stem).length, 0);

describe('articleFeatures', () => {
  const a = article(
    'a',
    [
      'The bridge closed on Tuesday.',
      'Engineers inspected it.',
      'Cables were corroded.',
      'The bridge may reopen in 2027.',
    ],
    { title: 'Bridge shut', published: '2026-03-03' },
  );

  it('weighs title words over lead sentences over the rest', () => {
    const f = articleFeatures(a);
    expect(f.parts[0]).toMatchObject({ key: null, weight: 3, stems: ['bridg', 'shut'] });
    // title 3 + first sentence 2 + fourth sentence 1
    expect(weightOf(f.parts, 'bridg')).toBe(6);
    expect(f.parts.map((p) => p.weight)).toEqual([3, 2, 2, 2, 1]);
  });

  it('keeps content stems only: no function words, no bare numbers', () => {
    const last = articleFeatures(a).parts.at(-1)!;
    expect(last.stems).toEqual(['bridg', 'mai', 'reopen']);
  });

  it('reads the publication day, and finds names only when asked', () => {
    const f = articleFeatures(a);
    expect(f.day).toBe(dayOf('2026-03-03'));
    expect(f.parts.every((p) => p.names.length === 0)).toBe(true);
    const named = articleFeatures(article('n', ['He met Sergei Lavrov in Moscow.']), { names: true });
    expect(named.parts[0]!.names).toEqual(['sergei lavrov', 'lavrov', 'moscow']);
  });
});

describe('dayOf', () => {
  it('counts days since 1970 and refuses what is not a date', () => {
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('2026-11-21T10:00:00Z')).toBe(dayOf('2026-11-21'));
    expect(dayOf(null)).toBeNull();
    expect(dayOf('November 2026')).toBeNull();
  });
});

describe('hashWords', () => {
  it('is the same for the same words and differs when a word changes', () => {
    expect(hashWords(['learn', 'more'])).toBe(hashWords(['learn', 'more']));
    expect(hashWords(['learn', 'more'])).not.toBe(hashWords(['learn', 'less']));
    expect(hashWords(['ab', 'c'])).not.toBe(hashWords(['a', 'bc']));
  });
});
