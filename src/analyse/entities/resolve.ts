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
  unknown?: boolean;
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
    form = { bare, words, key: `n:${words.join(' ')}`, full: /\s/u.test(bare) && !/^\p{Ll}/u.test(bare) };
    if (formCache.size >= FORM_CACHE_LIMIT) formCache.clear();
    formCache.set(text, form);
  }
  return form;
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  return short.every((k, i) => long[long.length - short.length + i] === k);
}

type Anchor = { key: string; words: readonly string[] };

/** Indices of the values, by value, in order of first appearance. */
function groupBy(
  values: readonly string[],
  keep: (i: number) => boolean = () => true,
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  values.forEach((v, i) => {
    if (!keep(i)) return;
    const list = groups.get(v);
    if (list === undefined) groups.set(v, [i]);
    else list.push(i);
  });
  return groups;
}

/** Full names (two name words or more) and the mentions of each, by key. */
function fullNames(items: readonly PlacedMention[], forms: readonly NameForm[], keys: readonly string[]) {
  const anchors = groupBy(keys, (i) => {
    const m = items[i]!.mention;
    return !m.canonical && m.type !== 'place' && m.type !== 'organisation' && forms[i]!.words.length >= 2;
  });
  // A full name's key is its words joined: any of its mentions has them.
  const list: Anchor[] = [];
  for (const [key, indices] of anchors) list.push({ key, words: forms[indices[0]!]!.words });
  return { anchors, list };
}

/** Anchors by a word of theirs (last or first), for looking surnames and given names up. */
function indexBy(list: readonly Anchor[], pick: (a: Anchor) => string | undefined): Map<string, Anchor[]> {
  const index = new Map<string, Anchor[]>();
  for (const a of list) {
    const w = pick(a);
    if (w === undefined) continue;
    const bucket = index.get(w) ?? [];
    bucket.push(a);
    index.set(w, bucket);
  }
  return index;
}

/** Which group each mention joins: its key, or the key of the longer name it shortens. */
function groupKeys(items: readonly PlacedMention[], forms: readonly NameForm[]): string[] {
  const keys = items.map(({ mention: m }, i) => (m.canonical ? `g:${m.canonical}` : forms[i]!.key));
  const { anchors, list } = fullNames(items, forms, keys);
  // Longer full names absorb the full names they end ("De Mistura" in "Staffan de Mistura").
  const absorbed = new Set<string>();
  const byLastWord = indexBy(list, (a) => a.words[a.words.length - 1]);
  for (const a of list) {
    const longer = (byLastWord.get(a.words[a.words.length - 1]!) ?? []).filter((b) =>
      endsWith(b.words, a.words),
    );
    if (longer.length !== 1) continue;
    absorbed.add(a.key);
    for (const i of anchors.get(a.key)!) keys[i] = longer[0]!.key;
  }
  const bySurname = indexBy(
    list.filter((a) => !absorbed.has(a.key)),
    (a) => a.words[a.words.length - 1],
  );
  const byGivenName = indexBy(list, (a) => (a.words.length === 2 ? a.words[0] : undefined));
  items.forEach(({ mention: m }, i) => {
    const words = forms[i]!.words;
    if (m.canonical || words.length !== 1) return;
    const word = words[0]!;
    const surname = bySurname.get(word) ?? [];
    if (surname.length > 1)
      keys[i] = nearestAnchor(
        items,
        i,
        surname.map((c) => anchors.get(c.key)!),
        keys,
      );
    else if (surname.length === 1) keys[i] = surname[0]!.key;
    // A lone given name joins a full name only when one full name starts with it ("Hillary").
    else if (byGivenName.get(word)?.length === 1) keys[i] = byGivenName.get(word)![0]!.key;
  });
  return keys;
}

/** The key of the candidate full name mentioned nearest before mention `i` (same article first), else first after. */
function nearestAnchor(
  items: readonly PlacedMention[],
  i: number,
  candidates: number[][],
  keys: string[],
): string {
  const at = items[i]!;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const list of candidates) {
    for (const j of list) {
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

function mostCommon<T>(values: readonly T[]): T | null {
  // Most entities are named one way: spare them the counting.
  if (values.every((v) => v === values[0])) return values[0] ?? null;
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts)
    if (c > n) {
      best = v;
      n = c;
    }
  return best;
}

/**
 * The type the mentions vote for; failing any evidence, a name no word list
 * knows ("Assad", "Safronkov") is most likely a person's, while a capitalised
 * ordinary word ("Western", "Cabinet") or an acronym is left untyped.
 */
function entityType(ms: readonly Mention[], forms: readonly NameForm[]): EntityType | null {
  const typed = present(ms.map((m) => m.type));
  if (typed.length > 0) return mostCommon(typed);
  const hinted = present(ms.map((m) => m.hint));
  if (hinted.length > 0) return mostCommon(hinted);
  return isUnknownName(forms[0]!) ? 'person' : null;
}

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

function entityName(ms: readonly Mention[], forms: readonly NameForm[]): string {
  if (ms[0]!.canonical) return ms[0]!.canonical;
  const full = forms.filter((f) => f.full);
  return mostCommon((full.length > 0 ? full : forms).map((f) => f.bare))!;
}

/** The other names an entity goes by, in order of first use. */
function aliasesOf(forms: readonly NameForm[], name: string): string[] {
  const out: string[] = [];
  for (const { bare } of forms) if (bare !== name && !out.includes(bare)) out.push(bare);
  return out;
}

/** The values that are not null. */
function present<T>(values: readonly (T | null)[]): T[] {
  return values.filter((v): v is T => v !== null);
}

function entityRole(ms: readonly Mention[]): string | null {
  // Most entities have none: spare them the voting.
  if (!ms.some((m) => m.role !== null)) return null;
  // The reporter's words describe a person; a role said inside a quotation ("Secretary Kerry") only if none is.
  const outside = ms.filter((m) => !m.inQuote && m.role !== null);
  const roles = (outside.length > 0 ? outside : ms).map((m) => m.role).filter((r): r is string => r !== null);
  const strong = roles.filter((r) => !WEAK_ROLES.has(r.toLowerCase()));
  const pool = strong.length > 0 ? strong : roles;
  const lowered = mostCommon(pool.map((r) => r.toLowerCase()));
  return pool.find((r) => r.toLowerCase() === lowered) ?? null;
}

/** Groups mentions (in reading order) into entities; `entityOf[i]` is the entity of mention `i`. */
export function resolveMentions(items: readonly PlacedMention[]): { entities: Entity[]; entityOf: number[] } {
  const forms = items.map(({ mention: m }) => nameForm(m.text));
  const byKey = groupBy(groupKeys(items, forms));
  const entities: Entity[] = [];
  const entityOf = new Array<number>(items.length).fill(-1);
  for (const indices of byKey.values()) {
    const ms = indices.map((i) => items[i]!.mention);
    const named = indices.map((i) => forms[i]!);
    const name = entityName(ms, named);
    const id = entities.length;
    entities.push({
      id,
      name,
      type: entityType(ms, named),
      aliases: aliasesOf(named, name),
      role: entityRole(ms),
      gender: mostCommon(present<Gender>(ms.map((m) => m.gender))),
      mentions: indices,
    });
    for (const i of indices) entityOf[i] = id;
  }
  return { entities, entityOf };
}
