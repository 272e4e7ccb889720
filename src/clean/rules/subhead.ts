/**
 * Subheads: short headings inside the prose ("War crimes", "WHAT'S NEXT")
 * that organise the article but are not sentences of it.
 */
import { type Cut, NOTHING, type Rule, type RuleContext, type RuleResult } from '../rule.js';
import { isHeadingShaped, isShortLine } from '../text.js';

/** Longer unpunctuated lines inside the prose are more likely prose that lost its full stop. */
const MAX_SUBHEAD_WORDS = 8;

/** Short heading-shaped lines between the first and last prose lines. */
export const subheadRule: Rule = {
  name: 'subhead',
  apply({ body, facts }: RuleContext): RuleResult {
    const bounds = facts.proseBounds(body);
    if (bounds === null) return NOTHING;
    const cuts: Cut[] = [];
    for (let i = bounds.first + 1; i < bounds.last; i++) {
      const line = body[i]!;
      if (!isShortLine(line.text)) continue;
      const list = facts.words(line);
      if (list.length > MAX_SUBHEAD_WORDS || !isHeadingShaped(line.text, list) || facts.isListItem(body, i))
        continue;
      cuts.push({ line, reason: 'subhead' });
    }
    return cuts.length === 0 ? NOTHING : { cuts };
  },
};
