/**
 * The dek (standfirst): a line near the top that a later paragraph repeats,
 * often with a word or two more ("So it seems unlikely ..."). Keeping both
 * would say the same thing twice; the later one is the body's own wording.
 */
import type { LineFacts } from '../facts.js';
import type { Line } from '../rule.js';
import { type Cut, NOTHING, type Rule, type RuleContext, type RuleResult } from '../rule.js';

/** Only the first few body lines can be a dek: this keeps the rule linear in the article. */
const DEK_CANDIDATES = 3;
const MIN_DEK_WORDS = 6;
const MAX_DEK_WORDS = 60;
/** Share of the dek's words a later paragraph must contain. */
const CONTAINMENT = 0.85;

/** Share of `list` found in `set`. */
function containment(list: readonly string[], set: ReadonlySet<string>): number {
  let found = 0;
  for (const word of list) if (set.has(word)) found++;
  return found / list.length;
}

/** How many of a line's longest words a later line must hold before it is compared word by word. */
const KEY_WORDS = 3;

/**
 * The longest words as written, without apostrophes: a later line that lacks
 * one almost surely does not repeat the line, and plain substring searches
 * spare tokenising every later line (a miss only keeps a dek: the safe side).
 * Of words of the same length the first wins.
 */
function keyWords(words: readonly string[]): string[] {
  const keys: string[] = [];
  for (const word of new Set(words)) {
    if (hasApostrophe(word)) continue;
    let at = keys.findIndex((key) => key.length < word.length);
    if (at === -1) at = keys.length;
    if (at < KEY_WORDS) keys.splice(at, 0, word);
    if (keys.length > KEY_WORDS) keys.pop();
  }
  return keys;
}

function hasApostrophe(word: string): boolean {
  return word.includes("'") || word.includes('’') || word.includes('`');
}

/** Whether `text` holds every one of `keys`. */
function holdsAll(text: string, keys: readonly string[]): boolean {
  for (const key of keys) if (!text.includes(key)) return false;
  return true;
}

/** Whether some line after `i` nearly contains the words of line `i`. */
function repeatedLater(body: readonly Line[], i: number, list: readonly string[], facts: LineFacts): boolean {
  const keys = keyWords(facts.words(body[i]!));
  const unique = new Set(list).size;
  for (let j = i + 1; j < body.length; j++) {
    if (!holdsAll(body[j]!.text, keys)) continue;
    const set = new Set(facts.comparableWords(body[j]!));
    if (set.size >= unique && containment(list, set) >= CONTAINMENT) return true;
  }
  return false;
}

/** Lines among the first few whose words a later line nearly contains. */
export const dekRule: Rule = {
  name: 'dek',
  apply({ body, facts }: RuleContext): RuleResult {
    const cuts: Cut[] = [];
    for (let i = 0; i < Math.min(DEK_CANDIDATES, body.length - 1); i++) {
      const list = facts.comparableWords(body[i]!);
      if (list.length < MIN_DEK_WORDS || list.length > MAX_DEK_WORDS) continue;
      if (repeatedLater(body, i, list, facts)) cuts.push({ line: body[i]!, reason: 'dek' });
    }
    return cuts.length === 0 ? NOTHING : { cuts };
  },
};
