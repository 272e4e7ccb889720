/**
 * compromise's word lists as a lookup table. Tagging whole articles with
 * compromise costs ~30 ms each, fifteen times the budget of this analysis,
 * so we read its lexicon (first names with gender, places, organisations,
 * common words) and do the chunking ourselves. The lexicon is a copy made
 * by scripts/generate-lexicon.ts: loading compromise to read it would cost
 * more than briefing a small pile.
 */
import { LEXICON_DATA, ORG_WORDS } from './lexicon-data.js';

// Maps, not the model's plain objects: looking a fresh string up as an object key interns it first, which costs
// more than the lookup itself.
let lexicon: ReadonlyMap<string, readonly string[]> | undefined;
let orgWords: ReadonlySet<string> | undefined;

function table(): ReadonlyMap<string, readonly string[]> {
  // Every lookup comes here: parse the data only the first time.
  if (lexicon === undefined) {
    const table = new Map<string, readonly string[]>();
    for (const [set, words] of Object.entries(JSON.parse(LEXICON_DATA) as Record<string, string[]>)) {
      // One array per set of tags, shared by its words.
      const tags = set.split('+');
      for (const word of words) table.set(word, tags);
    }
    lexicon = table;
  }
  return lexicon;
}

const NONE: readonly string[] = [];

/** Tags compromise gives a lower-cased word or phrase, empty when it does not know it. */
export function lexiconTags(lower: string): readonly string[] {
  return table().get(lower) ?? NONE;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);
const PROPER_TAGS = new Set([
  ...NAME_TAGS,
  ...PLACE_TAGS,
  'Organization',
  'ProperNoun',
  'SportsTeam',
  'Demonym',
]);

/** A given name, with the gender the lexicon records for it ('m', 'f', or '?' when either). */
export function firstNameGender(lower: string): 'm' | 'f' | '?' | null {
  const tags = lexiconTags(lower);
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  if (tags.includes('FirstName')) return '?';
  return null;
}

/** Whether the lexicon knows the word as a surname or a famous person. */
export function isKnownSurname(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.includes('LastName') || tags.includes('Person');
}

/** Whether a word's or phrase's tags (from `lexiconTags`) make it a place: a country, city, region or other. */
export function isPlaceTagged(tags: readonly string[]): boolean {
  return tags.some((t) => PLACE_TAGS.has(t));
}

/**
 * A word that is ordinary English (a verb, adverb, determiner...) and no
 * name: capitalised at the start of a sentence it is not an entity.
 */
export function isCommonWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  if (tags.length === 0) return false;
  return !tags.some((t) => PROPER_TAGS.has(t));
}

/** Words that end organisation names in compromise's model ("council", "ministry", "news"). */
export function isOrganisationWord(lower: string): boolean {
  orgWords ??= new Set(ORG_WORDS);
  return orgWords.has(lower);
}

/** The words and phrases the lexicon gives a tag ("Actor": "spokesman", "analyst"), for sets asked in one lookup. */
export function wordsTagged(tag: string): string[] {
  const out: string[] = [];
  for (const [word, tags] of table()) if (tags.includes(tag)) out.push(word);
  return out;
}
