import type { Article, Copy, Statement, Swap } from '../types.js';
import { wordSwaps } from './swaps.js';

/** When a shared sentence or two count as copying. */
export interface ProvenanceOptions {
  /** Fewest shared sentences: one common quotation is not a copy. */
  minSentences: number;
}

export const DEFAULT_PROVENANCE: ProvenanceOptions = { minSentences: 2 };

/**
 * For each article, the earlier articles it copies from. "Earlier" is by
 * publication date, then by reading order, so the copy points at the
 * likelier original. Built on statements: two articles share a sentence when
 * both carry the same statement.
 */
export function findCopies(
  articles: readonly Article[],
  statements: readonly Statement[],
  options: ProvenanceOptions = DEFAULT_PROVENANCE,
): Map<string, Copy[]> {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const earlier = (x: number, y: number) => {
    const dx = articles[x]!.published ?? '';
    const dy = articles[y]!.published ?? '';
    if (dx && dy && dx !== dy) return dx < dy;
    return x < y;
  };
  const articleOf = (sentenceId: string) => order.get(sentenceId.slice(0, sentenceId.lastIndexOf(':'))) ?? -1;
  // pairs.get(copier).get(source) = [copier sentence, source sentence][], articles by position.
  const pairs = new Map<number, Map<number, [string, string][]>>();
  for (const st of statements) {
    if (st.articles.length < 2) continue;
    // Each sentence's article looked up once, not once per pair.
    const owners = st.sentences.map(articleOf);
    for (let p = 0; p < owners.length; p++) {
      const a = owners[p]!;
      if (a < 0) continue;
      const s = st.sentences[p]!;
      for (let q = 0; q < owners.length; q++) {
        const b = owners[q]!;
        if (b < 0 || a === b || !earlier(b, a)) continue;
        let perSource = pairs.get(a);
        if (!perSource) {
          perSource = new Map();
          pairs.set(a, perSource);
        }
        let list = perSource.get(b);
        if (!list) {
          list = [];
          perSource.set(b, list);
        }
        if (!list.some(([x]) => x === s)) list.push([s, st.sentences[q]!]);
      }
    }
  }
  const wordsOf = new Map<string, string[]>();
  for (const a of articles) for (const s of a.sentences) wordsOf.set(s.id, s.words);
  const out = new Map<string, Copy[]>();
  for (const a of articles) {
    const copies: Copy[] = [];
    for (const [source, list] of pairs.get(order.get(a.id)!) ?? []) {
      if (list.length < options.minSentences) continue;
      const swaps = list.flatMap(([s, t]) => wordSwaps(wordsOf.get(t)!, wordsOf.get(s)!));
      copies.push({
        article: articles[source]!.id,
        share: round(list.length / Math.max(1, a.sentences.length)),
        reworded: swaps.length > 0,
        swaps: dedupeSwaps(swaps),
      });
    }
    copies.sort((x, y) => y.share - x.share);
    out.set(a.id, copies);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function dedupeSwaps(swaps: Swap[]): Swap[] {
  const seen = new Map<string, Swap>();
  for (const s of swaps) seen.set(`${s[0]}\u0000${s[1]}`, s);
  return [...seen.values()];
}
