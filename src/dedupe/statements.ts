import type { Article, Sentence, Statement } from '../types.js';
import { sentenceContent } from './content.js';
import { BandedLsh } from './lsh.js';
import { minHasher, SignatureTable } from './minhash.js';

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
  const sentences: Sentence[] = [];
  const articleOf: number[] = [];
  articles.forEach((a, k) => {
    for (const s of a.sentences) {
      sentences.push(s);
      articleOf.push(k);
    }
  });
  const { ids, start, stemHashes } = sentenceContent(sentences);
  const signatures = new SignatureTable(hasher, stemHashes);
  const parent = sentences.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };

  // markedBy[id] === i while sentence i is compared: shared stems are counted by lookup, not by a merge.
  const markedBy = new Int32Array(stemHashes.length).fill(-1);
  const lsh = new BandedLsh(BANDS, ROWS, sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const from = start[i]!;
    const to = start[i + 1]!;
    if (from === to) continue;
    for (let k = from; k < to; k++) markedBy[ids[k]!] = i;
    for (const j of lsh.addAndQuery(i, signatures.signature(ids, from, to))) {
      // Already one statement: the exact check could not change the grouping.
      if (find(i) === find(j)) continue;
      let shared = 0;
      for (let k = start[j]!; k < start[j + 1]!; k++) if (markedBy[ids[k]!] === i) shared++;
      if (sameStatement(to - from, start[j + 1]! - start[j]!, shared, options)) parent[find(i)] = find(j);
    }
  }

  const groups = new Map<number, number[]>();
  sentences.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].map((members) => ({
    sentences: members.map((i) => sentences[i]!.id),
    articles: [...new Set(members.map((i) => articles[articleOf[i]!]!.id))],
  }));
}

function sameStatement(a: number, b: number, inter: number, o: SameStatementOptions): boolean {
  if (inter === 0) return false;
  if ((2 * inter) / (a + b) >= o.dice) return true;
  const smaller = Math.min(a, b);
  return smaller >= o.minContained && inter / smaller >= o.containment;
}
