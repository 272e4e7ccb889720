/** The near-day boost: reports of one event a day or two apart count as more alike. */
import { describe, expect, it } from 'vitest';
import {
  articleFeatures,
  type ClusterSettings,
  DEFAULT_TIME_DECAY,
  StoryClusterer,
} from '../../src/cluster/index.js';
import { timeFactor } from '../../src/cluster/time.js';
import type { SourceDocument } from '../../src/types.js';
import { article, FILLER } from './fixtures.js';

describe('timeFactor near the story', () => {
  const decay = { graceDays: 21, halfLifeDays: 30, nearBoost: 0.3, nearDays: 3 };

  it('raises a gap of 0 days by nearBoost, falling linearly to nothing at nearDays', () => {
    expect(timeFactor(110, 100, 110, decay)).toBeCloseTo(1.3, 10);
    expect(timeFactor(105, 100, 110, decay)).toBeCloseTo(1.3, 10);
    expect(timeFactor(111, 100, 110, decay)).toBeCloseTo(1.2, 10);
    expect(timeFactor(98, 100, 110, decay)).toBeCloseTo(1.1, 10);
    expect(timeFactor(113, 100, 110, decay)).toBe(1);
  });

  it('raises nothing when a date is missing', () => {
    expect(timeFactor(null, 100, 110, decay)).toBe(1);
    expect(timeFactor(110, null, null, decay)).toBe(1);
  });
});

// A flood and, later, the clean-up: one event, but their words overlap only
// in part (plain score about 0.17, under the 0.19 threshold).
const FLOOD = [
  'The river Ashby burst its banks on Sunday and flooded the market town of Kelton, forcing two hundred families from their homes.',
  'Rescue boats carried elderly residents from the lower streets as the water rose through the night.',
];
const CLEAN_UP = [
  'Volunteers in Kelton spent the day filling sandbags after the flood, while the council opened the school hall to families forced out.',
  'Forecasters warned that more rain could push the Ashby higher before the weekend.',
];

/** Whether the clean-up report joins the flood report, fed after some filler. */
function joins(
  flood: Partial<SourceDocument>,
  cleanUp: Partial<SourceDocument>,
  options: ClusterSettings = {},
): boolean {
  const clusterer = new StoryClusterer(options);
  for (const [i, filler] of FILLER.entries()) clusterer.add(articleFeatures(article(`f${i}`, filler)));
  const first = clusterer.add(articleFeatures(article('flood', FLOOD, flood)));
  return clusterer.add(articleFeatures(article('clean-up', CLEAN_UP, cleanUp))).story === first.story;
}

describe('StoryClusterer with dated reports', () => {
  it('joins a report of the same or the next day that it would not join undated or a week later', () => {
    expect(joins({ published: '2026-03-01' }, { published: '2026-03-01' })).toBe(true);
    expect(joins({ published: '2026-03-01' }, { published: '2026-03-02' })).toBe(true);
    expect(joins({ published: '2026-03-01' }, { published: '2026-03-08' })).toBe(false);
    expect(joins({}, {})).toBe(false);
    expect(joins({ published: '2026-03-01' }, {})).toBe(false);
  });

  it('keeps the other time defaults when only some are given', () => {
    const clusterer = new StoryClusterer({ time: { nearBoost: 0 } });
    expect(clusterer.options.time).toEqual({ ...DEFAULT_TIME_DECAY, nearBoost: 0 });
    expect(joins({ published: '2026-03-01' }, { published: '2026-03-01' }, { time: { nearBoost: 0 } })).toBe(
      false,
    );
  });
});
