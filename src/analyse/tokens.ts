import { stemmer } from 'stemmer';

/**
 * Lower-cased alphanumeric word tokens, split the way ROUGE-1.5.5 splits
 * (anything not a-z or 0-9 separates words), so that what the summarizer
 * counts is what the evaluation counts. Accented letters are decomposed
 * first ("café" -> "cafe").
 */
export function words(text: string): string[] {
  const out: string[] = [];
  scan(text, out, null);
  return out;
}

/** `words(text)` and their Porter stems in one pass: what analysis keeps for every sentence. */
export function wordsAndStems(text: string): { words: string[]; stems: string[] } {
  const out = { words: [] as string[], stems: [] as string[] };
  scan(text, out.words, out.stems);
  return out;
}

/** Porter stems of a word list. */
export function stems(list: readonly string[]): string[] {
  return list.map(stem);
}

/** The Porter stem of a lower-cased word (cached). */
export function stem(word: string): string {
  // Words of one or two letters are their own stem: a lookup would cost more than it saves.
  if (word.length <= 2) return word;
  let hash = HASH_SEED;
  let key = word.length <= MAX_KEYED_LENGTH ? 0 : NO_KEY;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    hash = Math.imul(hash ^ c, HASH_PRIME);
    if (key !== NO_KEY) key = isWordCode(c) ? key * KEY_BASE + keyDigit(c) : NO_KEY;
  }
  return vocabulary.stemOf(vocabulary.find(word, 0, word.length, hash, key));
}

/** Counts words as a reader would: runs of non-space characters. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** UTF-8 byte length, as `--bytes` budgets and ROUGE's `-b` measure. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Pushes the words of `text` (and their stems, when asked) onto the lists. */
function scan(text: string, into: string[], stemsInto: string[] | null): void {
  const lower = text.toLowerCase();
  if (!scanAscii(lower, true, into, stemsInto)) {
    into.length = 0;
    if (stemsInto !== null) stemsInto.length = 0;
    scanAscii(decomposed(lower), false, into, stemsInto);
  }
}

/**
 * Runs of a-z and 0-9; with `stemsInto`, each is looked up in the vocabulary
 * by a hash and a key computed on the way. When `strict`, gives up (false) at
 * the first non-ASCII character that may decompose into a letter or digit:
 * the caller decomposes then.
 */
function scanAscii(text: string, strict: boolean, into: string[], stemsInto: string[] | null): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (strict && c >= 128 && !separates(c)) return false;
      i++;
      continue;
    }
    // An inner loop per word keeps the between-words tests out of the per-character path (~10% faster).
    const start = i;
    let hash = HASH_SEED;
    let key = 0;
    do {
      hash = Math.imul(hash ^ c, HASH_PRIME);
      key = key * KEY_BASE + keyDigit(c);
      c = ++i < n ? text.charCodeAt(i) : 32;
    } while (isWordCode(c));
    if (stemsInto === null) into.push(text.slice(start, i));
    else {
      const entry = vocabulary.find(text, start, i, hash, i - start <= MAX_KEYED_LENGTH ? key : NO_KEY);
      into.push(vocabulary.words[entry]!);
      stemsInto.push(vocabulary.stemOf(entry));
    }
  }
  return true;
}

/** Whether a UTF-16 code is one of a word's characters: a-z, 0-9. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Per UTF-16 code: 0 not yet known, 1 a separator in any form, 2 not (see `separates`). */
const SEPARATOR_KIND = new Uint8Array(0x10000);
const ASCII_ALNUM = /[a-z0-9]/;

/**
 * Whether a non-ASCII code is a separator whose decomposition is one too (“ ”
 * ’ —): decomposing it cannot change the words, so text whose other
 * characters are ASCII is not decomposed at all. Surrogates never count.
 */
function separates(c: number): boolean {
  let kind = SEPARATOR_KIND[c]!;
  if (kind === 0) {
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    kind = surrogate || ASCII_ALNUM.test(String.fromCharCode(c).normalize('NFKD')) ? 2 : 1;
    SEPARATOR_KIND[c] = kind;
  }
  return kind === 1;
}

/** `lower` in compatibility decomposition, character by character. */
function decomposed(lower: string): string {
  const parts: string[] = [];
  let ascii = 0;
  for (let i = 0; i < lower.length; ) {
    if (lower.charCodeAt(i) < 128) {
      i++;
      continue;
    }
    if (i > ascii) parts.push(lower.slice(ascii, i));
    const ch = String.fromCodePoint(lower.codePointAt(i)!);
    // Character by character equals the whole-string form up to the order of combining marks, which all separate.
    parts.push(ch.normalize('NFKD'));
    i += ch.length;
    ascii = i;
  }
  parts.push(lower.slice(ascii));
  return parts.join('');
}

/** FNV-1a over UTF-16 codes. */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
/**
 * A word of a-z and 0-9 up to this long has a key that is the word itself as
 * a number (base 37 with digits 1-36, below 2^53, so exact): equal keys are
 * equal words, and comparing them spares comparing the strings.
 */
const MAX_KEYED_LENGTH = 10;
const KEY_BASE = 37;
/** The key of longer words, and of anything not made of a-z and 0-9: compared as strings. */
const NO_KEY = -1;

/** The digit of a word character in a key: a-z 1-26, 0-9 27-36. */
function keyDigit(c: number): number {
  return c >= 97 ? c - 96 : c - 21;
}

/** Past this many distinct words the vocabulary starts afresh, bounding its memory. */
const VOCABULARY_LIMIT = 200_000;
const INITIAL_SLOTS = 1 << 14;

/**
 * Every word seen, once, with its stem computed on first request. Stemming
 * dominates analysis time and words repeat heavily, so stems are cached; a
 * Map would hash every freshly sliced word again (a runtime call per word in
 * V8), so this table is keyed by the hash and the key the scan computes
 * anyway: a word already seen is found without slicing it out of its
 * sentence, and, when short, without comparing strings.
 */
class Vocabulary {
  readonly words: string[] = [];
  private readonly keys: number[] = [];
  private readonly stems: (string | undefined)[] = [];
  /** Open addressing, linear probing: pairs of a word's hash and its entry + 1 (0 for an empty slot). */
  private slots = new Int32Array(2 * INITIAL_SLOTS);
  /** The hashes of the entries, for rehashing. */
  private hashes: number[] = [];

  /** The entry of the word `text.slice(start, end)`, with its hash and key, added when new. */
  find(text: string, start: number, end: number, hash: number, key: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1]! - 1;
      if (entry < 0) return this.add(text.slice(start, end), hash, key);
      if (slots[2 * slot] !== hash || this.keys[entry] !== key) continue;
      if (key !== NO_KEY || sameAt(this.words[entry]!, text, start, end)) return entry;
    }
  }

  /** The stem of an entry's word. */
  stemOf(entry: number): string {
    let s = this.stems[entry];
    if (s === undefined) {
      const word = this.words[entry]!;
      s = word.length > 2 ? stemmer(word) : word;
      this.stems[entry] = s;
    }
    return s;
  }

  private add(word: string, hash: number, key: number): number {
    if (this.words.length >= VOCABULARY_LIMIT) this.clear();
    const entry = this.words.length;
    this.words.push(word);
    this.keys.push(key);
    this.stems.push(undefined);
    this.hashes.push(hash);
    if (entry * 4 >= this.slots.length) this.rehash(this.slots.length);
    else this.place(entry);
    return entry;
  }

  private place(entry: number): void {
    const mask = (this.slots.length >> 1) - 1;
    const hash = this.hashes[entry]!;
    let slot = hash & mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = entry + 1;
  }

  /** Doubles the table: it stays at most half full, so probes stay short. */
  private rehash(size: number): void {
    this.slots = new Int32Array(2 * size);
    for (let entry = 0; entry < this.words.length; entry++) this.place(entry);
  }

  private clear(): void {
    this.words.length = 0;
    this.keys.length = 0;
    this.stems.length = 0;
    this.hashes.length = 0;
    this.slots = new Int32Array(2 * INITIAL_SLOTS);
  }
}

/** Whether `word` equals `text.slice(start, end)`. */
function sameAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

const vocabulary = new Vocabulary();
