import { describe, expect, it } from 'vitest';
import { RepeatedText } from '../../src/cluster/boilerplate.js';
import { streamOrder } from '../../src/cluster/order.js';
import { Profile } from '../../src/cluster/profile.js';
import { timeFactor } from '../../src/cluster/time.js';
import { Vectors } from '../../src/cluster/vectors.js';
import { Vocabulary } from '../../src/cluster/vocabulary.js';
import { article, BRIDGE, TRANSFER } from './fixtures.js';

describe('Vocabulary', () => {
  it('gives rarer terms a higher idf', () => {
    const vocab = new Vocabulary();
    const common = vocab.id('said');
    const rare = vocab.id('okafor');
    vocab.observe([common, rare]);
    for (let i = 0; i < 9; i++) vocab.observe([common]);
    expect(vocab.idf(rare)).toBeGreaterThan(vocab.idf(common));
    expect(vocab.idf(common)).toBeGreaterThan(0);
  });

  it('stays bounded on a long stream, never dropping a term a story holds', () => {
    const vocab = new Vocabulary(1_000);
    const held = vocab.id('held');
    vocab.hold(held);
    for (let i = 0; i < 20_000; i++) {
      vocab.maintain();
      vocab.observe([vocab.id(`t${i}`)]);
    }
    expect(vocab.size).toBeLessThanOrEqual(1_251);
    expect(vocab.capacity).toBeLessThanOrEqual(1_300);
    expect(vocab.id('held')).toBe(held);
  });
});

describe('Profile', () => {
  it('keeps the heaviest terms up to its limit and reports what came and went', () => {
    const vocab = new Vocabulary();
    const [a, b, c] = ['a', 'b', 'c'].map((t) => vocab.id(t)) as [number, number, number];
    vocab.observe([a, b, c]);
    const scratch = new Float64Array(vocab.capacity);
    const profile = new Profile();
    expect(
      profile.add({ ids: [a, b], weights: [0.8, 0.6], contribution: [2, 1] }, 2, vocab, scratch),
    ).toEqual({
      added: [a, b],
      removed: [],
    });
    expect(profile.add({ ids: [c], weights: [1], contribution: [3] }, 2, vocab, scratch)).toEqual({
      added: [c],
      removed: [b],
    });
    expect([...profile.termIds()]).toEqual([c, a]);
    expect(scratch.every((x) => x === 0)).toBe(true);
  });

  it('scores 1 against the vector it was built from', () => {
    const vocab = new Vocabulary();
    const ids = ['x', 'y', 'z'].map((t) => vocab.id(t));
    vocab.observe(ids);
    const vectors = new Vectors(vocab);
    const v = vectors.build({ ids, counts: [1, 2, 3] }, 10);
    const profile = new Profile();
    profile.add(v, 10, vocab, vectors.scratch());
    const empty = vectors.build({ ids: [], counts: [] }, 10);
    expect(vectors.withLoaded(v, empty, () => vectors.cosine(profile, 'terms'))).toBeCloseTo(1, 10);
  });
});

describe('RepeatedText', () => {
  it('calls a sentence template once it has been seen in `limit` articles, counting each article once', () => {
    const text = new RepeatedText(2);
    text.record([7, 7]);
    expect(text.isTemplate(7)).toBe(false);
    text.record([7]);
    expect(text.isTemplate(7)).toBe(true);
    expect(text.isTemplate(8)).toBe(false);
  });

  it('stays bounded, forgetting one-off sentences but not a template that keeps coming back', () => {
    const text = new RepeatedText(3, 100);
    for (let i = 0; i < 1_000; i++) text.record(i % 10 === 0 ? [1, 1_000 + i] : [1_000 + i]);
    expect(text.isTemplate(1)).toBe(true);
    expect(text.size).toBeLessThanOrEqual(100);
  });
});

describe('timeFactor', () => {
  // No near-day boost here: test/cluster/time.test.ts covers it.
  const decay = { graceDays: 21, halfLifeDays: 30, nearBoost: 0, nearDays: 0 };
  it('is 1 within the grace period, inside the story span, or when a date is missing', () => {
    expect(timeFactor(120, 100, 110, decay)).toBe(1);
    expect(timeFactor(105, 100, 110, decay)).toBe(1);
    expect(timeFactor(null, 100, 110, decay)).toBe(1);
    expect(timeFactor(500, null, null, decay)).toBe(1);
  });
  it('halves every half-life past the grace period, before or after the story', () => {
    expect(timeFactor(110 + 21 + 30, 100, 110, decay)).toBeCloseTo(0.5, 10);
    expect(timeFactor(100 - 21 - 60, 100, 110, decay)).toBeCloseTo(0.25, 10);
  });
});

describe('streamOrder', () => {
  it('orders by day, undated last, ties by content, whatever the input order', () => {
    const pile = [
      article('u1', BRIDGE[0]!),
      article('d2', TRANSFER[0]!, { published: '2026-02-01' }),
      article('u2', TRANSFER[1]!),
      article('d1', BRIDGE[1]!, { published: '2026-01-01' }),
    ];
    const order = streamOrder(pile).map((a) => a.id);
    expect(order.slice(0, 2)).toEqual(['d1', 'd2']);
    expect(streamOrder([...pile].reverse()).map((a) => a.id)).toEqual(order);
  });
});
