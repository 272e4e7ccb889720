/**
 * Word and punctuation tokens of one sentence, with offsets into the
 * sentence's text. Entity, quote and speaker rules all read these, so a
 * sentence is tokenised once per article.
 */

import { formAt, type Token } from './forms.js';

export type { Token } from './forms.js';

/**
 * The tokens of one sentence in reading order, and where each stands in the
 * sentence's text. Offsets live in arrays beside the shared forms, not in an
 * object per token: an article's tokens outlive its analysis, and objects by
 * the hundred thousand cost the collector more than building them did.
 */
export interface SentenceTokens {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Offset of each token's first character in the sentence text. */
  readonly starts: readonly number[];
  /** Offset just past each token's last character. */
  readonly ends: readonly number[];
}

const LETTER = /\p{L}/u;
const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** What a character may be to the scanner, as bits of its kind. */
const SPACE_KIND = 1;
const WORD_KIND = 2;
const LETTER_KIND = 4;
/** Characters that may join the parts of one word: apostrophes, backtick, full stop, hyphen. */
const JOINER_KIND = 8;
const KNOWN = 16;

/**
 * The kind of every UTF-16 code, 0 until first met. The scanner asks several
 * questions of each character; one table read answers them all, and the
 * Unicode regexes run once per distinct code instead of at every curly quote.
 */
const KINDS = new Uint8Array(0x10000);

function learnKind(c: number): number {
  const ch = String.fromCharCode(c);
  let kind = KNOWN;
  if (SPACE.test(ch)) kind |= SPACE_KIND;
  if (WORD_CHAR.test(ch)) kind |= WORD_KIND;
  if (LETTER.test(ch)) kind |= LETTER_KIND;
  if (c === 39 || c === 0x2019 || c === 96 || c === 46 || c === 45) kind |= JOINER_KIND;
  KINDS[c] = kind;
  return kind;
}

/**
 * The kind of the character at `i`, 0 past the end. The scanner looks one
 * character ahead, and a read past a string's end (NaN) puts every read at
 * that place on V8's slow path.
 */
function kindAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return KINDS[c] || learnKind(c);
}

/**
 * The tokens found so far in the sentence being read, and their offsets.
 * Reused and copied out at the end: one exact-sized array each, not arrays
 * grown token by token.
 */
const found = { count: 0, forms: [] as Token[], starts: [] as number[], ends: [] as number[] };

/** Adds the token `text.slice(start, end)`. */
function add(text: string, start: number, end: number): void {
  const n = found.count++;
  found.forms[n] = formAt(text, start, end);
  found.starts[n] = start;
  found.ends[n] = end;
}

/** End of an initialism ("U.S.", "U.N.") starting at `i`, or -1: two letter-and-stop pairs or more. */
function initialismEnd(text: string, i: number): number {
  let j = i;
  while ((kindAt(text, j) & LETTER_KIND) !== 0 && j + 1 < text.length && text.charCodeAt(j + 1) === 46)
    j += 2;
  return j - i >= 4 ? j : -1;
}

/** End of a word starting at `i`: letters and digits, joined by inner apostrophes, stops and hyphens ("al-Assad", "don't"). */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const kind = kindAt(text, j);
    if ((kind & WORD_KIND) !== 0) j++;
    else if ((kind & JOINER_KIND) !== 0 && (kindAt(text, j + 1) & WORD_KIND) !== 0) j += 2;
    else return j;
  }
}

/** Pushes a word, its possessive ending ("Kerry’s" -> "Kerry", "’s") split off. */
function addWord(text: string, start: number, end: number): void {
  const c1 = text.charCodeAt(end - 2);
  const c2 = text.charCodeAt(end - 1);
  if (end - start > 3 && (c1 === 39 || c1 === 0x2019) && (c2 === 115 || c2 === 83)) {
    add(text, start, end - 2);
    add(text, end - 2, end);
  } else {
    add(text, start, end);
  }
}

/**
 * Tokenises a sentence: initialisms, words (with inner apostrophes, stops
 * and hyphens), and any other single non-space character. A hand-written
 * scanner: on long articles a Unicode regex costs several times as much.
 */
export function tokenize(text: string): SentenceTokens {
  found.count = 0;
  let i = 0;
  while (i < text.length) {
    const kind = kindAt(text, i);
    if ((kind & SPACE_KIND) !== 0) {
      i++;
      continue;
    }
    if ((kind & WORD_KIND) === 0) {
      add(text, i, i + 1);
      i++;
      continue;
    }
    const initialism = initialismEnd(text, i);
    const end = initialism > 0 ? initialism : wordEnd(text, i);
    addWord(text, i, end);
    i = end;
  }
  const n = found.count;
  return {
    text,
    tokens: found.forms.slice(0, n),
    starts: found.starts.slice(0, n),
    ends: found.ends.slice(0, n),
  };
}

/** The text of the tokens [from, to) of a sentence, spaces between them included. */
export function tokensText(sentence: SentenceTokens, from: number, to: number): string {
  return sentence.text.slice(sentence.starts[from]!, sentence.ends[to - 1]!);
}

/** Whether a token is a possessive ending ("'s", "’s"). */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === "'s" || token.lower === "'");
}
