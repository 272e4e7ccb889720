/**
 * The language of an article's text when the page does not declare one,
 * with eld's small n-gram model (offline, about 0.03 ms per call). Only a
 * sample is read: a few paragraphs settle the language as well as the whole
 * text does, and the cost stays flat on long pages.
 */
import { eldPackage } from './packages.js';

const SAMPLE_CHARS = 1000;
// Shorter texts (a headline, a caption) give eld too few n-grams to be trusted.
const MIN_CHARS = 40;

/** The ISO 639-1 code of `text`'s language, or null when eld is not confident. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.trim().length < MIN_CHARS) return null;
  const result = eldPackage().eld.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}
