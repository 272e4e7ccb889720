import type { Span } from '../types.js';
import { BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL, SENTENCE_OPENERS } from './abbreviations.js';

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
 * case (`"Why?" he asked`) never starts a sentence. A quotation that spans
 * sentences stays one sentence when it closes within a few sentences. Written
 * by hand because it is on the hot path: a general NLP
 * pipeline costs ten times as much for the same boundaries on news copy.
 */
export function splitSentences(text: string): Span[] {
  return mergeQuotations(text, boundarySpans(text));
}

// Terminator run, closing marks, white space, then the next sentence's first
// visible character (captured so we can look at the word it starts).
const BOUNDARY = /([.!?\u2026]+)(["'\u201D\u2019)\]]*)(\s+)(?=["'\u201C\u2018([]*[A-Z0-9\u00C0-\u00DE])/g;
const WORD_BEFORE = /([A-Za-z][A-Za-z.'\u2019-]*)$/;
const WORD_AFTER = /^["'\u201C\u2018([]*([A-Za-z0-9\u00C0-\u024F]+)/;

function boundarySpans(text: string): Span[] {
  const cuts: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const terminator = m[1]!;
    const closing = m[2]!;
    if (terminator === '.' && closing === '' && !periodEnds(text, m.index)) continue;
    cuts.push(m.index + terminator.length + closing.length);
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

/** Whether the single period at `at` ends a sentence, judging by the words around it. */
function periodEnds(text: string, at: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  if (before === '') return true;
  const after = WORD_AFTER.exec(text.slice(at + 1, at + 60).trimStart())?.[1] ?? '';
  const opener = SENTENCE_OPENERS.has(after);
  // "R-S.C." and "al-Assad." are judged by their last part.
  const bare = before.replace(/^.*[-'\u2019]/, '');
  if (NEVER_FINAL.has(bare)) return false;
  if (BEFORE_NUMBER.has(bare)) return !/^\d/.test(after) && opener;
  if (MAYBE_FINAL.has(bare)) return opener;
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
