/** The clusterer's parameters: one set for every stream. */
import { DEFAULT_TIME_DECAY, type TimeDecay } from './time.js';

/** Parameters of `StoryClusterer`. */
export interface ClusterOptions {
  /** An article joins its best story when the score reaches this; otherwise it starts a story. */
  threshold: number;
  /** Share of the score given to shared capitalised names when both sides have names (the rest is words). */
  namesWeight: number;
  /** Heaviest terms kept per article and per story (bounded profiles). */
  termsPerArticle: number;
  termsPerStory: number;
  namesPerArticle: number;
  namesPerStory: number;
  /** How many of an article's heaviest terms index its story in the inverted index. */
  indexTerms: number;
  /** How many of an article's heaviest indexed terms look up candidate stories. */
  queryTerms: number;
  /** How many candidates (most shared query weight first) are scored exactly. */
  candidates: number;
  /** The window by count: only the stories most recently fed, this many, are compared... */
  maxStories: number;
  /** ...and by time: stories whose latest article is this many days older than the newest seen are dropped. */
  maxAgeDays: number;
  /** How the gap in days discounts similarity. */
  time: TimeDecay;
  /** A sentence seen verbatim in this many earlier articles is template text and ignored. */
  templateRepeats: number;
  /** Terms held by the document-frequency table before it forgets. */
  maxTerms: number;
}

/** What callers may set: any options, and any of the time-decay fields (the rest keep their defaults). */
export type ClusterSettings = Partial<Omit<ClusterOptions, 'time'>> & { time?: Partial<TimeDecay> };

/**
 * The defaults (docs/BENCHMARKS.md has the figures). The
 * threshold and window were chosen on TDT 1998 and the same values are
 * reported on the Multi-News stream: 100 stories is the smallest round
 * window that costs the three-month TDT stream nothing.
 */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  threshold: 0.19,
  namesWeight: 0,
  termsPerArticle: 100,
  termsPerStory: 150,
  namesPerArticle: 30,
  namesPerStory: 60,
  indexTerms: 30,
  queryTerms: 10,
  candidates: 20,
  maxStories: 100,
  maxAgeDays: 120,
  time: DEFAULT_TIME_DECAY,
  templateRepeats: 3,
  maxTerms: 500_000,
};
