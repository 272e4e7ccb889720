/**
 * Online story clustering. Articles arrive one at a time; each is compared
 * with the recent stories that share its heaviest terms and joins the best
 * one if the score clears a threshold, else starts a story. The score is the
 * cosine between the article's tf-idf vector and the story's profile (idf
 * from the stream so far), optionally blended with a cosine over capitalised
 * names, and discounted by the gap in days. Pure: no I/O, no clock.
 */
import { RepeatedText } from './boilerplate.js';
import type { ArticleFeatures } from './features.js';
import { type ClusterOptions, type ClusterSettings, DEFAULT_CLUSTER_OPTIONS } from './options.js';
import { Postings } from './postings.js';
import type { Profile } from './profile.js';
import { StoryState } from './story.js';
import { timeFactor } from './time.js';
import { type SparseVector, type TermCounts, Vectors } from './vectors.js';
import { Vocabulary } from './vocabulary.js';

/** Where an article went. */
export interface Assignment {
  /** The story id: `story-1`, `story-2`, ... in order of creation, or the id a replayed story was restored under. */
  story: string;
  /** True when the article started the story. */
  isNew: boolean;
  /** The best score found among the candidates (0 when there was none). */
  score: number;
}

/** A candidate story and its score, as a `Decide` function sees it. */
export interface Candidate {
  story: string;
  score: number;
}

/**
 * Overrules the join rule, to measure bounds (src/eval/cluster/oracle.ts):
 * given the article's candidates, best first, returns the story it goes to
 * (a live one, or a new story under that id), or null for a new story.
 */
export type Decide = (candidates: readonly Candidate[]) => string | null;

/** A candidate story and its score for the article being added. */
interface Scored {
  story: StoryState;
  score: number;
}

// Names share the document-frequency table with stems under this prefix, so
// both are counted over the same articles.
const NAME_PREFIX = '=';

/** Assigns a stream of articles to stories, one at a time. */
export class StoryClusterer {
  /** The parameters in force. */
  readonly options: ClusterOptions;
  private readonly vocab: Vocabulary;
  private readonly vectors: Vectors;
  private readonly templates: RepeatedText;
  private readonly postings: Postings;
  // Live stories, least recently fed first (re-inserted on every join).
  private readonly live = new Map<string, StoryState>();
  private seen = 0;
  private created = 0;
  private newestDay: number | null = null;

  constructor(options: ClusterSettings = {}) {
    // `time` is merged field by field, so `{ time: { graceDays: 7 } }` keeps the other defaults.
    this.options = {
      ...DEFAULT_CLUSTER_OPTIONS,
      ...options,
      time: { ...DEFAULT_CLUSTER_OPTIONS.time, ...options.time },
    };
    this.vocab = new Vocabulary(this.options.maxTerms);
    this.vectors = new Vectors(this.vocab);
    this.templates = new RepeatedText(this.options.templateRepeats);
    this.postings = new Postings(Math.max(16, Math.ceil(this.options.maxStories / 4)));
  }

  /** How many stories are in the window. */
  get liveStories(): number {
    return this.live.size;
  }

  /** How many (term, story) entries the inverted index holds, stale ones included. */
  get indexEntries(): number {
    return this.postings.entries;
  }

  /**
   * Assigns one article (in stream order) to a story: the best candidate if
   * its score reaches the threshold, else a new story. `decide`, for
   * measuring bounds only, overrules that choice.
   */
  add(features: ArticleFeatures, decide?: Decide): Assignment {
    const { terms, names } = this.prepare(features);
    const scored = this.vectors.withLoaded(terms, names, () =>
      this.scored(terms, names.ids.length > 0, features.day),
    );
    const best = scored[0] ?? null;
    let story: StoryState;
    if (decide) {
      const id = decide(scored.map((c) => ({ story: c.story.id, score: c.score })));
      story = id === null ? this.startStory() : (this.live.get(id) ?? this.named(id));
    } else {
      story = best !== null && best.score >= this.options.threshold ? best.story : this.startStory();
    }
    const isNew = !this.live.has(story.id);
    this.feed(story, terms, names, features.day);
    return { story: story.id, isNew, score: best?.score ?? 0 };
  }

  /**
   * Replays an article already placed in `story` (by an earlier run, read
   * back from a store): frequencies, template counts, the story's profile
   * and the window change exactly as when it was added, and nothing is
   * decided. Replay in stream order; later stories never take a replayed id.
   */
  restore(features: ArticleFeatures, story: string): void {
    const { terms, names } = this.prepare(features);
    this.feed(this.live.get(story) ?? this.named(story), terms, names, features.day);
  }

  /** Advances the stream clock and window, counts the article's terms, and builds its vectors. */
  private prepare(features: ArticleFeatures): { terms: SparseVector; names: SparseVector } {
    this.seen += 1;
    if (features.day !== null && (this.newestDay === null || features.day > this.newestDay)) {
      this.newestDay = features.day;
    }
    this.evictStale();
    this.vocab.maintain();
    const counts = this.count(features);
    this.vocab.observe(counts.terms.ids);
    this.vocab.observe(counts.names.ids, false);
    return {
      terms: this.vectors.build(counts.terms, this.options.termsPerArticle),
      names: this.vectors.build(counts.names, this.options.namesPerArticle),
    };
  }

  /** Weighted term and name counts by id, template sentences left out (and recorded). */
  private count(features: ArticleFeatures): { terms: TermCounts; names: TermCounts } {
    // Counted by string first: the article's own small map is cheaper per
    // occurrence than the vocabulary's, which is then asked once per term.
    const terms = new Tally();
    const names = new Tally();
    const keys: number[] = [];
    const useNames = this.options.namesWeight > 0;
    for (const part of features.parts) {
      if (part.key !== null) {
        keys.push(part.key);
        if (this.templates.isTemplate(part.key)) continue;
      }
      for (const stem of part.stems) terms.add(stem, part.weight);
      if (useNames) for (const name of part.names) names.add(NAME_PREFIX + name, part.weight);
    }
    this.templates.record(keys);
    return { terms: this.byId(terms), names: this.byId(names) };
  }

  /** The tally by term id; ids are handed out in the order the terms were first counted. */
  private byId(tally: Tally): TermCounts {
    return { ids: tally.keys.map((key) => this.vocab.id(key)), counts: tally.counts };
  }

  /** The live stories sharing the article's heaviest indexed terms, scored, best first. */
  private scored(terms: SparseVector, hasNames: boolean, day: number | null): Scored[] {
    const out = this.gather(terms).map((story) => ({ story, score: this.score(story, hasNames, day) }));
    // Ties go to the older story, so the outcome never depends on Map order.
    return out.sort((a, b) => b.score - a.score || a.story.order - b.story.order);
  }

  /** Live stories posted under the article's query terms, most shared weight first, at most `candidates`. */
  private gather(terms: SparseVector): StoryState[] {
    const found: StoryState[] = [];
    const stamp = this.seen;
    // The heaviest terms that index some story: an article's very heaviest
    // terms are often new to the stream, and look nothing up.
    let used = 0;
    for (let q = 0; q < terms.ids.length && used < this.options.queryTerms; q++) {
      const list = this.postings.get(terms.ids[q]!);
      if (!list) continue;
      used += 1;
      const weight = terms.weights[q]!;
      for (const story of list) {
        if (!story.alive) continue;
        if (story.stamp !== stamp) {
          story.stamp = stamp;
          story.evidence = 0;
          found.push(story);
        }
        story.evidence += weight;
      }
    }
    if (found.length <= this.options.candidates) return found;
    found.sort((a, b) => b.evidence - a.evidence || a.order - b.order);
    return found.slice(0, this.options.candidates);
  }

  /** Word cosine, blended with name cosine when both sides have names, discounted by the gap in days. */
  private score(story: StoryState, hasNames: boolean, day: number | null): number {
    let similarity = this.vectors.cosine(story.terms, 'terms');
    if (hasNames && story.names.length > 0) {
      const beta = this.options.namesWeight;
      similarity = (1 - beta) * similarity + beta * this.vectors.cosine(story.names, 'names');
    }
    return similarity * timeFactor(day, story.firstDay, story.lastDay, this.options.time);
  }

  /** A new story under a given id (a replayed one, or one a `Decide` named). */
  private named(id: string): StoryState {
    this.created += 1;
    return new StoryState(id, this.created);
  }

  private startStory(): StoryState {
    let id: string;
    do {
      this.created += 1;
      id = `story-${this.created}`;
    } while (this.live.has(id));
    return new StoryState(id, this.created);
  }

  /** Adds the article to `story`: profiles, postings for new terms, days, window position. */
  private feed(story: StoryState, terms: SparseVector, names: SparseVector, day: number | null): void {
    this.update(story, story.terms, terms, this.options.termsPerStory, true);
    this.update(story, story.names, names, this.options.namesPerStory, false);
    story.touch(day);
    this.live.delete(story.id);
    this.live.set(story.id, story);
    while (this.live.size > this.options.maxStories) this.evict(this.live.values().next().value!);
  }

  private update(
    story: StoryState,
    profile: Profile,
    vector: SparseVector,
    limit: number,
    post: boolean,
  ): void {
    const change = profile.add(vector, limit, this.vocab, this.vectors.scratch());
    // Only terms that enter the profile among the article's heaviest index
    // the story: enough to find it again, at a fraction of the postings.
    const indexed = post ? new Set(vector.ids.slice(0, this.options.indexTerms)) : null;
    for (const id of change.added) {
      this.vocab.hold(id);
      // A term that leaves a profile and comes back is posted twice; that
      // only counts it twice when ranking candidates, and is rare.
      if (indexed?.has(id)) this.postings.post(id, story);
    }
    for (const id of change.removed) this.vocab.release(id);
  }

  /** Drops stories whose latest article is more than `maxAgeDays` older than the newest article. */
  private evictStale(): void {
    if (this.newestDay === null) return;
    const oldest = this.newestDay - this.options.maxAgeDays;
    for (const story of this.live.values()) {
      // Least recently fed first: in a dated stream the first story young
      // enough ends the sweep. Undated stories leave by count only.
      if (story.lastDay === null) continue;
      if (story.lastDay >= oldest) break;
      this.evict(story);
    }
  }

  private evict(story: StoryState): void {
    story.alive = false;
    this.live.delete(story.id);
    for (const id of story.terms.termIds()) this.vocab.release(id);
    for (const id of story.names.termIds()) this.vocab.release(id);
    this.postings.evict();
  }
}

/** Weighted counts of strings, in order of first occurrence. */
class Tally {
  readonly keys: string[] = [];
  readonly counts: number[] = [];
  // Position of each key in `keys`: one lookup per occurrence, where a map of counts needs two.
  private readonly at = new Map<string, number>();

  add(key: string, weight: number): void {
    const k = this.at.get(key);
    if (k === undefined) {
      this.at.set(key, this.keys.length);
      this.keys.push(key);
      this.counts.push(weight);
    } else this.counts[k]! += weight;
  }
}
