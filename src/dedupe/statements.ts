import { isStopword } from '../analyse/stopwords.js';
import type { Article, Sentence, Statement } from '../types.js';
import { BandedLsh } from './lsh.js';
import { fnv1a, minHasher } from './minhash.js';

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
  const vocabulary = new StemVocabulary();
  const content = sentences.map((s) => vocabulary.contentIds(s));
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
    if (mine.length === 0) continue;
    for (const j of lsh.addAndQuery(i, hasher.signatureOfHashes(vocabulary.hashes(mine)))) {
      const theirs = content[j]!;
      if (sameStatement(mine.length, theirs.length, sharedCount(mine, theirs), options))
        parent[find(i)] = find(j);
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

/**
 * The content stems of a pile as small integers: a sentence's content is a
 * sorted list of ids, so two sentences are compared by a merge rather than
 * through sets of strings, and each stem is hashed for MinHash only once.
 */
class StemVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly stemHashes: number[] = [];

  /** Sorted ids of a sentence's distinct content stems (stopwords left out). */
  contentIds(sentence: Sentence): Int32Array {
    const out: number[] = [];
    sentence.stems.forEach((s, k) => {
      if (isStopword(sentence.words[k]!)) return;
      let id = this.ids.get(s);
      if (id === undefined) {
        id = this.stemHashes.length;
        this.ids.set(s, id);
        this.stemHashes.push(fnv1a(s));
      }
      out.push(id);
    });
    const sorted = Int32Array.from(out).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++)
      if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
    return sorted.subarray(0, n);
  }

  /** The `fnv1a` hashes of the stems behind `ids`. */
  hashes(ids: Int32Array): Uint32Array {
    const out = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.stemHashes[ids[i]!]!;
    return out;
  }
}

/** How many ids two sorted id lists share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

function sameStatement(a: number, b: number, inter: number, o: SameStatementOptions): boolean {
  if (inter === 0) return false;
  if ((2 * inter) / (a + b) >= o.dice) return true;
  const smaller = Math.min(a, b);
  return smaller >= o.minContained && inter / smaller >= o.containment;
}
