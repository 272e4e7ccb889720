/**
 * Headlines that are not this article's title: teasers for related or
 * unrelated stories above the lede or below the last paragraph, and the
 * headline of a second story run into the same page.
 */
import { type Cut, NOTHING, type Rule, type RuleContext, type RuleResult } from '../rule.js';
import { isHeadingShaped, isShortLine, isTitleCased } from '../text.js';

/** Labels that open a headline: "The Latest: ...", "WATCH: ...", "Analysis: ...". */
const KICKER =
  /^(?:the latest|breaking(?: news)?|updated?|watch|video|photos|listen|live|opinion|analysis|exclusive|explainer|factbox|timeline|fact check|editorial|in pictures)\s*:/iu;
/** Inside the prose a title-cased line needs this many words to be a headline rather than a subhead. */
const MIN_INNER_HEADLINE_WORDS = 5;

/** Whether a line inside the prose is the headline of another story. */
function isInnerHeadline(text: string, list: readonly string[]): boolean {
  return KICKER.test(text) || (list.length >= MIN_INNER_HEADLINE_WORDS && isTitleCased(list));
}

/** Heading-shaped lines above or below the prose; kicker or title-cased ones within it. */
export const headlineRule: Rule = {
  name: 'headline',
  apply({ body, facts }: RuleContext): RuleResult {
    const bounds = facts.proseBounds(body);
    // Without prose there are no zones to judge a line by, and when unsure we keep.
    if (bounds === null) return NOTHING;
    const cuts: Cut[] = [];
    body.forEach((line, i) => {
      if (!isShortLine(line.text)) return;
      const list = facts.words(line);
      if (!isHeadingShaped(line.text, list) || facts.isListItem(body, i)) return;
      const outside = i < bounds.first || i > bounds.last;
      if (outside || isInnerHeadline(line.text, list)) cuts.push({ line, reason: 'headline' });
    });
    return cuts.length === 0 ? NOTHING : { cuts };
  },
};
