/**
 * From a position in a sentence's shown text (repairs applied) back to the
 * article's original text, so that quotes, names and dates found in the
 * shown text cite exact source characters.
 */
import type { Sentence } from '../types.js';

/** The original offset of `local`, an offset into `sentence.text`. */
export function originalOffset(sentence: Pick<Sentence, 'start' | 'end' | 'repairs'>, local: number): number {
  let original = sentence.start;
  let shown = 0;
  for (const r of sentence.repairs) {
    const gap = r.start - original;
    if (local < shown + gap) return original + (local - shown);
    shown += gap;
    original = r.start;
    const length = r.replacement.length;
    if (local < shown + length) return length === r.end - r.start ? original + (local - shown) : original;
    shown += length;
    original = r.end;
  }
  return Math.min(sentence.end, original + (local - shown));
}
