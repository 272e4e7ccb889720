/**
 * Lookups over the gazetteer: a surface form to its entry, a demonym to its
 * country. Acronyms match in capitals only, so "US" is the country and "us"
 * a pronoun, "WHO" the agency and "who" a relative pronoun.
 */
import { GAZETTEER, type GazetteerEntry } from './gazetteer.js';

const exact = new Map<string, GazetteerEntry>();
const folded = new Map<string, GazetteerEntry>();
const demonyms = new Map<string, GazetteerEntry>();

function isAcronym(form: string): boolean {
  return /^[\p{Lu}\d.&-]+$/u.test(form) && form.replace(/[^\p{Lu}]/gu, '').length <= 6;
}

for (const entry of GAZETTEER) {
  for (const form of [entry.name, ...entry.aliases]) {
    const bare = form.replace(/^the\s+/i, '');
    if (isAcronym(bare)) exact.set(bare, entry);
    else if (!folded.has(bare.toLowerCase())) folded.set(bare.toLowerCase(), entry);
  }
  for (const d of entry.demonyms) if (!isAcronym(d)) demonyms.set(d.toLowerCase(), entry);
}

/** Looked-up forms: the entity layer asks about the same capitalised words many times per article. */
const seen = new Map<string, GazetteerEntry | null>();
const SEEN_LIMIT = 50_000;

/** The gazetteer entry a surface form names ("U.S." -> United States), or null. */
export function gazetteerEntry(form: string): GazetteerEntry | null {
  const known = seen.get(form);
  if (known !== undefined) return known;
  const bare = form.replace(/^the\s+/i, '').replace(/[’']s$/u, '');
  const entry = exact.get(bare) ?? (isAcronym(bare) ? null : (folded.get(bare.toLowerCase()) ?? null));
  if (seen.size >= SEEN_LIMIT) seen.clear();
  seen.set(form, entry);
  return entry;
}

/** The country a demonym belongs to ("Russian" -> Russia), or null. */
export function demonymCountry(word: string): GazetteerEntry | null {
  return demonyms.get(word.toLowerCase()) ?? null;
}
