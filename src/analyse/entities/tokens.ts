/**
 * Word and punctuation tokens of one sentence, with offsets into the
 * sentence's text. Entity, quote and speaker rules all read these, so a
 * sentence is tokenised once per article.
 */

/** One token of a sentence. */
export interface Token {
  text: string;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  /** Lower-cased text, apostrophes made straight. */
  lower: string;
  /** A word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

const CAPITAL = /^\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;

/**
 * The code of the character at `i`, or -1 past the end. The scanner looks
 * one character ahead, and a read past a string's end (NaN) puts every read
 * at that place on V8's slow path: a quarter of the tokenizer's time.
 */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** Whether the character at `i` is a letter or digit; ASCII is decided without a regex, being nearly all of it. */
function isWordAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text.charAt(i));
}

function isLetterAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text.charAt(i));
}

function isSpaceAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text.charAt(i));
}

/** Characters that may join the parts of one word: apostrophes, backtick, full stop, hyphen. */
function isJoinerAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  return c === 39 || c === 0x2019 || c === 96 || c === 46 || c === 45;
}

/** What a token is apart from where it stands: the same for every occurrence of its text. */
type Form = Pick<Token, 'text' | 'lower' | 'word' | 'cap'>;

/**
 * Forms seen, by text. Articles repeat their words and piles their names;
 * sharing one form's strings keeps the tokens an analysis holds on to small,
 * and lower-casing a slice of a sentence with curly quotes (a two-byte
 * string) is slow and allocates.
 */
const forms = new Map<string, Form>();
const FORMS_LIMIT = 50_000;

function formOf(text: string): Form {
  let form = forms.get(text);
  if (form === undefined) {
    const code = text.charCodeAt(0);
    const word = isWordAt(text, 0);
    const lower = text.toLowerCase();
    form = {
      text,
      lower: hasCurlyOrBacktick(lower) ? lower.replace(/[’`]/gu, "'") : lower,
      word,
      cap: word && (code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(text.charAt(0))),
    };
    if (forms.size >= FORMS_LIMIT) forms.clear();
    forms.set(text, form);
  }
  return form;
}

function make(text: string, start: number): Token {
  const form = formOf(text);
  return {
    text: form.text,
    start,
    end: start + text.length,
    lower: form.lower,
    word: form.word,
    cap: form.cap,
  };
}

/** Whether a token holds a curly apostrophe or a backtick, which `lower` makes straight. */
function hasCurlyOrBacktick(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 96 || c === 0x2019) return true;
  }
  return false;
}

/** End of an initialism ("U.S.", "U.N.") starting at `i`, or -1: two letter-and-stop pairs or more. */
function initialismEnd(text: string, i: number): number {
  let j = i;
  while (isLetterAt(text, j) && codeAt(text, j + 1) === 46) j += 2;
  return j - i >= 4 ? j : -1;
}

/** End of a word starting at `i`: letters and digits, joined by inner apostrophes, stops and hyphens ("al-Assad", "don't"). */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    if (isWordAt(text, j)) j++;
    else if (isJoinerAt(text, j) && isWordAt(text, j + 1)) j += 2;
    else return j;
  }
}

/** Pushes a word, its possessive ending ("Kerry’s" -> "Kerry", "’s") split off. */
function pushWord(out: Token[], text: string, start: number, end: number): void {
  const c1 = text.charCodeAt(end - 2);
  const c2 = text.charCodeAt(end - 1);
  if (end - start > 3 && (c1 === 39 || c1 === 0x2019) && (c2 === 115 || c2 === 83)) {
    out.push(make(text.slice(start, end - 2), start));
    out.push(make(text.slice(end - 2, end), end - 2));
  } else {
    out.push(make(text.slice(start, end), start));
  }
}

/**
 * Tokenises a sentence: initialisms, words (with inner apostrophes, stops
 * and hyphens), and any other single non-space character. A hand-written
 * scanner: on long articles a Unicode regex costs several times as much.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    if (!isWordAt(text, i)) {
      out.push(make(text.charAt(i), i));
      i++;
      continue;
    }
    const initialism = initialismEnd(text, i);
    const end = initialism > 0 ? initialism : wordEnd(text, i);
    pushWord(out, text, i, end);
    i = end;
  }
  return out;
}

/** Whether a token is a possessive ending ("'s", "’s"). */
export function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && (token.lower === "'s" || token.lower === "'");
}
