/**
 * Reference points scored by the same code path as the summarizer: lead
 * sentences, LexRank (Erkan & Radev 2004) and a seeded random pick. Each
 * returns source sentences in summary order, filling the budget as the
 * summarizer does.
 */
import { fnv1a } from '../../dedupe/minhash.js';
import type { Article, SummaryBudget } from '../../types.js';
import { fillBudget } from './budget.js';

/** The baselines `--baseline` accepts. */
export const BASELINE_NAMES = ['lead', 'lexrank', 'random'] as const;

/** One of `BASELINE_NAMES`. */
export type BaselineName = (typeof BASELINE_NAMES)[number];

/** How a baseline fills its budget. */
export interface BaselineOptions {
  readonly budget: SummaryBudget;
  /** Let the last sentence run over (ROUGE truncates). */
  readonly overflow: boolean;
  /** Seed of the random baseline; the same seed gives the same summaries. */
  readonly seed: number;
  /** Told apart so every cluster draws its own sequence from one seed. */
  readonly key: string;
}

/** A baseline summary of `articles`. */
export function baselineSummary(
  name: BaselineName,
  articles: readonly Article[],
  o: BaselineOptions,
): string[] {
  switch (name) {
    case 'lead':
      return fillBudget(leadOrder(articles), o.budget, o.overflow);
    case 'lexrank':
      return lexRankSummary(articles, o.budget, o.overflow);
    case 'random':
      return fillBudget(
        shuffled(sentenceTexts(articles), seededRandom(`${o.seed}:${o.key}`)),
        o.budget,
        o.overflow,
      );
  }
}

function sentenceTexts(articles: readonly Article[]): string[] {
  return articles.flatMap((a) => a.sentences.map((s) => s.text));
}

/**
 * Lead sentences taken across articles in turn (every article's first, then
 * every second, ...): the multi-document form of "first k sentences of each
 * document" (Multi-News First-k). DUC's own Lead baseline takes only the
 * newest document, which is weaker.
 */
export function* leadOrder(articles: readonly Article[]): Generator<string> {
  const longest = Math.max(0, ...articles.map((a) => a.sentences.length));
  for (let k = 0; k < longest; k++)
    for (const a of articles) if (k < a.sentences.length) yield a.sentences[k]!.text;
}

/** Edges below this cosine similarity are dropped (the paper's 0.1). */
const LEXRANK_THRESHOLD = 0.1;
/** Probability of a random jump in the power iteration. */
const LEXRANK_DAMPING = 0.15;
/** A sentence this similar to one already chosen says nothing new. */
const LEXRANK_REDUNDANT = 0.5;

/**
 * LexRank with a threshold: a graph joining sentences whose tf-idf cosine
 * reaches 0.1, each edge weighted 1 and normalised by degree, ranked by power
 * iteration; sentences are then taken by rank, skipping near-repeats.
 * Idf is counted over the cluster's own sentences, as no background corpus is
 * shipped.
 */
export function lexRankSummary(
  articles: readonly Article[],
  budget: SummaryBudget,
  overflow: boolean,
): string[] {
  const sentences = articles.flatMap((a) => a.sentences).filter((s) => s.stems.length > 0);
  const n = sentences.length;
  if (n === 0) return [];
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.stems)) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = sentences.map((s) => {
    const tf = new Map<string, number>();
    for (const t of s.stems) tf.set(t, (tf.get(t) ?? 0) + 1);
    let norm = 0;
    for (const [t, f] of tf) {
      const w = f * Math.log(n / df.get(t)!);
      tf.set(t, w);
      norm += w * w;
    }
    return { weights: tf, norm: Math.sqrt(norm) };
  });
  const cosine = (i: number, j: number): number => {
    const a = vectors[i]!;
    const b = vectors[j]!;
    if (a.norm === 0 || b.norm === 0) return 0;
    const [small, large] = a.weights.size < b.weights.size ? [a, b] : [b, a];
    let dot = 0;
    for (const [t, w] of small.weights) dot += w * (large.weights.get(t) ?? 0);
    return dot / (a.norm * b.norm);
  };
  const neighbours: number[][] = sentences.map(() => []);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (cosine(i, j) >= LEXRANK_THRESHOLD) {
        neighbours[i]!.push(j);
        neighbours[j]!.push(i);
      }
  const rank = powerIteration(neighbours);
  const order = sentences.map((_, i) => i).sort((a, b) => rank[b]! - rank[a]! || a - b);
  const chosen: number[] = [];
  const picked = function* (): Generator<string> {
    for (const i of order) {
      if (chosen.some((j) => cosine(i, j) >= LEXRANK_REDUNDANT)) continue;
      chosen.push(i);
      yield sentences[i]!.text;
    }
  };
  return fillBudget(picked(), budget, overflow);
}

/** Stationary distribution of a random walk on an unweighted graph with random jumps. */
function powerIteration(neighbours: readonly number[][]): Float64Array {
  const n = neighbours.length;
  let p = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < 200; iteration++) {
    const next = new Float64Array(n).fill(LEXRANK_DAMPING / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const out = neighbours[i]!;
      if (out.length === 0) {
        dangling += p[i]!;
        continue;
      }
      const share = ((1 - LEXRANK_DAMPING) * p[i]!) / out.length;
      for (const j of out) next[j]! += share;
    }
    // A sentence with no neighbour spreads its mass evenly, keeping the total at 1.
    if (dangling > 0) for (let i = 0; i < n; i++) next[i]! += ((1 - LEXRANK_DAMPING) * dangling) / n;
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i]! - p[i]!);
    p = next;
    if (change < 1e-9) break;
  }
  return p;
}

/** A deterministic [0, 1) generator from a string seed (FNV-1a hash into mulberry32). */
export function seededRandom(seed: string): () => number {
  let state = fnv1a(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
