/**
 * Publication dates for a pile's articles whose metadata has none: first
 * from the article's own text (`published.ts`), then from the article most
 * like it. An article takes the date of its nearest neighbour (by shared
 * distinctive words, and sentences reporting the same statement) when that
 * neighbour is dated, and dates spread along such links: a report with no
 * date of its own, whose nearest neighbour is a dated report of the same
 * event, was published with it. An article whose nearest neighbour is
 * itself undated stays undated rather than borrowing a date from a report
 * it resembles less.
 */
import type { Article, Statement } from '../../types.js';
import { isStopword } from '../stopwords.js';
import { textDate } from './published.js';

/** Below this similarity two articles share too little to share a date. */
const MIN_SIMILARITY = 0.05;
/** What one shared statement adds to the similarity of two articles. */
const STATEMENT_WEIGHT = 0.1;

type Vector = Map<string, number>;

/** TF-IDF vectors of the articles' content stems, IDF over the pile. */
function vectors(articles: readonly Article[]): Vector[] {
  const counts = articles.map((a) => {
    const m = new Map<string, number>();
    for (const s of a.sentences)
      s.stems.forEach((st, k) => {
        if (!isStopword(s.words[k]!) && !/^\d+$/u.test(st)) m.set(st, (m.get(st) ?? 0) + 1);
      });
    return m;
  });
  const df = new Map<string, number>();
  for (const m of counts) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = articles.length;
  return counts.map((m) => {
    const v: Vector = new Map();
    for (const [k, c] of m) v.set(k, (1 + Math.log(c)) * Math.log((n + 1) / df.get(k)!));
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Pairwise similarity: shared distinctive words, plus shared statements. */
function similarities(articles: readonly Article[], statements: readonly Statement[]): number[][] {
  const v = vectors(articles);
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const sim = articles.map((_, i) => articles.map((__, j) => (i === j ? 0 : cosine(v[i]!, v[j]!))));
  for (const st of statements) {
    const members = st.articles.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    for (const i of members) for (const j of members) if (i !== j) sim[i]![j]! += STATEMENT_WEIGHT;
  }
  return sim;
}

/**
 * Fills `published` (and sets `publishedInferred`) for articles whose
 * metadata has no date, in place: the articles are this run's own objects.
 */
export function inferPublished(articles: readonly Article[], statements: readonly Statement[]): void {
  const undated = articles.filter((a) => a.published === null);
  if (undated.length === 0) return;
  for (const a of undated) {
    const own = textDate(a);
    if (own) {
      a.published = own.date;
      a.publishedInferred = true;
    }
  }
  const sim = similarities(articles, statements);
  const nearest = sim.map((row) => {
    let best = -1;
    row.forEach((x, j) => {
      if (x >= MIN_SIMILARITY && (best < 0 || x > row[best]!)) best = j;
    });
    return best;
  });
  // Dates spread along nearest-neighbour links until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    articles.forEach((a, i) => {
      const donor = articles[nearest[i]!];
      if (a.published !== null || !donor?.published) return;
      a.published = donor.published;
      a.publishedInferred = true;
      changed = true;
    });
  }
}
