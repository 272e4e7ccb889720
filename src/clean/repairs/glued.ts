/**
 * Missing spaces: "withRussia", "U.S.to", "said.The". Each repair is an
 * insertion of one space. Splitting is conservative: a lower-case prefix is
 * split off only when it is a common English word, so names written in camel
 * case (McCain, iPhone, eBay, YouTube, DeMistura, LinkedIn) are never touched.
 *
 * Speed: candidates are found with small Latin-script regexes (Unicode
 * property classes cost ten times more per character in V8) and then checked
 * in code. Each regex opens on a rare character (a capital, a stop) and looks
 * behind it for the rest: V8 tests the first character at every position, so
 * a pattern opening on a lower-case letter costs three times as much. The
 * function-word list is English, so nothing is lost by it; a glued sentence
 * in another script is left alone.
 */
import type { Repair, Span } from '../../types.js';

/** Common words that scraping glues to the capitalised word after them. */
const GLUE_WORDS: ReadonlySet<string> = new Set(
  (
    'the and of to in on at by for from with without into onto over under about after before between ' +
    'against during as than that this these those is was were are be been has have had said says told ' +
    'will would could should can may not but or nor his her their its our your who which when where ' +
    'while since until via per across among amid toward towards through near also both all'
  ).split(' '),
);
/** Brands that are written glued on purpose. */
const GLUED_BRANDS: ReadonlySet<string> = new Set([
  'theskimm',
  'thegrio',
  'thescore',
  'theblaze',
  'thechive',
]);
/** Abbreviations ending in two lower-case letters that may precede a capitalised name ("Gov.Brown"). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mrs messrs gov sen rep reps gen col capt sgt cpl cmdr adm maj brig prof rev hon pres supt insp det ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ave blvd inc corp ltd bros etc vol approx est dept univ assn natl intl nos no vs'
  ).split(' '),
);

const UPPER = 'A-ZÀ-ÖØ-Þ';
const LOWER = 'a-zß-öø-ÿ';
/** A capital right after a lower-case letter, where "withRussia" is glued. */
const CAPITAL = new RegExp(`[${UPPER}](?<=[a-z].)(?=[${UPPER}${LOWER}.])`, 'g');
/**
 * What any of the three glues needs somewhere in a paragraph ("aB", "a.B",
 * "A.b"): one cheap test spares the scans on most paragraphs.
 */
const MAYBE_GLUED = new RegExp(
  `[${UPPER}.!?](?:(?<=[a-z][${UPPER}])|(?<=[a-z0-9][.!?])”?[${UPPER}]|(?<=[A-Z]\\.)[a-z])`,
);
/** An initialism ("U.S.", "U.N.") right before a lower-case word. */
const INITIALISM_GLUE = /(?:[A-Z]\.){2,}(?=[a-z]{2})/g;
/** A sentence stop right before a capitalised word. */
const SENTENCE_GLUE = new RegExp(`[.!?]”?(?=[${UPPER}][${LOWER}])`, 'g');
const LETTER = new RegExp(`[${UPPER}${LOWER}]`);
const DIGIT = /[0-9]/;
/** Characters before a word that make it part of an address, a handle or a compound. */
const NOT_A_WORD_START = /[0-9#@_/\\.'’`-]/;

/** Start of the run of letters that ends at `end` (exclusive). */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && LETTER.test(text.charAt(start - 1))) start--;
  return start;
}

/** Whether the whitespace-delimited token around `i` is a URL, handle or e-mail address. */
function inAddress(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  let end = i;
  while (end < text.length && !/\s/.test(text.charAt(end))) end++;
  return /[@/#]|www\.|\.(?:com|org|net)\b/i.test(text.slice(start, end));
}

/** The matches of a global regex, by `exec` (`matchAll` clones the regex on every call). */
function matchIndices(re: RegExp, text: string): { index: number; length: number }[] {
  const found: { index: number; length: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    found.push({ index: m.index, length: m[0].length });
  return found;
}

/** Where a space goes in "withRussia", or null: the lower-case word before the capital must be a common word. */
function wordGlue(text: string, i: number): number | null {
  const start = wordStart(text, i + 1);
  const prefix = text.slice(start, i + 1);
  if (
    prefix.length < 2 ||
    !GLUE_WORDS.has(prefix) ||
    (start > 0 && NOT_A_WORD_START.test(text.charAt(start - 1)))
  ) {
    return null;
  }
  let end = i + 1;
  while (end < text.length && LETTER.test(text.charAt(end))) end++;
  if (GLUED_BRANDS.has(text.slice(start, end).toLowerCase()) || inAddress(text, i)) return null;
  return i + 1;
}

/** Where a space goes in "said.The" or "2017.Then", or null: the stop must end a lower-case word (not "Gov.") or a number. */
function sentenceGlue(text: string, stop: number, length: number): number | null {
  let start = wordStart(text, stop);
  const word = text.slice(start, stop);
  let ok = /[a-zß-öø-ÿ]{2}$/.test(word) && !ABBREVIATIONS.has(word.toLowerCase());
  if (word === '') {
    while (start > 0 && DIGIT.test(text.charAt(start - 1))) start--;
    ok = stop - start >= 2;
  }
  // A word glued to what precedes it ("3.5.Next", "www.site.Com") is not a sentence end.
  if (!ok || (start > 0 && /[\p{L}0-9@/.]/u.test(text.charAt(start - 1))) || inAddress(text, stop))
    return null;
  return stop + length;
}

/** An insertion of one space at `at` (offset in the span's slice). */
function space(span: Span, at: number, kind: Repair['kind']): Repair {
  return { start: span.start + at, end: span.start + at, replacement: ' ', kind };
}

/** Missing spaces in one span: glued words, glued initialisms, glued sentences. */
export function gluedRepairs(text: string, span: Span): Repair[] {
  const slice = text.slice(span.start, span.end);
  const repairs: Repair[] = [];
  if (!MAYBE_GLUED.test(slice)) return repairs;
  for (const { index } of matchIndices(CAPITAL, slice)) {
    const at = wordGlue(slice, index - 1);
    if (at !== null) repairs.push(space(span, at, 'glued-word'));
  }
  for (const { index, length } of matchIndices(INITIALISM_GLUE, slice)) {
    const before = index > 0 ? slice.charAt(index - 1) : ' ';
    if (!LETTER.test(before) && before !== '.' && !inAddress(slice, index)) {
      repairs.push(space(span, index + length, 'glued-word'));
    }
  }
  for (const { index, length } of matchIndices(SENTENCE_GLUE, slice)) {
    const at = sentenceGlue(slice, index, length);
    if (at !== null) repairs.push(space(span, at, 'glued-sentence'));
  }
  return repairs.sort((a, b) => a.start - b.start);
}
