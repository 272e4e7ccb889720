import { byteLength } from '../../analyse/tokens.js';
import type { Article, Statement, SummaryBudget } from '../../types.js';
import { budgetDimensions } from './budget.js';
import { type Candidate, candidates } from './candidates.js';
import { leadWeight, type PileConcepts, pileConcepts } from './concepts.js';
import type { CoverageProblem, Item } from './coverage.js';
import type { SummaryOptions } from './index.js';
import { measureReach, spaceWords, type TailUnit } from './tail.js';
import { conceptWeights, functionBigramValue } from './weights.js';

/** A pile's summary as a selection problem: one item per candidate sentence, in `pool` order. */
export interface SummaryProblem {
  readonly pool: readonly Candidate[];
  readonly problem: CoverageProblem;
}

/**
 * Builds the selection problem: weighted concepts and function-word bigram
 * mentions, one item per statement's candidate sentence (its lead bonus
 * scaled by its article's standing in the pile), the budget as capacities,
 * and (when the summary may overflow) how a truncating scorer would read a
 * last sentence.
 */
export function summaryProblem(
  articles: readonly Article[],
  statements: readonly Statement[],
  budget: SummaryBudget,
  o: SummaryOptions,
): SummaryProblem {
  const pc = pileConcepts(articles);
  const weights = conceptWeights(pc, articles.length, o.weights);
  let heaviest = 0;
  for (let c = 0; c < weights.length; c++) if (weights[c]! > heaviest) heaviest = weights[c]!;
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const pool = candidates(articles, statements, o.candidates);
  const dimensions = budgetDimensions(budget, o.overflow);
  const unit = o.overflow ? tailUnit(budget) : undefined;
  const { positionBonus, weakPenalty } = o.select;
  const articleOf = pool.map((c) => articleIndex.get(c.article.id)!);
  const sentenceOf = pool.map((c, i) => pc.firstSentence[articleOf[i]!]! + c.sentence.index);
  const standing = articleStanding(pc.articleShare);
  const mentions = functionMentions(pc, sentenceOf, functionBigramValue(o.weights), weights);
  let longest = 0;
  if (unit) for (const c of pool) longest = Math.max(longest, c.sentence.words.length);
  const reach = new Int32Array(longest);
  const items: Item[] = pool.map((c, i) => {
    const words = unit ? measureReach(c.sentence, unit, reach) : spaceWords(c.sentence.text);
    const { concepts, need } = itemConcepts(
      pc,
      sentenceOf[i]!,
      weights,
      mentions.first[i]!,
      unit ? reach : undefined,
    );
    const lead = leadWeight(c.sentence.index) * standing[articleOf[i]!]!;
    const cost = dimensions.cost(words, byteLength(c.sentence.text));
    const bonus = heaviest * (positionBonus * lead - (c.weak ? weakPenalty : 0));
    return unit ? { concepts, need, cost, bonus } : { concepts, cost, bonus };
  });
  const problem: CoverageProblem = {
    items,
    weights: mentions.weights,
    capacity: dimensions.capacity,
    ...(unit ? { tail: { dim: 0 } } : {}),
  };
  return { pool, problem };
}

/**
 * The weighted concepts of sentence `g`, then its function-word bigram
 * mentions (ids from `firstMention` on, none when -1), merged in the order
 * they end, which is the order a tail reads them in; with `reach` (the
 * sentence's, see `measureReach`), the room each needs to be read.
 */
function itemConcepts(
  pc: PileConcepts,
  g: number,
  weights: Float64Array,
  firstMention: number,
  reach: Int32Array | undefined,
): { concepts: number[]; need: number[] } {
  const concepts: number[] = [];
  const need: number[] = [];
  const { functionEnds } = pc;
  let f = pc.functionStart[g]!;
  const fEnd = firstMention < 0 ? f : pc.functionStart[g + 1]!;
  let id = firstMention;
  for (let k = pc.start[g]!; k < pc.start[g + 1]!; k++) {
    const concept = pc.concepts[k]!;
    if (weights[concept]! <= 0) continue;
    const end = pc.ends[k]!;
    for (; f < fEnd && functionEnds[f]! <= end; f++, id++) {
      concepts.push(id);
      if (reach) need.push(reach[functionEnds[f]!]!);
    }
    concepts.push(concept);
    if (reach) need.push(reach[end]!);
  }
  for (; f < fEnd; f++, id++) {
    concepts.push(id);
    if (reach) need.push(reach[functionEnds[f]!]!);
  }
  return { concepts, need };
}

/**
 * Function-word bigrams ("of the") are no concepts, yet ROUGE counts every
 * one a summary and its reference share, each mention up to the reference's
 * count. So each mention in a candidate sentence is a concept of its own,
 * worth `value` (what one matches on average, learned: model.ts):
 * taking the sentence gains them all, and an overflowing last sentence the
 * ones it shows. Returns the weights with those mentions appended after the
 * concepts, and the id of each candidate's first mention; with no value, the
 * concept weights unchanged and no mentions (-1).
 */
function functionMentions(
  pc: PileConcepts,
  sentenceOf: readonly number[],
  value: number,
  weights: Float64Array,
): { weights: Float64Array; first: Int32Array } {
  const first = new Int32Array(sentenceOf.length).fill(-1);
  if (value <= 0) return { weights, first };
  let next = weights.length;
  sentenceOf.forEach((g, i) => {
    first[i] = next;
    next += pc.functionStart[g + 1]! - pc.functionStart[g]!;
  });
  const all = new Float64Array(next);
  all.set(weights);
  all.fill(value, weights.length);
  return { weights: all, first };
}

/**
 * How much an article's lead counts as a lead of the story: its share of
 * words other articles use too, against the pile's average. News puts the
 * event first, but an article that shares little with the rest of the pile
 * is likely off the story (a scraped archive page, a related piece), and
 * its first sentences are no lead of this one; one that shares more than
 * most is the core of it. 1 for every article when none shares anything.
 */
function articleStanding(share: Float64Array): Float64Array {
  let mean = 0;
  for (const x of share) mean += x / share.length;
  return share.map((x) => (mean > 0 ? x / mean : 1));
}

/** The unit a truncating scorer cuts this budget by: its first limit, when that is words or bytes. */
function tailUnit(budget: SummaryBudget): TailUnit | undefined {
  if (budget.words !== undefined) return 'words';
  if (budget.bytes !== undefined) return 'bytes';
  return undefined;
}
