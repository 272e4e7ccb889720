/**
 * Mentions: the names of one sentence, each with what the name itself says
 * about it (gazetteer, compromise's lexicon, a title, a given name) and the
 * role written with it. Titles are cut off the name: "Secretary of State
 * Rex Tillerson" is the name "Rex Tillerson" with the role "Secretary of
 * State".
 */
import { appositiveAfter, appositiveBefore } from './appositive.js';
import { capitalisedChunks, type ProperForms } from './chunks.js';
import {
  firstNameGender,
  isOrganisationWord,
  lexiconOrganisation,
  lexiconPlace,
  lexiconTags,
} from './lexicon.js';
import { demonymCountry, gazetteerEntry } from './places.js';
import { extendRole, genderOfTitle, honorificBefore, roleHeadEndingAt, rolePrefix } from './titles.js';
import type { Token } from './tokens.js';
import type { EntityType, Gender, Mention } from './types.js';

/** Lower-case words after a name that make it a modifier ("the Assad regime"). */
const MODIFIED = new Set(
  `administration regime government campaign forces troops camp team era officials presidency loyalists
  supporters aides family foundation allies rally voters fans`.split(/\s+/u),
);
/** Words before a name that place it ("in Khan Sheikhoun"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'around', 'into', 'throughout']);
/** Verbs after a name that make it someone who speaks. */
const SPEAKS = new Set(['said', 'says', 'told', 'tells', 'added', 'asked', 'wrote', 'argued', 'insisted']);

type Range = { start: number; end: number };

/** What a name alone says: type, gazetteer name and gender. */
function classify(name: string, tokens: readonly Token[]): Pick<Mention, 'type' | 'canonical' | 'gender'> {
  const entry = gazetteerEntry(name);
  if (entry) return { type: entry.type, canonical: entry.name, gender: null };
  const lower = name.toLowerCase();
  if (lexiconOrganisation(lower)) return { type: 'organisation', canonical: null, gender: null };
  if (lexiconPlace(lower)) return { type: 'place', canonical: null, gender: null };
  // A given name tells a gender only before a surname: "Scott" alone is a surname as often as not.
  const first = tokens.length > 1 ? firstNameGender(tokens[0]!.lower) : null;
  const gender: Gender | null = first === 'm' || first === 'f' ? first : null;
  if (tokens.length > 1 && isOrganisationWord(tokens[tokens.length - 1]!.lower))
    return { type: 'organisation', canonical: null, gender: null };
  if (lexiconTags(lower).includes('Person') || (tokens.length > 1 && first !== null))
    return { type: 'person', canonical: null, gender };
  return { type: null, canonical: null, gender };
}

/** Splits a chunk into its role part and its name part at the last role head before the final word. */
function splitChunk(tokens: readonly Token[], chunk: Range): { role: Range | null; name: Range } {
  for (let end = chunk.end - 1; end > chunk.start; end--) {
    const head = roleHeadEndingAt(tokens, end);
    if (head < chunk.start) continue;
    let name = end;
    if (tokens[name]?.text === '.') name++;
    if (name >= chunk.end) continue;
    return { role: { start: extendRole(tokens, head), end }, name: { start: name, end: chunk.end } };
  }
  return { role: rolePrefix(tokens, chunk.start), name: chunk };
}

/** Text of a token range in the sentence. */
function slice(text: string, tokens: readonly Token[], r: Range): string {
  return text.slice(tokens[r.start]!.start, tokens[r.end - 1]!.end);
}

/** What the words around a name suggest about it. */
function contextHint(tokens: readonly Token[], name: Range): Mention['hint'] {
  const next = tokens[name.end];
  const after = next?.lower === "'s" ? tokens[name.end + 1] : next;
  if (after && SPEAKS.has(after.lower)) return 'person';
  // "Scott's wife", "Kerry’s spokesman": a possessive before a common noun is mostly a person's.
  if (next?.lower === "'s" && after?.word && !after.cap) return 'person';
  const prev = tokens[name.start - 1];
  if (prev && PLACE_PREPOSITIONS.has(prev.lower)) return 'place';
  return null;
}

/** The gender a role or honorific written with the name tells. */
function titleGender(tokens: readonly Token[], name: Range, role: Range | null): Gender | null {
  const honorific = honorificBefore(tokens, name.start);
  const words = honorific >= 0 ? [tokens[honorific]!] : role ? tokens.slice(role.start, role.end) : [];
  for (const t of words) {
    const g = genderOfTitle(t.lower);
    if (g === 'm' || g === 'f') return g;
  }
  return null;
}

/** Mentions of gazetteer names inside a role ("US" in "US Secretary of State"). */
function roleMentions(text: string, tokens: readonly Token[], role: Range, sentence: number): Mention[] {
  const out: Mention[] = [];
  for (let i = role.start; i < role.end; i++) {
    for (let j = Math.min(role.end, i + 4); j > i; j--) {
      if (!tokens[i]!.cap) break;
      const entry = gazetteerEntry(slice(text, tokens, { start: i, end: j }));
      if (!entry) continue;
      out.push(bare(text, tokens, { start: i, end: j }, sentence, entry.type, entry.name));
      i = j - 1;
      break;
    }
  }
  return out;
}

/** A mention with nothing known yet but its place and type. */
function mention(
  sentence: number,
  start: number,
  text: string,
  type: EntityType | null,
  canonical: string | null,
): Mention {
  return {
    sentence,
    start,
    end: start + text.length,
    text,
    type,
    canonical,
    role: null,
    gender: null,
    hint: null,
    modifier: false,
    inQuote: false,
  };
}

function bare(
  text: string,
  tokens: readonly Token[],
  r: Range,
  sentence: number,
  type: EntityType | null,
  canonical: string | null,
): Mention {
  return mention(sentence, tokens[r.start]!.start, slice(text, tokens, r), type, canonical);
}

/** "US-Russia", "US-Russian": hyphenated gazetteer names and demonyms; the names are mentions. */
function hyphenated(token: Token, sentence: number): Mention[] | null {
  if (!token.text.includes('-')) return null;
  const parts = token.text.split('-');
  const entries = parts.map((p) => gazetteerEntry(p));
  if (parts.length < 2 || parts.some((p, k) => entries[k] === null && demonymCountry(p) === null))
    return null;
  const out: Mention[] = [];
  let at = token.start;
  parts.forEach((p, k) => {
    const entry = entries[k];
    if (entry) out.push(mention(sentence, at, p, entry.type, entry.name));
    at += p.length + 1;
  });
  return out;
}

/** Role words too vague to describe someone on their own ("his counterpart Sergei Lavrov"). */
export const WEAK_ROLES: ReadonlySet<string> = new Set([
  'counterpart',
  'russian counterpart',
  'boss',
  'colleague',
  'friend',
  'ally',
  'rival',
  'successor',
  'predecessor',
]);

/** The role to keep: a vague one-word prefix ("boss") gives way to an appositive. */
function chooseRole(prefix: string | null, appositive: () => string | null): string | null {
  if (prefix !== null && !WEAK_ROLES.has(prefix.toLowerCase())) return prefix;
  return appositive() ?? prefix;
}

/** The mentions of one sentence, in order; `proper` from `properForms` over the article. */
export function sentenceMentions(
  text: string,
  tokens: readonly Token[],
  sentence: number,
  proper: ProperForms,
): Mention[] {
  const out: Mention[] = [];
  for (const chunk of capitalisedChunks(tokens, proper)) {
    if (chunk.end - chunk.start === 1) {
      const pair = hyphenated(tokens[chunk.start]!, sentence);
      if (pair) {
        out.push(...pair);
        continue;
      }
    }
    const { role, name } = splitChunk(tokens, chunk);
    const nameText = slice(text, tokens, name);
    if (name.end - name.start === 1 && demonymCountry(nameText) && !gazetteerEntry(nameText)) continue;
    if (lexiconTags(nameText.toLowerCase()).includes('Demonym')) continue;
    // Names inside the chunk's own role ("US" in "US Secretary of State"); words before it are chunks of their own.
    if (role && role.end > chunk.start)
      out.push(
        ...roleMentions(text, tokens, { start: Math.max(role.start, chunk.start), end: role.end }, sentence),
      );
    const m = bare(text, tokens, name, sentence, null, null);
    Object.assign(m, classify(nameText, tokens.slice(name.start, name.end)));
    const titled = titleGender(tokens, name, role);
    if (titled) m.gender = titled;
    if (m.type === null && (role || honorificBefore(tokens, name.start) >= 0)) m.type = 'person';
    const prefix = role ? slice(text, tokens, role) : null;
    m.role =
      m.type === 'place' || m.type === 'organisation'
        ? prefix
        : chooseRole(
            prefix,
            () =>
              appositiveAfter(text, tokens, name.end) ?? appositiveBefore(text, tokens, name.start, name.end),
          );
    if (m.type === null && m.role) m.type = 'person';
    m.hint = contextHint(tokens, name);
    m.modifier = MODIFIED.has(tokens[name.end]?.lower ?? '');
    out.push(m);
  }
  return out;
}
