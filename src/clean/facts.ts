/**
 * What several rules ask of the same line (its words, whether it reads as
 * prose), answered once per line. Lines never change and each rule sees most
 * of the lines the rule before it saw, so `cleanDocument` keeps the answers
 * for the document it cleans and hands them to every rule.
 */
import type { Line } from './rule.js';
import { comparableWords, isProse, words } from './text.js';

/** Indices in `body` of the first and last prose lines: outside them lie the top and bottom zones. */
export interface ProseBounds {
  first: number;
  last: number;
}

/** How far up a list of items may run below the line that introduces it. */
const MAX_LIST_ITEMS = 12;
const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['"', "'", '”', '’']);

interface Facts {
  words?: readonly string[];
  comparable?: readonly string[];
  prose?: boolean;
}

/** The answers about the lines of one document; the lists it returns are shared, not to be changed. */
export class LineFacts {
  // A Map that dies with the document: a WeakMap kept across documents costs more in garbage collection than it saves.
  private readonly known = new Map<Line, Facts>();

  /** `words(line.text)`. */
  words(line: Line): readonly string[] {
    const facts = this.of(line);
    facts.words ??= words(line.text);
    return facts.words;
  }

  /** `comparableWords(line.text)`. */
  comparableWords(line: Line): readonly string[] {
    const facts = this.of(line);
    facts.comparable ??= comparableWords(line.text);
    return facts.comparable;
  }

  /** `isProse(line.text)`. */
  isProse(line: Line): boolean {
    const facts = this.of(line);
    facts.prose ??= isProse(line.text);
    return facts.prose;
  }

  /** Where the prose of the body begins and ends; null when no line reads as prose. */
  proseBounds(body: readonly Line[]): ProseBounds | null {
    let first = -1;
    let last = -1;
    for (let i = 0; i < body.length; i++) {
      if (!this.isProse(body[i]!)) continue;
      if (first === -1) first = i;
      last = i;
    }
    return first === -1 ? null : { first, last };
  }

  /**
   * Whether body line `i` is an item of a list that a colon introduced ("has to
   * accomplish the following:" / "Stop lying" / "Show humility"): short lines
   * there are content, not headings.
   */
  isListItem(body: readonly Line[], i: number): boolean {
    for (let j = i - 1; j >= 0 && i - j <= MAX_LIST_ITEMS; j--) {
      const line = body[j]!;
      if (introducesList(line.text)) return true;
      if (this.isProse(line)) return false;
    }
    return false;
  }

  private of(line: Line): Facts {
    let facts = this.known.get(line);
    if (facts === undefined) {
      facts = {};
      this.known.set(line, facts);
    }
    return facts;
  }
}

/** Whether a text ends in a colon, perhaps inside a quotation (":", ':"'): looked up at the end, not by an end-anchored regex tried at every position. */
function introducesList(text: string): boolean {
  const end = QUOTE_CLOSERS.has(text.charAt(text.length - 1)) ? text.length - 1 : text.length;
  return end > 0 && text.charCodeAt(end - 1) === 0x3a;
}
