/**
 * The dek (standfirst): a line near the top that a later paragraph repeats,
 * often with a word or two more ("So it seems unlikely ..."). Keeping both
 * would say the same thing twice; the later one is the body's own wording.
 */

import type { Line } from '../rule.js';
import { type Cut, NOTHING, type Rule, type RuleContext, type RuleResult } from '../rule.js';
import { comparableWords, words } from '../text.js';

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
 */
function keyWords(text: string): string[] {
  const list = words(text).filter((w) => !/['’`]/u.test(w));
  return [...new Set(list)].sort((a, b) => b.length - a.length).slice(0, KEY_WORDS);
}

/** Whether some line after `i` nearly contains the words of line `i`. */
function repeatedLater(body: readonly Line[], i: number, list: readonly string[]): boolean {
  const keys = keyWords(body[i]!.text);
  const unique = new Set(list).size;
  for (let j = i + 1; j < body.length; j++) {
    const text = body[j]!.text;
    if (!keys.every((key) => text.includes(key))) continue;
    const set = new Set(comparableWords(text));
    if (set.size >= unique && containment(list, set) >= CONTAINMENT) return true;
  }
  return false;
}

/** Lines among the first few whose words a later line nearly contains. */
export const dekRule: Rule = {
  name: 'dek',
  apply({ body }: RuleContext): RuleResult {
    const cuts: Cut[] = [];
    for (let i = 0; i < Math.min(DEK_CANDIDATES, body.length - 1); i++) {
      const list = comparableWords(body[i]!.text);
      if (list.length < MIN_DEK_WORDS || list.length > MAX_DEK_WORDS) continue;
      if (repeatedLater(body, i, list)) cuts.push({ line: body[i]!, reason: 'dek' });
    }
    return cuts.length === 0 ? NOTHING : { cuts };
  },
};
