import { charTest } from '../clean/text.js';
import type { Span } from '../types.js';
import {
  BEFORE_NUMBER,
  LONGEST_ABBREVIATION,
  listedForm,
  MAYBE_FINAL,
  NEVER_FINAL,
  SENTENCE_OPENERS,
} from './abbreviations.js';

/** How many sentences a quotation may span before we stop waiting for its closing mark. */
const MAX_QUOTE_SENTENCES = 5;

/**
 * Splits one paragraph into sentence spans (offsets into `text`), trimmed.
 *
 * A boundary is a terminator (. ! ? …), optional closing quotes or brackets,
 * white space, then something that can open a sentence (an optional opening
 * quote, then a capital or a digit). A period after an abbreviation is a
 * boundary only when the abbreviation can end a sentence and a typical
 * opener follows ("... Apple Inc. The company"); text that goes on in lower
 * case (`"Why?" he asked`) never starts a sentence, unless a quotation opens
 * there or, in tokenised lowercased copy, a spaced closing mark follows a
 * full stop (see `boundarySpans`). A quotation that spans
 * sentences stays one sentence when it closes within a few sentences. Written
 * by hand because it is on the hot path: a general NLP
 * pipeline costs ten times as much for the same boundaries on news copy.
 */
export function splitSentences(text: string): Span[] {
  return mergeQuotations(text, boundarySpans(text, openingQuotes(text)));
}

// A terminator run and the closing marks against it, before white space.
const TERMINATOR = /([.!?\u2026]+)(["'\u201D\u2019)\]]*)(?=\s)/g;
// What a sentence opens on: optional opening marks, then a capital or a digit.
const CAPITAL_START = /["'\u201C\u2018([]*[A-Z0-9\u00C0-\u00DE]/y;
// An opening quotation mark, spaced or not, then a word of any case.
const QUOTED_START = /(?:"|\u201C)\s*[A-Za-z0-9\u00C0-\u024F]/y;
const LOWER_START = /[a-z\u00DF-\u00FF]/y;
/** How far around a period `periodEnds` looks for the words before and after it. */
const BEFORE_WINDOW = 40;
const AFTER_WINDOW = 59;

function boundarySpans(text: string, opening: ReadonlySet<number>): Span[] {
  const cuts: number[] = [];
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m !== null; m = TERMINATOR.exec(text)) {
    const terminator = m[1]!;
    let closed = m[2]! !== '';
    let cut = m.index + m[0].length;
    let next = skipSpace(text, cut);
    // Tokenised copy spaces its quotation marks (`it failed . " the next`):
    // a spaced mark after a terminator that closes the quotation ends this
    // sentence with it; one that opens a quotation starts the next.
    const spacedClose = text.charCodeAt(next) === 0x22 && !opening.has(next) && isSpaceAt(text, next + 1);
    if (spacedClose) {
      cut = next + 1;
      closed = true;
      next = skipSpace(text, cut);
    }
    if (next >= text.length) continue;
    const period = terminator === '.' && !closed;
    if ((text.charCodeAt(next) === 0x201c || opening.has(next)) && matchesAt(QUOTED_START, text, next)) {
      // A quotation opening after a terminator starts a sentence, whatever the case of its first word.
      if (period && !periodEnds(text, m.index)) continue;
    } else if (matchesAt(CAPITAL_START, text, next)) {
      if (period && !periodEnds(text, m.index)) continue;
    } else if (!(spacedClose && /[.\u2026]/.test(terminator) && matchesAt(LOWER_START, text, next))) {
      // Text that goes on in lower case continues the sentence ("Why?" he
      // asked), except after a full stop and a spaced closing mark: lowercased
      // copy starts its next sentence there in lower case.
      continue;
    }
    cuts.push(cut);
  }
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= cuts.length; i++) {
    const cut = i < cuts.length ? cuts[i]! : text.length;
    const span = trim(text, start, cut);
    if (span) spans.push(span);
    start = cut;
  }
  return spans;
}

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

const isOtherSpace = charTest(/\s/);

/** The white space of `\s` and `trim`: ASCII by range, the rest by the regex itself (memoised). */
function isSpace(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : isOtherSpace(c);
}

function isSpaceAt(text: string, at: number): boolean {
  return at >= text.length || isSpace(text.charCodeAt(at));
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * Positions of the straight double quotes that open a quotation; the others
 * close one. A mark against a word on one side only tells its side by that;
 * one spaced on both sides (tokenised copy: `he said " we ' ll go "`) or
 * on neither opens when no quotation is open and closes otherwise.
 */
function openingQuotes(text: string): Set<number> {
  const opening = new Set<number>();
  let inside = false;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    const before = i === 0 || /[\s([{\u2014\u2013]/.test(text[i - 1]!);
    const after = isSpaceAt(text, i + 1);
    const opens: boolean = before !== after ? before : !inside;
    if (opens) opening.add(i);
    inside = opens;
  }
  return opening;
}

/**
 * Whether the single period at `at` ends a sentence, judging by the words
 * around it. Runs at every full stop, so the words are found by scanning
 * rather than by regexes (an end-anchored one is tried at every position).
 */
function periodEnds(text: string, at: number): boolean {
  const from = Math.max(0, at - BEFORE_WINDOW);
  const start = wordBefore(text, from, at);
  if (start === at) return true;
  const before = text.slice(start, at);
  // "R-S.C." and "al-Assad." are judged by their last part.
  const bare = before.slice(lastJoiner(before) + 1);
  // A whole lower-case word may be an abbreviation of lowercased copy ("mr.",
  // "jan.", an initial "f."); not the tail of "1980s." or "Gingrich's.".
  const whole = bare === before && !(start > from && isAsciiAlnum(text.charCodeAt(start - 1)));
  if (whole && bare.length === 1 && isLowerAscii(bare.charCodeAt(0))) return bare === 'i';
  if (bare.length <= LONGEST_ABBREVIATION) {
    const listed = whole ? listedForm(bare) : bare;
    if (inSet(NEVER_FINAL, bare, listed)) return false;
    if (inSet(BEFORE_NUMBER, bare, listed)) {
      const after = wordAfterPeriod(text, at);
      return !isDigit(after.charCodeAt(0)) && isOpener(after);
    }
    if (inSet(MAYBE_FINAL, bare, listed)) return isOpener(wordAfterPeriod(text, at));
  }
  // An initial ("John F. Kennedy") or a dotted acronym ("U.S.", "p.m."; the second character tells cheaply).
  if (bare.length === 1 && isUpperAscii(bare.charCodeAt(0))) return false;
  if (bare.charCodeAt(1) === 0x2e && DOTTED.test(bare)) return isOpener(wordAfterPeriod(text, at));
  return true;
}

const DOTTED = /^(?:[A-Za-z]\.)+[A-Za-z]?$/;

function inSet(set: ReadonlySet<string>, bare: string, listed: string): boolean {
  return set.has(bare) || set.has(listed);
}

function isOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(listedForm(word));
}

/**
 * Start of the word that ends at `end` (`end` when there is none), looking
 * no further back than `from`: a letter, then letters, periods, apostrophes
 * and hyphens ("U.S", "al-Assad", "Gingrich's").
 */
function wordBefore(text: string, from: number, end: number): number {
  let run = end;
  while (run > from && isWordBeforeCode(text.charCodeAt(run - 1))) run--;
  for (let i = run; i < end; i++) if (isAsciiLetter(text.charCodeAt(i))) return i;
  return end;
}

/** The word after the period at `at`, looking no further than a window's length. */
function wordAfterPeriod(text: string, at: number): string {
  return wordAfter(text, at + 1, Math.min(text.length, at + 1 + AFTER_WINDOW));
}

/** The word after a period, within [from, end): past white space and opening marks, letters and digits (Latin). */
function wordAfter(text: string, from: number, end: number): string {
  let i = skipSpaceTo(text, from, end);
  while (i < end && isOpeningMark(text.charCodeAt(i))) i = skipSpaceTo(text, i + 1, end);
  const start = i;
  while (i < end && isWordAfterCode(text.charCodeAt(i))) i++;
  return text.slice(start, i);
}

function skipSpaceTo(text: string, at: number, end: number): number {
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Index of the last hyphen or apostrophe in `word`, or -1. */
function lastJoiner(word: string): number {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word.charCodeAt(i);
    if (c === 0x2d || c === 0x27 || c === 0x2019) return i;
  }
  return -1;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  return isUpperAscii(c) || isLowerAscii(c);
}
function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c);
}
/** Letters, ".", "'", "’" and "-": what a word before a period is made of. */
function isWordBeforeCode(c: number): boolean {
  return isAsciiLetter(c) || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d;
}
/** Latin letters (accented ones up to U+024F) and digits: what a word after a period is made of. */
function isWordAfterCode(c: number): boolean {
  return isAsciiAlnum(c) || (c >= 0xc0 && c <= 0x24f);
}
/** Marks that may open a sentence before its first word: " ' “ ‘ ( [. */
function isOpeningMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x28 || c === 0x5b;
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

const QUOTATION_MARK = /["\u201C\u201D]/g;

/** Positions of the marks that open or close a quotation (" “ ”), in order. */
function quotationMarks(text: string): number[] {
  const marks: number[] = [];
  QUOTATION_MARK.lastIndex = 0;
  for (let m = QUOTATION_MARK.exec(text); m !== null; m = QUOTATION_MARK.exec(text)) marks.push(m.index);
  return marks;
}

/** Net change in "inside a quotation" after reading `span`, starting from `open`; `marks` as `quotationMarks` gives them. */
function quoteStateAfter(text: string, marks: readonly number[], span: Span, open: boolean): boolean {
  let state = open;
  for (let k = firstAtOrAfter(marks, span.start); k < marks.length && marks[k]! < span.end; k++) {
    const ch = text.charCodeAt(marks[k]!);
    if (ch === 0x22) state = !state;
    else if (ch === 0x201c) state = true;
    else state = false;
  }
  return state;
}

/** Index of the first of the sorted `positions` at or after `at`. */
function firstAtOrAfter(positions: readonly number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positions[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Joins the sentences of a quotation that spans several. Only the quotation
 * marks matter, so they are found once for the paragraph; a paragraph
 * without any (most of them) keeps its sentences as they are.
 */
function mergeQuotations(text: string, spans: Span[]): Span[] {
  const marks = quotationMarks(text);
  if (marks.length === 0) return spans;
  const out: Span[] = [];
  let i = 0;
  while (i < spans.length) {
    const first = spans[i]!;
    let open = quoteStateAfter(text, marks, first, false);
    let j = i;
    if (open) {
      // Look ahead for the sentence that closes the quotation; if none does
      // within reach the marks are unbalanced, and we keep the split rather
      // than swallow the paragraph.
      for (let k = i + 1; k < spans.length && k - i < MAX_QUOTE_SENTENCES; k++) {
        open = quoteStateAfter(text, marks, spans[k]!, open);
        if (!open) {
          j = k;
          break;
        }
      }
    }
    out.push(j === i ? first : { start: first.start, end: spans[j]!.end });
    i = j + 1;
  }
  return out;
}
