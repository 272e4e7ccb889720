/**
 * Mentions: the names of one sentence, each with what the name itself says
 * about it (gazetteer, compromise's lexicon, a title, a given name) and the
 * role written with it. Titles are cut off the name: "Secretary of State
 * Rex Tillerson" is the name "Rex Tillerson" with the role "Secretary of
 * State".
 */
import { appositiveAfter, appositiveBefore } from './appositive.js';
import { capitalisedChunks, type ProperForms } from './chunks.js';
import { firstNameGender, isOrganisationWord, isPlaceTagged, lexiconTags } from './lexicon.js';
import { demonymCountry, gazetteerEntry } from './places.js';
import { extendRole, genderOfTitle, honorificBefore, roleHeadEndingAt, rolePrefix } from './titles.js';
import { type SentenceTokens, type Token, tokensText } from './tokens.js';
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

/** Sets what a name alone says on its mention: type, gazetteer name and gender; `tags`: the lexicon's for the name. */
function classify(m: Mention, tags: readonly string[], tokens: readonly Token[], name: Range): void {
  const entry = gazetteerEntry(m.text);
  if (entry) {
    m.type = entry.type;
    m.canonical = entry.name;
    return;
  }
  if (tags.includes('Organization')) {
    m.type = 'organisation';
    return;
  }
  if (isPlaceTagged(tags)) {
    m.type = 'place';
    return;
  }
  const several = name.end - name.start > 1;
  // A given name tells a gender only before a surname: "Scott" alone is a surname as often as not.
  const first = several ? firstNameGender(tokens[name.start]!.lower) : null;
  if (several && isOrganisationWord(tokens[name.end - 1]!.lower)) {
    m.type = 'organisation';
    return;
  }
  m.gender = first === 'm' || first === 'f' ? first : null;
  if (tags.includes('Person') || (several && first !== null)) m.type = 'person';
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

/** The gender the honorific before the name (its index, or -1), else the role written with it, tells. */
function titleGender(tokens: readonly Token[], honorific: number, role: Range | null): Gender | null {
  const words = honorific >= 0 ? { start: honorific, end: honorific + 1 } : role;
  if (words === null) return null;
  for (let i = words.start; i < words.end; i++) {
    const g = genderOfTitle(tokens[i]!.lower);
    if (g === 'm' || g === 'f') return g;
  }
  return null;
}

/** Adds the mentions of gazetteer names inside a role ("US" in "US Secretary of State") to `out`. */
function roleMentions(out: Mention[], tokenized: SentenceTokens, role: Range, sentence: number): void {
  const tokens = tokenized.tokens;
  for (let i = role.start; i < role.end; i++) {
    for (let j = Math.min(role.end, i + 4); j > i; j--) {
      if (!tokens[i]!.cap) break;
      const name = tokensText(tokenized, i, j);
      const entry = gazetteerEntry(name);
      if (!entry) continue;
      out.push(mention(sentence, tokenized.starts[i]!, name, entry.type, entry.name));
      i = j - 1;
      break;
    }
  }
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

/** "US-Russia", "US-Russian": hyphenated gazetteer names and demonyms; the names are mentions. */
function hyphenated(token: Token, start: number, sentence: number): Mention[] | null {
  if (!token.text.includes('-')) return null;
  const parts = token.text.split('-');
  const entries = parts.map((p) => gazetteerEntry(p));
  if (parts.length < 2 || parts.some((p, k) => entries[k] === null && demonymCountry(p) === null))
    return null;
  const out: Mention[] = [];
  let at = start;
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

/** A person's role: the prefix, but a vague one-word prefix ("boss") gives way to an appositive. */
function personRole(prefix: string | null, tokenized: SentenceTokens, name: Range): string | null {
  if (prefix !== null && !WEAK_ROLES.has(prefix.toLowerCase())) return prefix;
  return appositiveAfter(tokenized, name.end) ?? appositiveBefore(tokenized, name.start, name.end) ?? prefix;
}

/** The mentions of one sentence (`tokenized`, the `sentence`th), in order; `proper` from `properForms` over the article. */
export function sentenceMentions(
  tokenized: SentenceTokens,
  sentence: number,
  proper: ProperForms,
): Mention[] {
  const tokens = tokenized.tokens;
  const out: Mention[] = [];
  for (const chunk of capitalisedChunks(tokenized.text, tokens, proper)) {
    if (chunk.end - chunk.start === 1) {
      const pair = hyphenated(tokens[chunk.start]!, tokenized.starts[chunk.start]!, sentence);
      if (pair) {
        out.push(...pair);
        continue;
      }
    }
    const { role, name } = splitChunk(tokens, chunk);
    const nameText = tokensText(tokenized, name.start, name.end);
    const lower = nameText.toLowerCase();
    if (name.end - name.start === 1 && demonymCountry(lower) && !gazetteerEntry(nameText)) continue;
    const tags = lexiconTags(lower);
    if (tags.includes('Demonym')) continue;
    // Names inside the chunk's own role ("US" in "US Secretary of State"); words before it are chunks of their own.
    if (role && role.end > chunk.start)
      roleMentions(out, tokenized, { start: Math.max(role.start, chunk.start), end: role.end }, sentence);
    const m = mention(sentence, tokenized.starts[name.start]!, nameText, null, null);
    classify(m, tags, tokens, name);
    const honorific = honorificBefore(tokens, name.start);
    const titled = titleGender(tokens, honorific, role);
    if (titled) m.gender = titled;
    if (m.type === null && (role || honorific >= 0)) m.type = 'person';
    const prefix = role ? tokensText(tokenized, role.start, role.end) : null;
    m.role = m.type === 'place' || m.type === 'organisation' ? prefix : personRole(prefix, tokenized, name);
    if (m.type === null && m.role) m.type = 'person';
    m.hint = contextHint(tokens, name);
    m.modifier = MODIFIED.has(tokens[name.end]?.lower ?? '');
    out.push(m);
  }
  return out;
}
