/**
 * The clean stage as data: the rules in the order they run. Order matters
 * where concepts overlap: explicit patterns (tags, bylines, captions, widgets)
 * go first so the shape-based rules (title, headline, subhead) only judge
 * what no pattern claimed; the title is taken before the dateline so the
 * dateline rule knows which paragraph is the first of the body; the dek is
 * compared before headlines so a repeated standfirst is named for what it is.
 */
import type { Rule } from './rule.js';
import { bylineRule } from './rules/byline.js';
import { captionRule } from './rules/caption.js';
import { datelineRule } from './rules/dateline.js';
import { dekRule } from './rules/dek.js';
import { headlineRule } from './rules/headline.js';
import { outletLineRule, sourceTagRule } from './rules/source-tag.js';
import { subheadRule } from './rules/subhead.js';
import { titleRule } from './rules/title.js';
import { widgetRule } from './rules/widget.js';

/** Every rule of the clean stage, in the order they run. */
export const RULES: readonly Rule[] = [
  sourceTagRule,
  bylineRule,
  outletLineRule,
  captionRule,
  widgetRule,
  titleRule,
  datelineRule,
  dekRule,
  headlineRule,
  subheadRule,
];
