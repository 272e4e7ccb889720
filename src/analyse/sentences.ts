import type { Span } from '../types.js';
import { nlp } from './nlp.js';

/** How many sentences a quotation may span before we stop waiting for its closing mark. */
const MAX_QUOTE_SENTENCES = 5;

/**
 * Splits one paragraph into sentence spans (offsets into `text`).
 *
 * wink-nlp finds the boundaries (it knows U.S., Mr., Sen., Jan., p.m.); two
 * refinements follow: a quotation that spans several sentences stays one
 * sentence when it closes within a few sentences (so no sentence carries half
 * a quote), and a "sentence" that begins in lower case continues the previous
 * one (`"Why?" he asked.`).
 */
export function splitSentences(text: string): Span[] {
  const spans = winkSpans(text);
  return mergeLowercaseStarts(text, mergeQuotations(text, spans));
}

/** Sentence spans as wink-nlp sees them, mapped from token indices to characters. */
function winkSpans(text: string): Span[] {
  const doc = nlp().readDoc(text);
  const its = nlp().its;
  const values = doc.tokens().out(its.value) as string[];
  const starts = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink keeps token text verbatim, but search rather than trust lengths so a
    // normalised token can never shift every later offset.
    const at = text.indexOf(value, cursor);
    starts[i] = at === -1 ? cursor : at;
    cursor = starts[i]! + (at === -1 ? 0 : value.length);
  }
  const spans: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const start = starts[first]!;
    const end = starts[last]! + values[last]!.length;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** Net change in "inside a quotation" after reading `s`, starting from `open`. */
function quoteStateAfter(s: string, open: boolean): boolean {
  let state = open;
  for (const ch of s) {
    if (ch === '"') state = !state;
    else if (ch === '\u201C') state = true;
    else if (ch === '\u201D') state = false;
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
      // within reach the marks are unbalanced, and we keep wink's split rather
      // than swallow the paragraph.
      let closedAt = -1;
      for (let k = i + 1; k < spans.length && k - i < MAX_QUOTE_SENTENCES; k++) {
        open = quoteStateAfter(text.slice(spans[k]!.start, spans[k]!.end), open);
        if (!open) {
          closedAt = k;
          break;
        }
      }
      if (closedAt !== -1) j = closedAt;
    }
    out.push({ start: first.start, end: spans[j]!.end });
    i = j + 1;
  }
  return out;
}

const LOWER_START = /^[\s"'\u201C\u201D\u2018\u2019(]*[a-z]/;

function mergeLowercaseStarts(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && LOWER_START.test(text.slice(span.start, span.end))) {
      prev.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}
