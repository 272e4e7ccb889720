import { stemmer } from 'stemmer';

/**
 * Lower-cased alphanumeric word tokens, split the way ROUGE-1.5.5 splits
 * (anything not a-z or 0-9 separates words), so that what the summarizer
 * counts is what the evaluation counts.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
}

// Stemming dominates analysis time on long piles; words repeat heavily, so a
// bounded cache pays for itself many times over.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** The Porter stem of a lower-cased word (cached). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length > 2 ? stemmer(word) : word;
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Porter stems of a word list. */
export function stems(list: readonly string[]): string[] {
  return list.map(stem);
}

/** Counts words as a reader would: runs of non-space characters. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** UTF-8 byte length, as `--bytes` budgets and ROUGE's `-b` measure. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
