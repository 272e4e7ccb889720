/**
 * Quote-mark repairs. Choice: marks that carry a direction become curly
 * marks ("``" and "''" -> “ ”, a quoting backtick -> ‘ or ’), because the
 * direction is the information the source encoded and curly marks keep it;
 * a backtick inside a word is an apostrophe and becomes the plain ASCII "'"
 * that most text (and every tokenizer) uses for "Russia's", "can't".
 * Straight and curly marks already in the text are left as they are.
 */
import type { Repair, Span } from '../../types.js';
import { charTest } from '../text.js';

const isLetterOrDigit = charTest(/[\p{L}\p{N}]/u);
/** Characters after which a quote opens rather than closes. */
const opensAfter = charTest(/[\s([{“‘"'`—–-]/u);
/** Characters after which a backtick closes a quote that is open. */
const closesAfter = charTest(/[\p{L}\p{N}.,!?;:]/u);

/** Whether the character at `i` is a letter or digit (false outside the text). */
function isAlnum(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetterOrDigit(text.charCodeAt(i));
}

/** Whether position `i` starts a word: text start, or a space or opening mark before it. */
function opensAt(text: string, i: number): boolean {
  return i === 0 || opensAfter(text.charCodeAt(i - 1));
}

/** A PTB quote: `` opens; '' opens before a word at a word start, and closes otherwise. */
function ptbReplacement(text: string, i: number, mark: string): string {
  return mark === '``' || (opensAt(text, i) && isAlnum(text, i + 2)) ? '“' : '”';
}

/** What a single backtick at `i` stands for, with the number of backtick quotes open before it. */
function backtick(text: string, i: number, open: number): Pick<Repair, 'replacement' | 'kind'> | null {
  const before = isAlnum(text, i - 1);
  const after = isAlnum(text, i + 1);
  if (before && after) return { replacement: "'", kind: 'backtick-apostrophe' };
  if (after && opensAt(text, i)) return { replacement: '‘', kind: 'backtick-quote' };
  if (open > 0 && i > 0 && closesAfter(text.charCodeAt(i - 1)))
    return { replacement: '’', kind: 'backtick-quote' };
  return before ? { replacement: "'", kind: 'backtick-apostrophe' } : null;
}

/** Where the last mark was found, and where the next backtick and pair of apostrophes are (-1: none left). */
interface MarkSearch {
  at: number;
  tick: number;
  pair: number;
}

/**
 * The next mark at or after `from`, as the leftmost-longest match of "```",
 * "'''", "``", "''" or "`" (PTB quotes are doubled backticks or apostrophes;
 * the triples are where a single and a double quote meet: "```" opens both,
 * "'''" closes both, its first mark a straight single quote, which stays).
 * `next` caches where the next backtick and the next pair of apostrophes
 * are: `indexOf` skips through a paragraph far faster than a regex steps.
 */
function nextMark(slice: string, from: number, next: MarkSearch): string | null {
  if (next.tick !== -1 && next.tick < from) next.tick = slice.indexOf('`', from);
  if (next.pair !== -1 && next.pair < from) next.pair = slice.indexOf("''", from);
  const at = next.tick === -1 ? next.pair : next.pair === -1 ? next.tick : Math.min(next.tick, next.pair);
  if (at === -1) return null;
  const c = slice.charCodeAt(at);
  const length = slice.charCodeAt(at + 1) !== c ? 1 : slice.charCodeAt(at + 2) !== c ? 2 : 3;
  next.at = at;
  return slice.slice(at, at + length);
}

/** The marks a match stands for, with their positions: triples split into a pair and a single. */
function units(match: string, at: number): [number, string][] {
  if (match === '```')
    return [
      [at, '``'],
      [at + 2, '`'],
    ];
  if (match === "'''") return [[at + 1, "''"]];
  return [[at, match]];
}

/**
 * Repairs of quote marks in one span. A backtick between letters is an
 * apostrophe; one that opens a word is an opening quote; one that ends a word
 * closes a quote when one is open, and is a possessive apostrophe otherwise.
 */
export function quoteRepairs(text: string, span: Span): Repair[] {
  const slice = text.slice(span.start, span.end);
  const repairs: Repair[] = [];
  let open = 0;
  const next: MarkSearch = { at: -1, tick: slice.indexOf('`'), pair: slice.indexOf("''") };
  for (let m = nextMark(slice, 0, next); m !== null; m = nextMark(slice, next.at + m.length, next)) {
    for (const [i, mark] of units(m, next.at)) {
      const start = span.start + i;
      if (mark !== '`') {
        repairs.push({
          start,
          end: start + 2,
          replacement: ptbReplacement(slice, i, mark),
          kind: 'ptb-quote',
        });
        continue;
      }
      const fix = backtick(slice, i, open);
      if (fix === null) continue;
      if (fix.replacement === '‘') open++;
      else if (fix.replacement === '’') open--;
      repairs.push({ start, end: start + 1, ...fix });
    }
  }
  return repairs;
}
