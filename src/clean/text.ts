/**
 * Lexical tests the rules share: what a word is, what looks like prose, what
 * looks like a heading. They are pure functions of a line's text, so rules can
 * share them without sharing state.
 */

/** Closing marks that may follow a sentence's final punctuation. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
/** Punctuation that ends a sentence or a clause: a line ending so is running text. */
const CLAUSE_END = /[.!?…:;,]$/u;

/** Lines this long are prose even without final punctuation (a truncated lede). */
const LONG_PROSE_WORDS = 25;
/** Shorter lines need final punctuation and this many words to count as prose. */
const MIN_PROSE_WORDS = 4;
/** Headings are short: beyond this a line without a full stop is more likely broken prose. */
const MAX_HEADING_WORDS = 20;
const MAX_HEADING_CHARS = 160;

/**
 * Words a heading never ends on but a truncated sentence often does; a line
 * ending on one is cut-off prose, not a headline.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at for with from by as that which who whom whose ' +
    'was were is are be been being has have had will would could should can may might must ' +
    'their his her its our your my this these those than into onto about after before over ' +
    'under between against during while if when where because so such not no'
  ).split(' '),
);

/** Words title case leaves in lower case. */
const SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an the and or but nor of to in on at for by with from as vs via per up off into onto over than'.split(
    ' ',
  ),
);

const isOtherAlnum = charTest(/[\p{L}\p{N}]/u);

/**
 * Whether the UTF-16 code `c` is a letter or digit. ASCII, Latin-1 and
 * punctuation are decided by ranges, other scripts by a memoised regex: a
 * Unicode-class regex per character would dominate the stage's time.
 */
function isAlnumCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x2000 && c <= 0x206f) return false;
  return isOtherAlnum(c);
}

/**
 * A one-character regex as a test of UTF-16 codes, memoised per code: code
 * that looks at characters one at a time asks it again and again, and a
 * regex call costs far more than a table lookup. `re` must not be global.
 */
export function charTest(re: RegExp): (code: number) => boolean {
  // Per code: 0 not yet known, 1 no, 2 yes.
  const known = new Uint8Array(0x10000);
  return (code) => {
    let answer = known[code]!;
    if (answer === 0) {
      answer = re.test(String.fromCharCode(code)) ? 2 : 1;
      known[code] = answer;
    }
    return answer === 2;
  };
}

/** Whether the code at `i` is an apostrophe ("'", "’", "`"). */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 96;
}

/**
 * Scans the words of a text: runs of letters and digits, an apostrophe
 * between letters kept inside ("Russia's"). Counts up to `cap`, and collects
 * the words into `into` when given.
 */
function scanWords(text: string, cap: number, into?: string[]): number {
  let count = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAlnumCode(c)) {
      if (start === -1) start = i;
      continue;
    }
    if (start === -1) continue;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
    if (isApostrophe(c) && isAlnumCode(next)) continue;
    into?.push(text.slice(start, i));
    start = -1;
    if (++count >= cap) return count;
  }
  if (start !== -1) {
    into?.push(text.slice(start));
    count++;
  }
  return count;
}

/** The words of a text, as written. */
export function words(text: string): string[] {
  const list: string[] = [];
  scanWords(text, Number.POSITIVE_INFINITY, list);
  return list;
}

/**
 * The number of words `words` would find, stopping at `cap`: rules ask "at
 * least n words?" of every line, and this is the hot path of the stage.
 */
export function countWords(text: string, cap = Number.POSITIVE_INFINITY): number {
  return scanWords(text, cap);
}

/** Whether a string starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** Whether a letter string has no lower-case letter ("NEW YORK", "AFP"). */
export function isUpperCase(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** The text without the closing quotes and brackets that may follow its last punctuation. */
export function stripClosers(text: string): string {
  // A loop from the end: an end-anchored regex would be tried at every position of the line.
  let end = text.length;
  while (end > 0 && CLOSERS.has(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Whether a text ends like running text: a full stop, question, colon, comma... */
export function endsClause(text: string): boolean {
  return CLAUSE_END.test(stripClosers(text).slice(-1));
}

/** Whether most content words are capitalised ("Arkansas Pushes To Carry Out Executions"). */
export function isTitleCased(list: readonly string[]): boolean {
  let content = 0;
  let capitals = 0;
  for (const word of list) {
    const first = word.charCodeAt(0);
    if ((first >= 48 && first <= 57) || SMALL_WORDS.has(word.toLowerCase())) continue;
    content++;
    if (isCapitalised(word)) capitals++;
  }
  return content >= 2 && capitals >= content * 0.9;
}

/** Whether a line reads as body prose: a punctuated sentence, or too long to be anything else. */
export function isProse(text: string): boolean {
  const needed = endsClause(text) ? MIN_PROSE_WORDS : LONG_PROSE_WORDS;
  return countWords(text, needed) >= needed;
}

/** The first letter or digit of a text (skipping quotes, bullets and brackets). */
function firstAlnum(text: string): string {
  const m = /[\p{L}\p{N}]/u.exec(text);
  return m ? m[0] : '';
}

const QUESTION_OR_ANSWER = /^[QA]\s*:/u;
/** A stop after a lower-case word ("said. Then"), not after an initial or "U.S.": two sentences. */
const INNER_SENTENCE_END = /\p{Ll}{2}[.!?]["”’)]?\s+["“([]?\p{Lu}/u;

/** Whether a line is short enough to be a heading: a cheap test before the word-level ones. */
export function isShortLine(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS;
}

/**
 * Whether a line has the shape of a heading: short, starting with a capital
 * or a digit, without the final punctuation of running text, and not cut off
 * after a function word. Questions count only when title-cased.
 */
export function isHeadingShaped(text: string, list: readonly string[] = words(text)): boolean {
  if (text.length > MAX_HEADING_CHARS || list.length === 0 || list.length > MAX_HEADING_WORDS) return false;
  const first = firstAlnum(text);
  if (first === '' || (first === first.toLowerCase() && !/\p{N}/u.test(first))) return false;
  // An interview's "Q: ..." is content, and a line with a sentence break inside is prose.
  if (QUESTION_OR_ANSWER.test(text) || INNER_SENTENCE_END.test(text)) return false;
  const bare = stripClosers(text);
  if (/[.:;,…\-–—/(]$/u.test(bare)) return false;
  if (/[?!]$/u.test(bare) && !isTitleCased(list)) return false;
  const last = list[list.length - 1]!;
  return !FUNCTION_WORDS.has(last.toLowerCase());
}

/** Lower-cased words with curly and backtick apostrophes made straight, for comparing lines. */
export function comparableWords(text: string): string[] {
  const list = words(text.toLowerCase());
  return /[’`]/u.test(text) ? list.map((w) => w.replace(/[’`]/gu, "'")) : list;
}
