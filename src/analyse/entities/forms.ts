/**
 * Token forms: what a token is apart from where it stands (its text, lower
 * case, whether it is a word and capitalised), one object per distinct text
 * and shared by all its occurrences. Articles repeat their words and piles
 * their names, so a sentence's tokens are references into this table rather
 * than objects of their own.
 */

/** What a token is apart from where it stands; one object per distinct text. */
export interface Token {
  readonly text: string;
  /** Lower-cased text, apostrophes made straight. */
  readonly lower: string;
  /** A word (letters or digits) rather than punctuation. */
  readonly word: boolean;
  /** Starts with a capital letter. */
  readonly cap: boolean;
}

const CAPITAL = /^\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a code is a letter or digit; ASCII is decided without a regex, being nearly all of it. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(String.fromCharCode(c));
}

/** Whether a token holds a curly apostrophe or a backtick, which `lower` makes straight. */
function hasCurlyOrBacktick(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 96 || c === 0x2019) return true;
  }
  return false;
}

function newForm(text: string): Token {
  const code = text.charCodeAt(0);
  const word = isWordCode(code);
  const lower = text.toLowerCase();
  return {
    text,
    lower: hasCurlyOrBacktick(lower) ? lower.replace(/[’`]/gu, "'") : lower,
    word,
    cap: word && (code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(text.charAt(0))),
  };
}

/** FNV-1a over UTF-16 codes. */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
/**
 * A token of up to this many characters, each a code from 1 to 255, is
 * packed whole into two 32-bit numbers stored with its hash: equal packs are
 * equal texts.
 */
const PACKED_LENGTH = 8;
/** Past this many distinct forms the table starts afresh, bounding its memory. */
const FORMS_LIMIT = 50_000;
const INITIAL_SLOTS = 1 << 14;
/** Numbers per slot: hash, form index + 1 (0 for an empty slot), and the packed text (0, 0 when not packed). */
const SLOT = 4;

/** Whether `word` equals `text.slice(start, end)`. */
function sameAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * Every form seen, found by the hash and packed text of its characters read
 * in place. A Map would need each token sliced out of its sentence, and its
 * lookups read the table, the key object and the key's characters: several
 * cache misses per token once the rest of the analysis has run between two
 * sentences. Here most tokens are matched within one slot.
 */
class FormTable {
  private readonly forms: Token[] = [];
  private slots = new Int32Array(SLOT * INITIAL_SLOTS);

  /** The form of `text.slice(start, end)`, added when new. */
  at(text: string, start: number, end: number): Token {
    let hash = HASH_SEED;
    let low = 0;
    let high = 0;
    let packed = end - start <= PACKED_LENGTH;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      hash = Math.imul(hash ^ c, HASH_PRIME);
      const k = i - start;
      if (c === 0 || c > 255) packed = false;
      else if (k < 4) low |= c << (8 * k);
      else high |= c << (8 * (k - 4));
    }
    if (!packed) {
      low = 0;
      high = 0;
    }
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const entry = slots[at + 1]! - 1;
      if (entry < 0) return this.add(text.slice(start, end), at, hash, low, high);
      if (slots[at] !== hash || slots[at + 2] !== low || slots[at + 3] !== high) continue;
      const form = this.forms[entry]!;
      if (packed || sameAt(form.text, text, start, end)) return form;
    }
  }

  /** Adds a form in the empty slot at `at`. */
  private add(text: string, at: number, hash: number, low: number, high: number): Token {
    if (this.forms.length >= FORMS_LIMIT) {
      this.forms.length = 0;
      this.slots = new Int32Array(SLOT * INITIAL_SLOTS);
      return this.at(text, 0, text.length);
    }
    const form = newForm(text);
    this.forms.push(form);
    this.slots.set([hash, this.forms.length, low, high], at);
    // At most half full, so probes stay short.
    if (this.forms.length * 2 * SLOT > this.slots.length) this.grow();
    return form;
  }

  /** Doubles the table. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    const mask = this.slots.length / SLOT - 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 1] === 0) continue;
      let slot = old[from]! & mask;
      while (this.slots[SLOT * slot + 1] !== 0) slot = (slot + 1) & mask;
      this.slots.set(old.subarray(from, from + SLOT), SLOT * slot);
    }
  }
}

const table = new FormTable();

/** The shared form of the token `text.slice(start, end)`. */
export function formAt(text: string, start: number, end: number): Token {
  return table.at(text, start, end);
}
