/**
 * Name keys: one spelling for the transliteration variants and particles
 * that news outlets disagree on, so "Sergei Lavrov" and "Sergey Lavrov",
 * "Khan Sheikhoun" and "Khan Sheikhun", "Bashar al-Assad" and "Bashar
 * Assad" meet. Keys are for matching only; names are shown as written.
 */

/** Arabic articles and name particles that some outlets write and others drop. */
const PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-/u;
const DROPPED_WORDS = new Set(['al', 'el']);

/** Spelling rewrites, in order: vowel digraphs, y for i, doubled letters. */
const REWRITES: readonly [RegExp, string][] = [
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/ee/g, 'i'],
  [/y/g, 'i'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/(.)\1+/g, '$1'],
];

/** Name words repeat across a pile's mentions; keying each once pays for itself. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The key of one name word: lower case, no accents, no particle, variants folded. */
export function wordKey(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    key = computeWordKey(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, key);
  }
  return key;
}

function computeWordKey(word: string): string {
  let w = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]s$/u, '');
  w = w.replace(PARTICLE, '').replace(/[^a-z0-9]/g, '');
  for (const [from, to] of REWRITES) w = w.replace(from, to);
  return w;
}

/** The key words of a name, particles that stand alone ("al Assad") dropped. */
export function nameKeys(name: string): string[] {
  return name
    .split(/[\s]+/u)
    .filter((w) => w !== '' && !DROPPED_WORDS.has(w.toLowerCase()))
    .map(wordKey)
    .filter((k) => k !== '');
}

/** The key of a whole name. */
export function nameKey(name: string): string {
  return nameKeys(name).join(' ');
}
