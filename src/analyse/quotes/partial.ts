/**
 * Partial quotes: a few quoted words inside the reporter's own sentence
 * ("Lavrov said the two countries have a "common interest""), as opposed to
 * a full quote, where the quoted words stand as the speaker's own sentence.
 */
import type { QuoteSource, QuoteSpan } from './spans.js';

/** Fewer words than this are a fragment unless they end like a sentence ("It's absurd."). */
const MIN_FULL_WORDS = 4;

/** The words of a text (runs between spaces holding a letter or digit), counted up to `limit`. */
function countWords(text: string, limit: number): number {
  let n = 0;
  for (const [word] of text.matchAll(/\S+/gu)) if (/[\p{L}\p{N}]/u.test(word) && ++n >= limit) break;
  return n;
}

/** Whether a quotation is a partial quote. */
export function isPartial(q: QuoteSpan, text: string, sentences: readonly QuoteSource[]): boolean {
  if (q.paragraphs > 1) return false;
  // Most quotes are long: only whether they have fewer than four words matters.
  const words = countWords(text, MIN_FULL_WORDS);
  if (words < 2 || (words < MIN_FULL_WORDS && !/[.!?…]$/u.test(text))) return true;
  // A full quote starts like a sentence: a capital, a digit or an ellipsis.
  if (!/^[\s‘'"(]*(?:[\p{Lu}\p{N}]|\.\.\.|…)/u.test(text)) return true;
  // ... and stands where a sentence can: at the start, or after a colon, comma or attributing verb.
  const before = sentences[q.open.sentence]!.text.slice(0, q.open.at).trimEnd();
  if (before === '' || /[:,—–-]$/u.test(before) || /[.!?]["”’]?$/u.test(before)) return false;
  return !/\b(?:said|says|told|asked|added|wrote|declared|sneered|continued|tweeted|replied)$/u.test(before);
}

/** Whether a word starts with a capital or a digit, an opening quotation mark or bracket aside. */
function capital(word: string): boolean {
  return /^[\p{Lu}\d]/u.test(word.replace(/^[‘'"(]/u, ''));
}

/** Title case: what quotation marks around a show, book or song look like ("Fox News Sunday", "Make Your Kid a Millionaire"). */
const MAX_TITLE_WORDS = 8;

/** Whether quoted words are a title rather than someone's words. */
export function isTitle(text: string): boolean {
  // Titles are short; most quotes are not, and need no closer look.
  if (text.length > 80) return false;
  const words = text
    .replace(/[,.:;!?]+$/u, '')
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false;
  if (/[.!?]\s/u.test(text)) return false;
  // Beyond the first word, a title capitalises its words of any length ("Morning Joe", not "Don't you do it").
  return (
    words.every((w) => w.length < 4 || capital(w)) && words.slice(1).some((w) => w.length >= 3 && capital(w))
  );
}
