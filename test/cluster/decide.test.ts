/** `add` with a `Decide`: the hook the evaluation bounds use to overrule the join rule. */
import { describe, expect, it } from 'vitest';
import { articleFeatures, type Candidate, StoryClusterer } from '../../src/cluster/index.js';
import { article, BRIDGE, FILLER, TRANSFER } from './fixtures.js';

describe('StoryClusterer.add with a decision', () => {
  it('shows the scored candidates best first and goes where the decision says', () => {
    const clusterer = new StoryClusterer();
    const bridge = clusterer.add(articleFeatures(article('b0', BRIDGE[0]!)));
    const transfer = clusterer.add(articleFeatures(article('t0', TRANSFER[0]!)));
    let seen: readonly Candidate[] = [];
    // The second bridge report, sent to the transfer story against the similarity.
    const forced = clusterer.add(articleFeatures(article('b1', BRIDGE[1]!)), (candidates) => {
      seen = candidates;
      return transfer.story;
    });
    expect(seen[0]).toMatchObject({ story: bridge.story });
    expect(seen[0]!.score).toBeGreaterThanOrEqual(clusterer.options.threshold);
    expect(forced).toMatchObject({ story: transfer.story, isNew: false, score: seen[0]!.score });
  });

  it('starts a story under a new id it names, or a fresh one on null, even for a close copy', () => {
    const clusterer = new StoryClusterer();
    clusterer.add(articleFeatures(article('f0', FILLER[0]!)));
    clusterer.add(articleFeatures(article('b0', BRIDGE[0]!)));
    expect(clusterer.add(articleFeatures(article('b1', BRIDGE[1]!)), () => 'gold-bridge')).toMatchObject({
      story: 'gold-bridge',
      isNew: true,
    });
    const fresh = clusterer.add(articleFeatures(article('b2', BRIDGE[2]!)), () => null);
    expect(fresh.isNew).toBe(true);
    expect(['gold-bridge', 'story-1', 'story-2']).not.toContain(fresh.story);
    // Without a decision the next report joins by similarity as usual.
    expect(clusterer.add(articleFeatures(article('b3', BRIDGE[0]!))).isNew).toBe(false);
  });
});
