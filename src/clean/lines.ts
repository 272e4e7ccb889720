import type { Line } from './rule.js';

/** The line terminators: a raw line is what lies between them. */
const TERMINATORS = ['\n', '\r', '\u2028', '\u2029'] as const;
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
  const runs = rawLines(text);
  for (let k = 0; k < runs.length; k += 2) {
    const at = runs[k]!;
    const raw = text.slice(at, runs[k + 1]);
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = at + (raw.length - raw.trimStart().length);
    const previous = lines[lines.length - 1];
    if (previous !== undefined && continues(text, previous, trimmed, at, lastBreak)) {
      lines[lines.length - 1] = {
        ...previous,
        end: start + trimmed.length,
        text: text.slice(previous.start, start + trimmed.length),
      };
    } else {
      lines.push({ start, end: start + trimmed.length, text: trimmed, index: lines.length });
    }
    lastBreak = at + raw.length;
  }
  return lines;
}

/**
 * The runs of characters between line terminators, as start and end pairs.
 * Found with `indexOf`, which skips through a long line many times faster
 * than a regex steps through it (most texts are one-byte, where the Unicode
 * separators are not even searched for).
 */
function rawLines(text: string): number[] {
  const next = TERMINATORS.map((t) => text.indexOf(t));
  const runs: number[] = [];
  for (let from = 0; from < text.length; ) {
    let end = text.length;
    for (let k = 0; k < next.length; k++) {
      if (next[k]! !== -1 && next[k]! < from) next[k] = text.indexOf(TERMINATORS[k]!, from);
      if (next[k]! !== -1 && next[k]! < end) end = next[k]!;
    }
    if (end > from) runs.push(from, end);
    from = end + 1;
  }
  return runs;
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
