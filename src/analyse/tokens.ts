import { stemmer } from 'stemmer';

/**
 * Lower-cased alphanumeric word tokens, split the way ROUGE-1.5.5 splits
 * (anything not a-z or 0-9 separates words), so that what the summarizer
 * counts is what the evaluation counts. Accented letters are decomposed
 * first ("café" -> "cafe").
 */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++)
    if (lower.charCodeAt(i) >= 128) return asciiWords(decomposed(lower, i));
  return asciiWords(lower);
}

/** `lower` in compatibility decomposition, from `from` on (everything before it is ASCII). */
function decomposed(lower: string, from: number): string {
  let out = lower.slice(0, from);
  for (let i = from; i < lower.length; ) {
    const cp = lower.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    // Character by character equals the whole-string form up to the order of combining marks, which all separate.
    out += cp < 128 ? ch : ch.normalize('NFKD');
    i += ch.length;
  }
  return out;
}

/** Runs of a-z and 0-9. */
function asciiWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum && start < 0) start = i;
    else if (!alnum && start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
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
