/**
 * Quotation spans of an article, read paragraph by paragraph. A double quote
 * may run over several sentences and, by the news convention, over several
 * paragraphs: a paragraph that ends inside a quotation and a next paragraph
 * that opens with a mark continue one quote. Single marks quote only at top
 * level and only when they close in the same paragraph. Unbalanced marks are
 * bounded: a quotation never outlives its paragraph unless the next one
 * reopens it, and a mark that opens nothing a paragraph can close is dropped.
 */
import { findMarks, type Mark, opensWithQuote } from './marks.js';

/** A run of quoted text inside one sentence: offsets into the sentence text, marks excluded. */
export interface Piece {
  sentence: number;
  start: number;
  end: number;
}

/** A quotation as found in the text, before attribution. */
export interface QuoteSpan {
  pieces: Piece[];
  /** Where the opening mark stands. */
  open: { sentence: number; at: number };
  /** Where the closing mark stands (exclusive end of the quote's marks), or where the quote was cut. */
  close: { sentence: number; at: number };
  /** Whether the quote ran over more than one paragraph. */
  paragraphs: number;
  /** Whether a closing mark ended it (an unclosed quote runs to its paragraph's end). */
  closed: boolean;
}

/** The sentences the spans are read from. */
export interface QuoteSource {
  text: string;
  paragraph: number;
}

/** What a speaker's attribution looks like inside a run left open: `, he said.` before the next opening mark. */
const INNER_ATTRIBUTION =
  /[,.!?]\s+(?:he|she|they|[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3})\s+(?:said|says|added|asked|wrote|told \p{L}+)\s*[.,:]?\s*$/u;

interface Open {
  kind: Mark['kind'];
  /** Opened by an ASCII mark: typographic marks inside it are nested quotes, and the reverse. */
  straight: boolean;
  pieces: Piece[];
  /** Start of the current piece. */
  from: { sentence: number; at: number };
  open: { sentence: number; at: number };
  paragraphs: number;
  /** A reopening mark already read as a continuation (the next paragraph's first mark). */
  skip: { sentence: number; at: number } | null;
}

type Position = { sentence: number; at: number };

/** Reads quotation spans; sentences must be in article order. */
export function findQuoteSpans(sentences: readonly QuoteSource[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let state: Open | null = null;
  for (let s = 0; s < sentences.length; s++) {
    const { text, paragraph } = sentences[s]!;
    for (const mark of findMarks(text)) {
      if (state?.skip?.sentence === s && state.skip.at === mark.at) continue;
      state = step(state, mark, s, sentences, out);
    }
    if (state === null) continue;
    const next = sentences[s + 1];
    if (next !== undefined && next.paragraph === paragraph) {
      state.pieces.push({ sentence: s, start: state.from.at, end: text.length });
      state.from = { sentence: s + 1, at: 0 };
    } else {
      state = endParagraph(state, s, sentences, out);
    }
  }
  return out;
}

/** One mark read with the state so far; finished quotes go to `out`. */
function step(
  state: Open | null,
  mark: Mark,
  s: number,
  sentences: readonly QuoteSource[],
  out: QuoteSpan[],
): Open | null {
  const here = { sentence: s, at: mark.at };
  if (state === null) return mark.role === 'close' ? null : begin(mark, s);
  // Nested: ‘...’ inside “...”, or a typographic quote inside a block quoted with ASCII marks.
  if (mark.kind !== state.kind || (mark.straight !== state.straight && mark.role === 'open')) return state;
  if (mark.role !== 'open') {
    finish(state, here, true, sentences, out);
    return null;
  }
  // An opening mark while a quotation is open: the earlier one was never closed.
  cutUnclosed(state, here, sentences, out);
  return begin(mark, s);
}

/** The quotation an opening mark in sentence `s` begins. */
function begin(mark: Mark, s: number): Open {
  return {
    kind: mark.kind,
    straight: mark.straight,
    pieces: [],
    from: { sentence: s, at: mark.at + 1 },
    open: { sentence: s, at: mark.at },
    paragraphs: 1,
    skip: null,
  };
}

/** Pieces with some letter or digit in them. */
function nonEmpty(pieces: readonly Piece[], sentences: readonly QuoteSource[]): Piece[] {
  return pieces.filter((p) => /[\p{L}\p{N}]/u.test(sentences[p.sentence]!.text.slice(p.start, p.end)));
}

/** Ends a quotation at `close` (its closing mark, or a cut point). */
function finish(
  state: Open,
  close: Position,
  closed: boolean,
  sentences: readonly QuoteSource[],
  out: QuoteSpan[],
): void {
  const pieces = nonEmpty(
    [...state.pieces, { sentence: close.sentence, start: state.from.at, end: close.at }],
    sentences,
  );
  if (pieces.length === 0) return;
  out.push({
    pieces,
    open: state.open,
    close: { sentence: close.sentence, at: close.at + (closed ? 1 : 0) },
    paragraphs: state.paragraphs,
    closed,
  });
}

/**
 * A quotation left open when the next opening mark comes: the writer forgot
 * the closing mark. When the run ends with an attribution ("..., he said.")
 * the quote ends before it; otherwise it ends at the next mark.
 */
function cutUnclosed(state: Open, at: Position, sentences: readonly QuoteSource[], out: QuoteSpan[]): void {
  if (state.kind === 'single') return;
  const pieces = nonEmpty(
    [...state.pieces, { sentence: at.sentence, start: state.from.at, end: at.at }],
    sentences,
  );
  const last = pieces[pieces.length - 1];
  if (last === undefined) return;
  const m = INNER_ATTRIBUTION.exec(sentences[last.sentence]!.text.slice(last.start, last.end));
  const end = m ? last.start + m.index + 1 : last.end;
  finish(
    { ...state, pieces: pieces.slice(0, -1), from: { sentence: last.sentence, at: last.start } },
    { sentence: last.sentence, at: end },
    false,
    sentences,
    out,
  );
}

/**
 * At a paragraph's end: a double quotation continues when the next paragraph
 * opens with a mark; otherwise it ends here if it opened where quotations do
 * (a sentence start, or after a colon or comma), and is dropped as a stray
 * mark if not. Single quotations never cross a paragraph.
 */
function endParagraph(
  state: Open,
  s: number,
  sentences: readonly QuoteSource[],
  out: QuoteSpan[],
): Open | null {
  const text = sentences[s]!.text;
  const next = sentences[s + 1];
  if (state.kind === 'double' && next !== undefined && opensWithQuote(next.text)) {
    const lead = next.text.length - next.text.trimStart().length;
    return {
      ...state,
      pieces: [...state.pieces, { sentence: s, start: state.from.at, end: text.length }],
      from: { sentence: s + 1, at: lead + 1 },
      paragraphs: state.paragraphs + 1,
      skip: { sentence: s + 1, at: lead },
    };
  }
  if (state.kind === 'double' && opensWhereQuotesDo(sentences, state.open))
    finish(state, { sentence: s, at: text.length }, false, sentences, out);
  return null;
}

/** Whether an opening mark stands where quotations begin: a sentence start, or after ":" or ",". */
function opensWhereQuotesDo(sentences: readonly QuoteSource[], open: Position): boolean {
  const before = sentences[open.sentence]!.text.slice(0, open.at).trimEnd();
  return before === '' || /[:,]$/u.test(before);
}
