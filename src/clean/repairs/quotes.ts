/**
 * Quote-mark repairs. Choice: marks that carry a direction become curly
 * marks ("``" and "''" -> “ ”, a quoting backtick -> ‘ or ’), because the
 * direction is the information the source encoded and curly marks keep it;
 * a backtick inside a word is an apostrophe and becomes the plain ASCII "'"
 * that most text (and every tokenizer) uses for "Russia's", "can't".
 * Straight and curly marks already in the text are left as they are.
 */
import type { Repair, Span } from '../../types.js';

/**
 * PTB quotes (doubled backticks or apostrophes), single backticks, and the PTB
 * triples where a single and a double quote meet: "```" opens both, "'''"
 * closes both (its first mark is a straight single quote, which stays).
 */
const MARKS = /```|'''|``|''|`/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters after which a quote opens rather than closes. */
const OPENS_AFTER = /[\s([{“‘"'`—–-]/u;

/** Whether the character at `i` is a letter or digit (false outside the text). */
function isAlnum(text: string, i: number): boolean {
  return i >= 0 && i < text.length && LETTER_OR_DIGIT.test(text.charAt(i));
}

/** Whether position `i` starts a word: text start, or a space or opening mark before it. */
function opensAt(text: string, i: number): boolean {
  return i === 0 || OPENS_AFTER.test(text.charAt(i - 1));
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
  if (open > 0 && i > 0 && /[\p{L}\p{N}.,!?;:]/u.test(text.charAt(i - 1)))
    return { replacement: '’', kind: 'backtick-quote' };
  return before ? { replacement: "'", kind: 'backtick-apostrophe' } : null;
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
  // Most paragraphs have no mark to repair: two substring searches spare the regex.
  if (!slice.includes('`') && !slice.includes("''")) return repairs;
  let open = 0;
  for (const m of slice.matchAll(MARKS)) {
    for (const [i, mark] of units(m[0], m.index)) {
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
