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
  const earlier = (x: Article, y: Article) => {
    const dx = x.published ?? '';
    const dy = y.published ?? '';
    if (dx && dy && dx !== dy) return dx < dy;
    return order.get(x.id)! < order.get(y.id)!;
  };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const wordsOf = new Map(articles.flatMap((a) => a.sentences.map((s) => [s.id, s.words] as const)));
  const articleOf = (sentenceId: string) => sentenceId.slice(0, sentenceId.lastIndexOf(':'));
  // pairs.get(copier).get(source) = [copier sentence, source sentence][]
  const pairs = new Map<string, Map<string, [string, string][]>>();
  for (const st of statements) {
    if (st.articles.length < 2) continue;
    for (const s of st.sentences) {
      for (const t of st.sentences) {
        const a = byId.get(articleOf(s));
        const b = byId.get(articleOf(t));
        if (!a || !b || a === b || !earlier(b, a)) continue;
        const perSource = pairs.get(a.id) ?? new Map<string, [string, string][]>();
        const list = perSource.get(b.id) ?? [];
        if (!list.some(([x]) => x === s)) list.push([s, t]);
        perSource.set(b.id, list);
        pairs.set(a.id, perSource);
      }
    }
  }
  const out = new Map<string, Copy[]>();
  for (const a of articles) {
    const copies: Copy[] = [];
    for (const [source, list] of pairs.get(a.id) ?? []) {
      if (list.length < options.minSentences) continue;
      const swaps = list.flatMap(([s, t]) => wordSwaps(wordsOf.get(t)!, wordsOf.get(s)!));
      copies.push({
        article: source,
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
