import type { Line } from './rule.js';

/** Runs of characters between line breaks (any of the Unicode line terminators). */
const RAW_LINE = /[^\n\r\u2028\u2029]+/g;
/** A line that ends a sentence or clause: what follows it is a new paragraph even in lower case. */
const ENDS_CLAUSE = /[.!?…:;]["'”’»)\]]*$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Splits a text into trimmed, non-empty lines with exact offsets. Scraped text
 * marks paragraphs inconsistently (a blank line here, a single newline there),
 * so every line is a paragraph, with one exception: hard-wrapped text, where
 * a line starting in lower case right below a line that ends mid-sentence
 * continues that line's paragraph.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lastBreak = -1;
  for (const m of text.matchAll(RAW_LINE)) {
    const raw = m[0];
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = m.index + (raw.length - raw.trimStart().length);
    const previous = lines[lines.length - 1];
    if (previous !== undefined && continues(text, previous, trimmed, m.index, lastBreak)) {
      lines[lines.length - 1] = {
        ...previous,
        end: start + trimmed.length,
        text: text.slice(previous.start, start + trimmed.length),
      };
    } else {
      lines.push({ start, end: start + trimmed.length, text: trimmed, index: lines.length });
    }
    lastBreak = m.index + raw.length;
  }
  return lines;
}

/** Whether a line is the hard-wrapped continuation of the previous one (one line break between them). */
function continues(text: string, previous: Line, trimmed: string, at: number, lastBreak: number): boolean {
  if (!STARTS_LOWER.test(trimmed) || ENDS_CLAUSE.test(previous.text)) return false;
  const gap = text.slice(lastBreak, at);
  return gap === '\n' || gap === '\r\n' || gap === '\r';
}

/** The line that remains after cutting its prefix up to `end`, or null when nothing but space remains. */
export function remainder(line: Line, end: number): Line | null {
  const rest = line.text.slice(end - line.start);
  const trimmed = rest.trimStart();
  if (trimmed === '') return null;
  const start = line.end - trimmed.length;
  return { start, end: line.end, text: trimmed, index: line.index };
}
