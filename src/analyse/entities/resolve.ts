/**
 * Grouping mentions into entities, within an article or across a story's
 * articles: gazetteer names by their canonical name ("U.S." = "USA" =
 * "United States"), full names by their key ("Sergei Lavrov" = "Sergey
 * Lavrov"), a shorter name ending a longer one with it ("De Mistura" ->
 * "Staffan de Mistura"), and a lone surname with the full name it ends
 * ("Lavrov" -> "Sergei Lavrov"), the nearest one before it when several do.
 */
import { nameKeys } from './key.js';
import { isKnownSurname, lexiconTags } from './lexicon.js';
import { WEAK_ROLES } from './mentions.js';
import type { Entity, EntityType, Gender, Mention } from './types.js';

/** A mention with the position of its article in reading order. */
export interface PlacedMention {
  mention: Mention;
  article: number;
  /** False for a name read outside the body (a photo caption): it adds an alias, not a mention. */
  counted: boolean;
}

/** What the text of a mention says for grouping and naming. */
interface NameForm {
  /** The name without a possessive ending ("Kerry's" -> "Kerry"). */
  bare: string;
  /** The key words of the name, initials (which say nothing alone) left out. */
  words: readonly string[];
  /** The group key of a name the gazetteer does not know. */
  key: string;
  /** A full name: two words or more, not opening on a lower-case particle ("de Mistura"). */
  full: boolean;
  /** Whether no word list knows the name (see `isUnknownName`); worked out when first asked. */
  unknown: boolean | undefined;
}

function bareName(t: string): string {
  const apostrophe = t.charCodeAt(t.length - 2);
  return t.endsWith('s') && (apostrophe === 39 || apostrophe === 0x2019) ? t.slice(0, -2) : t;
}

// A story resolves each article's mentions again, and the same names recur: read each text once.
const formCache = new Map<string, NameForm>();
const FORM_CACHE_LIMIT = 20_000;

function nameForm(text: string): NameForm {
  let form = formCache.get(text);
  if (form === undefined) {
    const bare = bareName(text);
    const words = nameKeys(bare).filter((k) => k.length > 1);
    form = {
      bare,
      words,
      key: `n:${words.join(' ')}`,
      full: /\s/u.test(bare) && !/^\p{Ll}/u.test(bare),
      unknown: undefined,
    };
    if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
    formCache.set(text, form);
  }
  return form;
}

// Building "g:" + name for every mention of a gazetteer name costs a string and its hash each time.
const canonicalKeys = new Map<string, string>();

/** The group key of a gazetteer name. */
function canonicalKey(canonical: string): string {
  let key = canonicalKeys.get(canonical);
  if (key === undefined) {
    key = `g:${canonical}`;
    canonicalKeys.set(canonical, key);
  }
  return key;
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  const offset = long.length - short.length;
  for (let i = 0; i < short.length; i++) if (long[offset + i] !== short[i]) return false;
  return true;
}

/** A full name (two name words or more) and the mentions that write it. */
interface Anchor {
  key: string;
  words: readonly string[];
  mentions: number[];
  /** Taken into a longer full name that ends with it. */
  absorbed: boolean;
}

/** The surname of a full name, as a key. */
function lastWord(a: Anchor): string {
  return a.words[a.words.length - 1]!;
}

/** Adds `a` to the bucket of `word` in `index`. */
function addTo(index: Map<string, Anchor[]>, word: string, a: Anchor): void {
  const bucket = index.get(word);
  if (bucket === undefined) index.set(word, [a]);
  else bucket.push(a);
}

/** The full names among the mentions, by key, in order of first mention. */
function fullNames(items: readonly PlacedMention[], forms: readonly NameForm[]): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  for (let i = 0; i < items.length; i++) {
    const m = items[i]!.mention;
    const form = forms[i]!;
    if (m.canonical || m.type === 'place' || m.type === 'organisation' || form.words.length < 2) continue;
    // A full name's key is its words joined: any of its mentions has them.
    const anchor = anchors.get(form.key);
    if (anchor === undefined)
      anchors.set(form.key, { key: form.key, words: form.words, mentions: [i], absorbed: false });
    else anchor.mentions.push(i);
  }
  return anchors;
}

/** Longer full names absorb the full names they end ("De Mistura" in "Staffan de Mistura"). */
function absorbShortened(anchors: ReadonlyMap<string, Anchor>, keys: string[]): void {
  const byLastWord = new Map<string, Anchor[]>();
  for (const a of anchors.values()) addTo(byLastWord, lastWord(a), a);
  for (const a of anchors.values()) {
    let longer: Anchor | null = null;
    let count = 0;
    for (const b of byLastWord.get(lastWord(a))!)
      if (endsWith(b.words, a.words)) {
        longer = b;
        count++;
      }
    if (count !== 1) continue;
    a.absorbed = true;
    for (const i of a.mentions) keys[i] = longer!.key;
  }
}

/** Which group each mention joins: its key, or the key of the longer name it shortens. */
function groupKeys(items: readonly PlacedMention[], forms: readonly NameForm[]): string[] {
  const keys = new Array<string>(items.length);
  let lone = false;
  for (let i = 0; i < items.length; i++) {
    const canonical = items[i]!.mention.canonical;
    keys[i] = canonical ? canonicalKey(canonical) : forms[i]!.key;
    if (!canonical && forms[i]!.words.length === 1) lone = true;
  }
  const anchors = fullNames(items, forms);
  // Without full names no mention has a longer name to join.
  if (anchors.size === 0) return keys;
  absorbShortened(anchors, keys);
  if (!lone) return keys;
  const bySurname = new Map<string, Anchor[]>();
  const byGivenName = new Map<string, Anchor[]>();
  for (const a of anchors.values()) {
    if (!a.absorbed) addTo(bySurname, lastWord(a), a);
    if (a.words.length === 2) addTo(byGivenName, a.words[0]!, a);
  }
  for (let i = 0; i < items.length; i++) {
    const words = forms[i]!.words;
    if (items[i]!.mention.canonical || words.length !== 1) continue;
    const word = words[0]!;
    const surname = bySurname.get(word);
    const given = byGivenName.get(word);
    if (surname !== undefined && surname.length > 1) keys[i] = nearestAnchor(items, i, surname, keys);
    else if (surname !== undefined) keys[i] = surname[0]!.key;
    // A lone given name joins a full name only when one full name starts with it ("Hillary").
    else if (given?.length === 1) keys[i] = given[0]!.key;
  }
  return keys;
}

/** The key of the candidate full name mentioned nearest before mention `i` (same article first), else first after. */
function nearestAnchor(
  items: readonly PlacedMention[],
  i: number,
  candidates: readonly Anchor[],
  keys: readonly string[],
): string {
  const at = items[i]!;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    for (const j of c.mentions) {
      const other = items[j]!;
      const before = j < i;
      const sameArticle = other.article === at.article;
      // Same article before it, then same article after it, then other articles; nearer is better.
      const score = (sameArticle ? 2e6 : 0) + (before ? 1e6 : 0) - Math.abs(i - j);
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
  }
  return keys[best]!;
}

/** The value picked most often from `values` at `indices` (the first picked on a tie), skipping nulls; null if none. */
function mostCommon<V, T>(
  indices: readonly number[],
  values: readonly V[],
  pick: (v: V) => T | null,
): T | null {
  let first: T | null = null;
  let uniform = true;
  for (const i of indices) {
    const p = pick(values[i]!);
    if (p === null) continue;
    if (first === null) first = p;
    else if (p !== first) {
      uniform = false;
      break;
    }
  }
  // Most entities are named, typed and gendered one way: spare them the counting.
  if (uniform) return first;
  const counts = new Map<T, number>();
  for (const i of indices) {
    const p = pick(values[i]!);
    if (p !== null) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: T | null = null;
  let n = 0;
  for (const [p, c] of counts)
    if (c > n) {
      best = p;
      n = c;
    }
  return best;
}

// Module-level picks for `mostCommon`: closures made per entity would be allocated per entity.
const typeOf = (p: PlacedMention): EntityType | null => p.mention.type;
const hintOf = (p: PlacedMention): EntityType | null => p.mention.hint;
const genderOf = (p: PlacedMention): Gender | null => p.mention.gender;
const bareOf = (f: NameForm): string => f.bare;
const fullBareOf = (f: NameForm): string | null => (f.full ? f.bare : null);
const lowerRoleOf = (p: PlacedMention): string | null => p.mention.role?.toLowerCase() ?? null;

/** Whether every word of a name is unknown to the lexicon, or a surname it knows, and none is written like an acronym. */
function isUnknownName(form: NameForm): boolean {
  form.unknown ??= form.bare
    .split(/\s+/u)
    .every(
      (w) =>
        !/^[\p{Lu}\d.&-]+$/u.test(w) &&
        (lexiconTags(w.toLowerCase()).length === 0 || isKnownSurname(w.toLowerCase())),
    );
  return form.unknown;
}

/** The other names an entity goes by, in order of first use. */
function aliasesOf(indices: readonly number[], forms: readonly NameForm[], name: string): string[] {
  const out: string[] = [];
  for (const i of indices) {
    const bare = forms[i]!.bare;
    if (bare !== name && !out.includes(bare)) out.push(bare);
  }
  return out;
}

/** The role the mentions `indices` vote for: a specific one over a vague one ("counterpart"). */
function entityRole(indices: readonly number[], items: readonly PlacedMention[]): string | null {
  let anyRole = false;
  let outside = false;
  for (const i of indices) {
    const m = items[i]!.mention;
    if (m.role === null) continue;
    anyRole = true;
    if (!m.inQuote) outside = true;
  }
  // Most entities have none: spare them the voting.
  if (!anyRole) return null;
  // The reporter's words describe a person; a role said inside a quotation ("Secretary Kerry") only if none is.
  const carriers: number[] = [];
  for (const i of indices) {
    const m = items[i]!.mention;
    if (m.role !== null && !(outside && m.inQuote)) carriers.push(i);
  }
  const strong = carriers.filter((i) => !WEAK_ROLES.has(lowerRoleOf(items[i]!)!));
  const pool = strong.length > 0 ? strong : carriers;
  const lowered = mostCommon(pool, items, lowerRoleOf);
  const chosen = pool.find((i) => lowerRoleOf(items[i]!) === lowered);
  return chosen === undefined ? null : items[chosen]!.mention.role;
}

/**
 * The entity of the mentions `indices` (more than one), each fact the one
 * most of them show; failing any evidence of its type, a name no word list
 * knows ("Assad", "Safronkov") is most likely a person's, while a
 * capitalised ordinary word ("Western", "Cabinet") or an acronym is left
 * untyped.
 */
function groupEntity(
  id: number,
  items: readonly PlacedMention[],
  forms: readonly NameForm[],
  indices: number[],
): Entity {
  const first = indices[0]!;
  const name =
    items[first]!.mention.canonical ||
    (mostCommon(indices, forms, fullBareOf) ?? mostCommon(indices, forms, bareOf))!;
  return {
    id,
    name,
    type:
      mostCommon(indices, items, typeOf) ??
      mostCommon(indices, items, hintOf) ??
      (isUnknownName(forms[first]!) ? 'person' : null),
    aliases: aliasesOf(indices, forms, name),
    role: entityRole(indices, items),
    gender: mostCommon(indices, items, genderOf),
    mentions: indices,
  };
}

/** The entity of one mention (most entities): what the mention shows, without the votes. */
function singleEntity(id: number, m: Mention, form: NameForm, indices: number[]): Entity {
  const name = m.canonical || form.bare;
  return {
    id,
    name,
    type: m.type ?? m.hint ?? (isUnknownName(form) ? 'person' : null),
    aliases: form.bare === name ? [] : [form.bare],
    role: m.role,
    gender: m.gender,
    mentions: indices,
  };
}

/** Groups mentions (in reading order) into entities; `entityOf[i]` is the entity of mention `i`. */
export function resolveMentions(items: readonly PlacedMention[]): { entities: Entity[]; entityOf: number[] } {
  const forms = new Array<NameForm>(items.length);
  for (let i = 0; i < items.length; i++) forms[i] = nameForm(items[i]!.mention.text);
  const keys = groupKeys(items, forms);
  // Mentions by group key, groups in order of first mention.
  const groups = new Map<string, number[]>();
  for (let i = 0; i < keys.length; i++) {
    const group = groups.get(keys[i]!);
    if (group === undefined) groups.set(keys[i]!, [i]);
    else group.push(i);
  }
  const entities: Entity[] = [];
  const entityOf = new Array<number>(items.length).fill(-1);
  for (const indices of groups.values()) {
    const id = entities.length;
    const first = indices[0]!;
    entities.push(
      indices.length === 1
        ? singleEntity(id, items[first]!.mention, forms[first]!, indices)
        : groupEntity(id, items, forms, indices),
    );
    for (const i of indices) entityOf[i] = id;
  }
  return { entities, entityOf };
}
