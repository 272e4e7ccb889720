import { describe, expect, it } from 'vitest';
import {
  articleFeatures,
  clusterArticles,
  createClusterer,
  StoryClusterer,
} from '../../src/cluster/index.js';
import type { Article } from '../../src/types.js';
import { article, BRIDGE, FILLER, TRANSFER } from './fixtures.js';

const ids = (groups: Article[][]): string[][] => groups.map((g) => g.map((a) => a.id).sort()).sort();

describe('StoryClusterer', () => {
  it('puts two events into two stories, each article reported as new or joining', () => {
    const clusterer = new StoryClusterer();
    const stream = [
      article('f0', FILLER[0]!),
      article('b0', BRIDGE[0]!),
      article('t0', TRANSFER[0]!),
      article('f1', FILLER[1]!),
      article('b1', BRIDGE[1]!),
      article('t1', TRANSFER[1]!),
      article('b2', BRIDGE[2]!),
      article('t2', TRANSFER[2]!),
    ];
    const out = new Map(stream.map((a) => [a.id, clusterer.add(articleFeatures(a))]));
    expect(out.get('b0')).toMatchObject({ isNew: true });
    for (const id of ['b1', 'b2'])
      expect(out.get(id)).toMatchObject({ story: out.get('b0')!.story, isNew: false });
    for (const id of ['t1', 't2'])
      expect(out.get(id)).toMatchObject({ story: out.get('t0')!.story, isNew: false });
    expect(out.get('t0')!.story).not.toBe(out.get('b0')!.story);
    expect(out.get('f0')!.story).not.toBe(out.get('f1')!.story);
    expect(out.get('b1')!.score).toBeGreaterThanOrEqual(clusterer.options.threshold);
  });

  it('lets a follow-up weeks later join its story', () => {
    const groups = clusterArticles([
      article('first', BRIDGE[0]!, { published: '2026-03-03' }),
      article('transfer', TRANSFER[0]!, { published: '2026-03-05' }),
      article('follow-up', BRIDGE[1]!, { published: '2026-03-27' }),
    ]);
    expect(ids(groups)).toEqual([['first', 'follow-up'], ['transfer']]);
  });

  it('splits the same topic months apart, which it joins when undated', () => {
    const spring = article('spring', BRIDGE[0]!, { published: '2026-03-03' });
    const autumn = article('autumn', BRIDGE[1]!, { published: '2026-09-14' });
    expect(ids(clusterArticles([spring, autumn]))).toEqual([['autumn'], ['spring']]);
    const undated = article('undated', BRIDGE[1]!);
    expect(ids(clusterArticles([spring, undated]))).toEqual([['spring', 'undated']]);
  });

  it('gives the same stories whatever order a pile of undated articles is listed in', () => {
    const pile = [
      ...BRIDGE.map((p, i) => article(`b${i}`, p)),
      ...TRANSFER.map((p, i) => article(`t${i}`, p)),
      ...FILLER.map((p, i) => article(`f${i}`, p)),
    ];
    const expected = ids(clusterArticles(pile));
    expect(expected).toContainEqual(['b0', 'b1', 'b2']);
    expect(expected).toContainEqual(['t0', 't1', 't2']);
    let seed = 7;
    const random = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let round = 0; round < 20; round++) {
      const shuffled = [...pile].sort(() => random() - 0.5);
      expect(ids(clusterArticles(shuffled))).toEqual(expected);
    }
  });

  it('keeps at most maxStories stories, and its index with them', () => {
    const clusterer = createClusterer({ maxStories: 20 });
    let peakIndex = 0;
    for (let i = 0; i < 400; i++) {
      // Every article its own story: distinct made-up words, nothing shared.
      const words = Array.from({ length: 12 }, (_, k) => `w${i}x${k}`).join(' ');
      clusterer.add(articleFeatures(article(`a${i}`, [`${words}.`])));
      expect(clusterer.liveStories).toBeLessThanOrEqual(20);
      peakIndex = Math.max(peakIndex, clusterer.indexEntries);
    }
    // Evicted stories are swept from the index in batches: bounded by a few windows' worth.
    expect(peakIndex).toBeLessThan(3 * 20 * 12);
  });

  it('drops stories that have not been fed for maxAgeDays', () => {
    const clusterer = createClusterer({ maxAgeDays: 30 });
    const day = (n: number): string =>
      new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    clusterer.add(articleFeatures(article('old', BRIDGE[0]!, { published: day(0) })));
    clusterer.add(articleFeatures(article('mid', TRANSFER[0]!, { published: day(20) })));
    expect(clusterer.liveStories).toBe(2);
    clusterer.add(articleFeatures(article('new', FILLER[0]!, { published: day(45) })));
    expect(clusterer.liveStories).toBe(2);
    // The bridge story is gone: even a copy of its article starts a new story.
    expect(clusterer.add(articleFeatures(article('copy', BRIDGE[0]!, { published: day(46) }))).isNew).toBe(
      true,
    );
  });

  it('sets template text aside once it has been seen in a few articles', () => {
    const clusterer = createClusterer({ templateRepeats: 3 });
    const template = ['These crawls are part of an effort to archive pages as they are created.'];
    const results = Array.from({ length: 6 }, (_, i) =>
      clusterer.add(articleFeatures(article(`t${i}`, template))),
    );
    // The first copies look alike and join; from the fourth on the text is template and says nothing.
    expect(results.slice(1, 3).every((r) => !r.isNew)).toBe(true);
    expect(results.slice(3).every((r) => r.isNew && r.score === 0)).toBe(true);
  });

  it('picks up where a replayed stream left off', () => {
    const clusterer = new StoryClusterer();
    clusterer.restore(articleFeatures(article('b0', BRIDGE[0]!)), 'story-2');
    // The next new story would be story-2 by count; it never takes a replayed id.
    const fresh = clusterer.add(articleFeatures(article('f0', FILLER[0]!)));
    expect(fresh).toMatchObject({ story: 'story-3', isNew: true });
    clusterer.restore(articleFeatures(article('t0', TRANSFER[0]!)), 'stored-transfer');
    expect(clusterer.liveStories).toBe(3);
    expect(clusterer.add(articleFeatures(article('b1', BRIDGE[1]!)))).toMatchObject({
      story: 'story-2',
      isNew: false,
    });
    expect(clusterer.add(articleFeatures(article('t1', TRANSFER[1]!))).story).toBe('stored-transfer');
  });

  it('never joins an article with no content', () => {
    const clusterer = new StoryClusterer();
    clusterer.add(articleFeatures(article('a', BRIDGE[0]!)));
    const empty = clusterer.add(articleFeatures(article('e', ['The.'])));
    expect(empty).toMatchObject({ isNew: true, score: 0 });
  });
});
