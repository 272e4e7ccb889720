import { describe, expect, it } from 'vitest';
import { articleFeatures } from '../../src/cluster/index.js';
import { oracleBounds } from '../../src/eval/cluster/oracle.js';
import { article, BRIDGE, FILLER, TRANSFER } from '../cluster/fixtures.js';

const features = (paragraphs: string[][]) => paragraphs.map((p, i) => articleFeatures(article(`a${i}`, p)));

describe('oracleBounds', () => {
  it('is perfect when the gold stories are what the text says', () => {
    const stream = features([BRIDGE[0]!, TRANSFER[0]!, BRIDGE[1]!, TRANSFER[1]!, FILLER[0]!]);
    const bounds = oracleBounds(stream, [['B'], ['T'], ['B'], ['T'], ['F']]);
    expect(bounds.novelty.bcubed.f1).toBe(1);
    expect(bounds.noveltyLoneByThreshold.bcubed.f1).toBe(1);
    expect(bounds.history.bcubed.f1).toBe(1);
  });

  it('counts a report the similarity puts with another gold story against every bound', () => {
    // The third article reads like the bridge reports but is labelled with the transfer.
    const stream = features([BRIDGE[0]!, TRANSFER[0]!, BRIDGE[1]!]);
    const bounds = oracleBounds(stream, [['B'], ['T'], ['T']]);
    expect(bounds.history.bcubed.f1).toBeLessThan(1);
    expect(bounds.novelty.bcubed.f1).toBeLessThan(1);
  });

  it('decides an article alone in its gold story by the threshold only in the lone-by-threshold bound', () => {
    // A copy of a bridge report labelled as a story of its own (a page judged irrelevant to its story).
    const stream = features([BRIDGE[0]!, TRANSFER[0]!, BRIDGE[1]!]);
    const bounds = oracleBounds(stream, [['B'], ['T'], ['X']]);
    expect(bounds.novelty.bcubed.f1).toBe(1);
    expect(bounds.noveltyLoneByThreshold.bcubed.precision).toBeLessThan(1);
  });

  it('scores an unread article as a story of its own', () => {
    const stream = [...features([BRIDGE[0]!, BRIDGE[1]!]), null];
    expect(oracleBounds(stream, [['B'], ['B'], ['U']]).history.bcubed.f1).toBe(1);
  });
});
