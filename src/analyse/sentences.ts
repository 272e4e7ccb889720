import type { Span } from '../types.js';
import { BEFORE_NUMBER, listedForm, MAYBE_FINAL, NEVER_FINAL, SENTENCE_OPENERS } from './abbreviations.js';

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
const WORD_BEFORE = /([A-Za-z][A-Za-z.'\u2019-]*)$/;
const WORD_AFTER = /^(?:["'\u201C\u2018([]\s*)*([A-Za-z0-9\u00C0-\u024F]+)/;

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
    const spacedClose = text[next] === '"' && !opening.has(next) && isSpaceAt(text, next + 1);
    if (spacedClose) {
      cut = next + 1;
      closed = true;
      next = skipSpace(text, cut);
    }
    if (next >= text.length) continue;
    const period = terminator === '.' && !closed;
    if ((text[next] === '\u201C' || opening.has(next)) && matchesAt(QUOTED_START, text, next)) {
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
  for (const cut of [...cuts, text.length]) {
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

function isSpaceAt(text: string, at: number): boolean {
  return at >= text.length || /\s/.test(text[at]!);
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
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

/** Whether the single period at `at` ends a sentence, judging by the words around it. */
function periodEnds(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at);
  const before = WORD_BEFORE.exec(window)?.[1] ?? '';
  if (before === '') return true;
  const after = WORD_AFTER.exec(text.slice(at + 1, at + 60).trimStart())?.[1] ?? '';
  const opener = SENTENCE_OPENERS.has(listedForm(after));
  // "R-S.C." and "al-Assad." are judged by their last part.
  const bare = before.replace(/^.*[-'\u2019]/, '');
  // A whole lower-case word may be an abbreviation of lowercased copy ("mr.",
  // "jan.", an initial "f."); not the tail of "1980s." or "Gingrich's.".
  const whole = bare === before && !/[A-Za-z0-9]$/.test(window.slice(0, window.length - before.length));
  if (whole && /^[a-z]$/.test(bare)) return bare === 'i';
  const listed = whole ? listedForm(bare) : bare;
  const isIn = (set: ReadonlySet<string>): boolean => set.has(bare) || set.has(listed);
  if (isIn(NEVER_FINAL)) return false;
  if (isIn(BEFORE_NUMBER)) return !/^\d/.test(after) && opener;
  if (isIn(MAYBE_FINAL)) return opener;
  // An initial ("John F. Kennedy") or a dotted acronym ("U.S.", "p.m.").
  if (/^[A-Z]$/.test(bare)) return false;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(bare)) return opener;
  return true;
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Net change in "inside a quotation" after reading `s`, starting from `open`. */
function quoteStateAfter(s: string, open: boolean): boolean {
  let state = open;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 0x22) state = !state;
    else if (ch === 0x201c) state = true;
    else if (ch === 0x201d) state = false;
  }
  return state;
}

function mergeQuotations(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < spans.length) {
    const first = spans[i]!;
    let open = quoteStateAfter(text.slice(first.start, first.end), false);
    let j = i;
    if (open) {
      // Look ahead for the sentence that closes the quotation; if none does
      // within reach the marks are unbalanced, and we keep the split rather
      // than swallow the paragraph.
      for (let k = i + 1; k < spans.length && k - i < MAX_QUOTE_SENTENCES; k++) {
        open = quoteStateAfter(text.slice(spans[k]!.start, spans[k]!.end), open);
        if (!open) {
          j = k;
          break;
        }
      }
    }
    out.push({ start: first.start, end: spans[j]!.end });
    i = j + 1;
  }
  return out;
}
