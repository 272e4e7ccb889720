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

/** A mention's name without a possessive ending ("Kerry's" -> "Kerry"). */
function bareName(m: Mention): string {
  const t = m.text;
  const apostrophe = t.charCodeAt(t.length - 2);
  return t.endsWith('s') && (apostrophe === 39 || apostrophe === 0x2019) ? t.slice(0, -2) : t;
}

// A story resolves each article's mentions again, and the same names recur: key each text once.
const keyCache = new Map<string, readonly string[]>();
const KEY_CACHE_LIMIT = 20_000;

/** The key words of a mention's name, initials (which say nothing alone) left out. */
function keysOf(m: Mention): readonly string[] {
  let keys = keyCache.get(m.text);
  if (keys === undefined) {
    keys = nameKeys(bareName(m)).filter((k) => k.length > 1);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(m.text, keys);
  }
  return keys;
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  return short.every((k, i) => long[long.length - short.length + i] === k);
}

type Anchor = { key: string; words: string[] };

/** Full names (two name words or more) and the mentions of each, by key. */
function fullNames(
  items: readonly PlacedMention[],
  words: readonly (readonly string[])[],
  keys: readonly string[],
) {
  const anchors = new Map<string, number[]>();
  items.forEach(({ mention: m }, i) => {
    if (m.canonical || m.type === 'place' || m.type === 'organisation' || words[i]!.length < 2) return;
    const list = anchors.get(keys[i]!) ?? [];
    list.push(i);
    anchors.set(keys[i]!, list);
  });
  const list: Anchor[] = [...anchors.keys()].map((k) => ({ key: k, words: k.slice(2).split(' ') }));
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
function groupKeys(items: readonly PlacedMention[]): string[] {
  const words = items.map(({ mention: m }) => keysOf(m));
  const keys = items.map(({ mention: m }, i) =>
    m.canonical ? `g:${m.canonical}` : `n:${words[i]!.join(' ')}`,
  );
  const { anchors, list } = fullNames(items, words, keys);
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
    if (m.canonical || words[i]!.length !== 1) return;
    const word = words[i]![0]!;
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
function entityType(ms: readonly Mention[]): EntityType | null {
  const typed = ms.map((m) => m.type).filter((t): t is EntityType => t !== null);
  if (typed.length > 0) return mostCommon(typed);
  const hinted = ms.map((m) => m.hint).filter((h): h is 'person' | 'place' => h !== null);
  if (hinted.length > 0) return mostCommon(hinted);
  const words = bareName(ms[0]!).split(/\s+/u);
  const unknown = words.every(
    (w) =>
      !/^[\p{Lu}\d.&-]+$/u.test(w) &&
      (lexiconTags(w.toLowerCase()).length === 0 || isKnownSurname(w.toLowerCase())),
  );
  return unknown ? 'person' : null;
}

function entityName(ms: readonly Mention[]): string {
  if (ms[0]!.canonical) return ms[0]!.canonical;
  const forms = ms.map(bareName);
  // A full name: two words or more, not opening on a lower-case particle ("de Mistura").
  const full = forms.filter((f) => /\s/u.test(f) && !/^\p{Ll}/u.test(f));
  return mostCommon(full.length > 0 ? full : forms)!;
}

function entityRole(ms: readonly Mention[]): string | null {
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
  const keys = groupKeys(items);
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const list = byKey.get(k) ?? [];
    list.push(i);
    byKey.set(k, list);
  });
  const entities: Entity[] = [];
  const entityOf = new Array<number>(items.length).fill(-1);
  for (const indices of byKey.values()) {
    const ms = indices.map((i) => items[i]!.mention);
    const name = entityName(ms);
    const aliases = [...new Set(ms.map(bareName))].filter((a) => a !== name);
    const genders = ms.map((m) => m.gender).filter((g): g is Gender => g !== null);
    const id = entities.length;
    entities.push({
      id,
      name,
      type: entityType(ms),
      aliases,
      role: entityRole(ms),
      gender: mostCommon(genders),
      mentions: indices,
    });
    for (const i of indices) entityOf[i] = id;
  }
  return { entities, entityOf };
}
