/**
 * Capitalised chunks: the runs of a sentence that may name someone or
 * something ("Secretary of State Rex Tillerson", "Council on Foreign
 * Relations", "Staffan de Mistura"). Classification comes later; this only
 * decides where a name starts and ends.
 */
import { isCommonWord, isOrganisationWord, lexiconTags } from './lexicon.js';
import { demonymCountry, gazetteerEntry } from './places.js';
import { isAbbreviation, isRoleHead } from './titles.js';
import type { SentenceTokens, Token } from './tokens.js';

/** Capitalised words that never name an entity on their own: dates, pronouns, interjections. */
const NEVER = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday i i'm i've i'd i'll
  god ok okay yes no mr mrs ms dr`.split(/\s+/u),
);
/** Lower-case particles inside personal names ("Staffan de Mistura", "Osama bin Laden"). */
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'der',
  'di',
  'du',
  'dos',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'la',
  'le',
  'el',
]);
/** Words joining the parts of an organisation's or a role's name ("Council on Foreign Relations"). */
const JOINERS = new Set(['of', 'on', 'for']);
/** Determiners that may follow a joiner ("Organisation for the Prohibition of ..."). */
const ARTICLES = new Set(['the']);

/** Punctuation after which a word opens a clause: quotation marks, brackets, colons, dashes, stops. */
const CLAUSE_OPENERS = new Set(['“', '"', '‘', "'", '(', ':', '—', '–', '.', '!', '?', ';', '-']);

/** Arabic and other name particles glued to a capitalised name: "al-Assad", "bin-Salman". */
const GLUED = '(?:al|el|ad|as|ash|an|ar|at|az|abu|abd|bin|ibn)-\\p{Lu}';
const GLUED_PARTICLE = new RegExp(`^${GLUED}`, 'u');
const HAS_GLUED_PARTICLE = new RegExp(GLUED, 'u');

/** Whether the token at `i` opens a clause or sentence, where any word is capitalised. */
export function opensClause(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  if (prev.word || !CLAUSE_OPENERS.has(prev.text)) return false;
  // The full stop of "Mr." or "D." ends no sentence.
  const before = tokens[i - 2];
  return !(
    prev.text === '.' &&
    before &&
    ((before.text.length === 1 && before.cap) || isAbbreviation(before.lower))
  );
}

/**
 * Capitalised words seen where capitals are not forced (mid-clause): a word
 * opening a sentence counts as a name only when the article also writes it
 * capitalised elsewhere, or a lexicon knows it as one ("Tillerson", not "World").
 */
export type ProperForms = ReadonlySet<string>;

/** The lower-cased forms an article capitalises mid-clause. */
export function properForms(sentences: readonly SentenceTokens[]): Set<string> {
  const out = new Set<string>();
  for (const { tokens } of sentences)
    for (let i = 0; i < tokens.length; i++)
      if (tokens[i]!.cap && !opensClause(tokens, i)) out.add(tokens[i]!.lower);
  return out;
}

/** "US-Russia", "US-Russian": gazetteer names and demonyms joined by hyphens. */
function hyphenatedNames(t: Token): boolean {
  if (!t.text.includes('-')) return false;
  const parts = t.text.split('-');
  return parts.length > 1 && parts.every((p) => gazetteerEntry(p) !== null || demonymCountry(p) !== null);
}

/** Whether a token can be (part of) a name. */
function capitalised(t: Token | undefined): t is Token {
  return t !== undefined && (t.cap || GLUED_PARTICLE.test(t.text)) && !NEVER.has(t.lower);
}

/** Whether the token at `i` may start a name. */
function nameWord(tokens: readonly Token[], i: number, proper: ProperForms): boolean {
  const t = tokens[i];
  if (!capitalised(t)) return false;
  // "The" starts a name only as part of it ("The New York Times"); the chunk drops it again.
  if (t.lower === 'the') return capitalised(tokens[i + 1]) && !opensClause(tokens, i);
  if (!opensClause(tokens, i) || proper.has(t.lower) || isRoleHead(t.lower)) return true;
  if (gazetteerEntry(t.text) !== null || hyphenatedNames(t)) return true;
  if (isCommonWord(t.lower) || t.lower === 'the') return false;
  // Unknown to every list and capitalised only where capitals are forced: a name only if more name follows.
  const next = tokens[i + 1];
  const particle = next !== undefined && PARTICLES.has(next.text) && capitalised(tokens[i + 2]);
  return lexiconTags(t.lower).length > 0 || capitalised(next) || particle;
}

/** Length of the connector run at `i` that joins two parts of one name, 0 when there is none. */
function connector(tokens: readonly Token[], i: number, chunkStart: number): number {
  const t = tokens[i];
  if (!t) return 0;
  // "D." in "Paul D. Ryan", "Sen." in "Sen. Bernie Sanders": the full stop stays in the chunk.
  if (t.text === '.' && i > chunkStart) {
    const prev = tokens[i - 1]!;
    if ((prev.text.length === 1 && prev.cap) || isAbbreviation(prev.lower))
      return capitalised(tokens[i + 1]) ? 1 : 0;
  }
  if (PARTICLES.has(t.text) && capitalised(tokens[i + 1])) return 1;
  if (!JOINERS.has(t.lower)) return 0;
  const prev = tokens[i - 1]!;
  if (!isOrganisationWord(prev.lower) && !isRoleHead(prev.lower)) return 0;
  if (ARTICLES.has(tokens[i + 1]?.lower ?? '') && capitalised(tokens[i + 2])) return 2;
  return capitalised(tokens[i + 1]) ? 1 : 0;
}

/** Token ranges [start, end) of the capitalised chunks of a sentence (its text and tokens). */
export function capitalisedChunks(
  text: string,
  tokens: readonly Token[],
  proper: ProperForms,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Only a capitalised word or a glued particle starts a name, and few sentences hold a glued particle:
  // one look at the text spares reading every lower-case word (and a hyphen search spares most the regex).
  const glued = text.includes('-') && HAS_GLUED_PARTICLE.test(text);
  let i = 0;
  while (i < tokens.length) {
    if ((!tokens[i]!.cap && !glued) || !nameWord(tokens, i, proper)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    for (;;) {
      if (capitalised(tokens[end])) {
        end++;
        continue;
      }
      const skip = connector(tokens, end, start);
      if (skip === 0) break;
      end += skip + 1;
    }
    // "The United States", "The New York Times": the article is no part of the name.
    out.push({ start: tokens[start]!.lower === 'the' && end - start > 1 ? start + 1 : start, end });
    i = end;
  }
  return out;
}
