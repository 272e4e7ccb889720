/**
 * PolNeAR in JSON Lines (`{"id","title","date","text","annotations":
 * {"<annotator>": [{"source","cue","content","content_has_quote_marks"}]}}`):
 * the direct quotes of each document. A document annotated by several
 * people is scored against the first annotator in name order, so every
 * document counts once.
 */
import { EvalInputError, jsonLines, stringField } from '../jsonl.js';

/** A character range of the document text. */
export interface Range {
  start: number;
  end: number;
}

/** One gold direct quote: its content (one or more fragments) and the speaker span as annotated. */
export interface GoldQuote {
  content: Range[];
  source: (Range & { text: string }) | null;
}

/** One annotated document. */
export interface QuoteDocument {
  id: string;
  title: string | null;
  date: string | null;
  text: string;
  quotes: GoldQuote[];
}

function range(value: unknown): (Range & { text: string }) | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.start !== 'number' || typeof v.end !== 'number') return null;
  return { start: v.start, end: v.end, text: typeof v.text === 'string' ? v.text : '' };
}

/** The content fragments of an annotation: its `fragments` when it has them, else its one range. */
function contentRanges(value: unknown): Range[] {
  const whole = range(value);
  const fragments = (value as { fragments?: unknown } | null)?.fragments;
  if (Array.isArray(fragments) && fragments.length > 0)
    return fragments
      .filter(
        (f): f is [number, number] =>
          Array.isArray(f) && typeof f[0] === 'number' && typeof f[1] === 'number',
      )
      .map(([start, end]) => ({ start, end }));
  return whole && whole.end > whole.start ? [{ start: whole.start, end: whole.end }] : [];
}

/** Parses a PolNeAR JSON Lines file, keeping the direct quotes (`content_has_quote_marks`). */
export function parsePolnear(text: string, file: string): QuoteDocument[] {
  const out: QuoteDocument[] = [];
  for (const { value, line } of jsonLines(text, file)) {
    const annotations = value.annotations;
    if (typeof annotations !== 'object' || annotations === null)
      throw new EvalInputError(file, line, 'field "annotations" must be an object of annotator -> list');
    const annotator = Object.keys(annotations).sort()[0];
    const list = annotator === undefined ? [] : (annotations as Record<string, unknown>)[annotator];
    if (!Array.isArray(list))
      throw new EvalInputError(file, line, `annotations of "${annotator}" must be a list`);
    const quotes = list
      .filter((a) => (a as { content_has_quote_marks?: unknown }).content_has_quote_marks === true)
      .map((a) => ({
        content: contentRanges((a as { content: unknown }).content),
        source: range((a as { source: unknown }).source),
      }))
      .filter((q) => q.content.length > 0);
    out.push({
      id: stringField(value, 'id', file, line),
      title: typeof value.title === 'string' ? value.title : null,
      date: typeof value.date === 'string' ? value.date : null,
      text: stringField(value, 'text', file, line),
      quotes,
    });
  }
  return out;
}
