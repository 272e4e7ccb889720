import { isStopword } from '../analyse/stopwords.js';
import type { Article, Sentence, Statement } from '../types.js';
import { BandedLsh } from './lsh.js';
import { minHasher } from './minhash.js';

/** When two sentences count as the same statement. */
export interface SameStatementOptions {
  /** Dice overlap of content stems at or above which two sentences are one statement (reworded copies). */
  dice: number;
  /** Share of the shorter sentence's content found in the longer one at or above which it is reported there too. */
  containment: number;
  /** Fewest content stems the shorter sentence needs for containment to count (short sentences match too easily). */
  minContained: number;
}

/** Defaults chosen so a content-farm rewrite (a few swapped words) still matches its source. */
export const DEFAULT_SAME_STATEMENT: SameStatementOptions = { dice: 0.7, containment: 0.85, minContained: 7 };

// 16 bands of 2 rows: a pair with Jaccard 0.54 (Dice 0.7) becomes a candidate
// with probability 0.996, a short sentence contained in one three times its
// length (Jaccard 0.33) with 0.87; each candidate is then checked exactly.
const BANDS = 16;
const ROWS = 2;
const hasher = minHasher(BANDS * ROWS);

/**
 * Groups the sentences of a pile into statements: sentences, usually from
 * different outlets, that report the same content. Every sentence belongs to
 * exactly one statement. Candidate pairs come from MinHash LSH over content
 * stems and are confirmed exactly, so cost follows the overlap, not the
 * square of the pile.
 */
export function findStatements(
  articles: readonly Article[],
  options: SameStatementOptions = DEFAULT_SAME_STATEMENT,
): Statement[] {
  const sentences = articles.flatMap((a) => a.sentences);
  const owner = new Map<string, string>();
  for (const a of articles) for (const s of a.sentences) owner.set(s.id, a.id);
  const content = sentences.map(contentSet);
  const parent = sentences.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };

  const lsh = new BandedLsh(BANDS, ROWS);
  for (let i = 0; i < sentences.length; i++) {
    const mine = content[i]!;
    if (mine.size === 0) continue;
    for (const j of lsh.addAndQuery(i, hasher.signature(mine))) {
      const theirs = content[j]!;
      let inter = 0;
      for (const stem of mine) if (theirs.has(stem)) inter++;
      if (sameStatement(mine.size, theirs.size, inter, options)) parent[find(i)] = find(j);
    }
  }

  const groups = new Map<number, number[]>();
  sentences.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].map((members) => {
    const ids = members.map((i) => sentences[i]!.id);
    return { sentences: ids, articles: [...new Set(ids.map((id) => owner.get(id)!))] };
  });
}

/** The content stems of a sentence: what two reports of one fact share. */
export function contentSet(sentence: Sentence): Set<string> {
  const set = new Set<string>();
  sentence.stems.forEach((s, k) => {
    if (!isStopword(sentence.words[k]!)) set.add(s);
  });
  return set;
}

function sameStatement(a: number, b: number, inter: number, o: SameStatementOptions): boolean {
  if (inter === 0) return false;
  if ((2 * inter) / (a + b) >= o.dice) return true;
  const smaller = Math.min(a, b);
  return smaller >= o.minContained && inter / smaller >= o.containment;
}
