import { words as tokenise } from '../../analyse/tokens.js';
import type { Sentence } from '../../types.js';

/** How a truncating scorer measures a prefix: whitespace words (`-l`) or bytes (`-b`). */
export type TailUnit = 'words' | 'bytes';

/** A sentence measured as a truncating scorer reads it. */
export interface Reach {
  /** Whitespace-separated words, as `countWords` counts them. */
  readonly words: number;
  /**
   * For each word token (`sentence.words`), how much of the sentence must be
   * kept for the token to be read whole: the number of whitespace words, or
   * the bytes, up to the end of the whitespace word that holds it.
   */
  readonly reach: Int32Array;
}

/**
 * Measures a sentence in one pass over its text (see `Reach`), reading runs
 * of whitespace as one space, as a summary written one sentence per line is.
 */
export function tokenReach(sentence: Sentence, unit: TailUnit): Reach {
  const reach = new Int32Array(sentence.words.length);
  return { words: measureReach(sentence, unit, reach), reach };
}

/**
 * `tokenReach` written into `reach`, of at least `sentence.words.length`
 * (only that many are written): a caller measuring many sentences reuses one
 * buffer, as a small typed array per sentence costs more than measuring it.
 * Returns the number of whitespace-separated words.
 */
export function measureReach(sentence: Sentence, unit: TailUnit, reach: Int32Array): number {
  const text = sentence.text;
  const tokens = sentence.words.length;
  const byWords = unit === 'words';
  let filled = 0;
  let words = 0;
  let bytes = 0;
  let pending = 0;
  let inPiece = false;
  let inRun = false;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const kind = ch < 0x80 ? ASCII_KIND[ch]! : isSpace(ch) ? SPACE : OTHER;
    if (kind === SPACE) {
      // A whitespace word ends: its tokens are read once it is.
      const value = byWords ? words : bytes;
      for (; pending > 0 && filled < tokens; pending--) reach[filled++] = value;
      pending = 0;
      inPiece = false;
      inRun = false;
      continue;
    }
    if (!inPiece) {
      inPiece = true;
      words++;
      if (words > 1) bytes++;
    }
    if (ch < 0x80) bytes++;
    else {
      if (!isPunctuation(ch)) ascii = false;
      // UTF-8 length; a surrogate pair is 4 bytes, 2 per half.
      bytes += ch < 0x800 || (ch >= 0xd800 && ch <= 0xdfff) ? 2 : 3;
    }
    const alnum = kind === ALNUM;
    if (alnum && !inRun) pending++;
    inRun = alnum;
  }
  // Letters beyond ASCII ("é") are decomposed by `words` before splitting; count those the slow way.
  if (!ascii) return slowReach(sentence, unit, reach);
  // The last word's tokens need the whole sentence; so would the rest, should the two tokenisations ever disagree.
  const all = byWords ? words : bytes;
  for (; filled < tokens; filled++) reach[filled] = all;
  return words;
}

/**
 * The whitespace-separated words of a sentence, as `measureReach` counts
 * them, for a budget no scorer truncates: no reach to record, and text
 * beyond ASCII needs no slow path, as only whitespace separates.
 */
export function spaceWords(text: string): number {
  let words = 0;
  // Whether a character is whitespace is unpredictable: counted without a branch on it.
  let afterSpace = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const space = ch < 0x80 ? ASCII_SPACE[ch]! : isSpace(ch) ? 1 : 0;
    words += afterSpace & (space ^ 1);
    afterSpace = space;
  }
  return words;
}

const OTHER = 0;
const SPACE = 1;
const ALNUM = 2;

/** What each ASCII character is to `measureReach`: whitespace, a letter or digit, or anything else. */
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, ch) => asciiKind(ch));

/** 1 for each ASCII whitespace character, else 0. */
const ASCII_SPACE = ASCII_KIND.map((kind) => (kind === SPACE ? 1 : 0));

function asciiKind(ch: number): number {
  if (isSpace(ch)) return SPACE;
  const alnum = (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
  return alnum ? ALNUM : OTHER;
}

/** Whitespace as `\s` matches it. */
function isSpace(ch: number): boolean {
  if (ch < 0x80) return ch === 32 || (ch >= 9 && ch <= 13);
  return (
    ch === 0xa0 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}

/**
 * Non-ASCII characters that `words` treats as separators whatever the
 * normalisation: curly quotes, dashes, ellipses (general punctuation) and the
 * Latin-1 signs that do not decompose to letters or digits.
 */
function isPunctuation(ch: number): boolean {
  if (ch >= 0x2010 && ch <= 0x2027) return true;
  if (ch >= 0x2030 && ch <= 0x205e) return true;
  return ch >= 0xa1 && ch <= 0xbf && !LATIN1_ALNUM.has(ch);
}

/** ª ² ³ ¹ º ¼ ½ ¾: Latin-1 signs that decompose to letters or digits. */
const LATIN1_ALNUM: ReadonlySet<number> = new Set([0xaa, 0xb2, 0xb3, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);

/** `measureReach` for text beyond ASCII, where `words` normalises characters before splitting. */
function slowReach(sentence: Sentence, unit: TailUnit, reach: Int32Array): number {
  const tokens = sentence.words.length;
  let filled = 0;
  let words = 0;
  let bytes = 0;
  for (const piece of sentence.text.match(/\S+/g) ?? []) {
    words++;
    bytes += (words > 1 ? 1 : 0) + Buffer.byteLength(piece, 'utf8');
    const n = tokenise(piece).length;
    for (let k = 0; k < n && filled < tokens; k++) reach[filled++] = unit === 'words' ? words : bytes;
  }
  for (; filled < tokens; filled++) reach[filled] = unit === 'words' ? words : bytes;
  return words;
}
