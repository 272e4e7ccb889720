/**
 * Page furniture a scraper keeps: "Recommended For You", "Read more",
 * "Advertisement", share and follow buttons, newsletter boxes, "Related:",
 * comment counters, copyright trailers. Each pattern must match the whole
 * line, so a sentence that merely starts with "Comments" or "Follow" stays.
 */
import { type Cut, NOTHING, type Rule, type RuleContext, type RuleResult } from '../rule.js';
import { countWords } from '../text.js';

/** Whole-line patterns, case-insensitive. */
const WIDGETS: readonly RegExp[] = [
  /^(?:recommended|recommended (?:for you|stories|reading|videos?)|you (?:may|might) (?:also )?like|more stories|top stories|trending(?: now)?|most (?:read|popular|viewed|shared)|editor'?s picks?|don'?t miss|popular (?:now|stories))\b[\s:]*$/iu,
  /^(?:read|see) (?:more|the rest|the full (?:story|article)|full (?:story|article)|also)\b.*$|^(?:click|tap) here\b.*$/iu,
  /^(?:also read|see also|related|related (?:stories|articles|coverage|content|links|news|topics|posts|video))\s*(?::.*)?$/iu,
  /^more (?:from|on|in|about) [^.!?]{1,60}$/iu,
  /^(?:visit|go to) .{1,60} for more\b.{0,40}$/iu,
  /^(?:story highlights|media playback is unsupported on your device|this video is not available\b.*|your browser does not support\b.*|enable javascript\b.*|javascript is (?:disabled|required)\b.*)[\s.:]*$/iu,
  /^(?:advertisement|advertising|sponsored(?: content| links)?|promoted(?: stories| content)?|paid (?:content|post)|ad|ads by \S+|story continues below(?: advertisement)?|continue reading(?: below| the main story)?|skip (?:ad|advertisement))[\s.:]*$/iu,
  /^(?:share|share this(?: article| story| page| post| with)?|share on \S+|tweet|e-?mail|print|facebook|twitter|whatsapp|pinterest|linkedin|reddit|copy link|share via .*)[\s:]*$/iu,
  /^(?:follow|like) (?:us|\p{Lu}\S*) on (?:facebook|twitter|instagram|x|linkedin|youtube|telegram|google news)\b.*$/iu,
  /^(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|alerts?|updates|briefing|inbox|free)\b.*$/iu,
  /^(?:subscribe(?: now| today)?|newsletter|get the newsletter|join (?:us|the conversation|the discussion))[\s.!:]*$/iu,
  /^(?:comments?|\d+ comments?|(?:view|show|hide|load|post|leave|add|read) (?:a |your |all |the )?comments?(?: \(\d+\))?|comments? \(\d+\))[\s.:]*$/iu,
  /^(?:tags?|filed under|topics?|categories|category)\s*:.*$/iu,
  /^(?:previous|next) (?:article|story|post|page)\b.*$|^(?:back to top|home|menu|search|log ?in|sign in|loading\.*|play video|watch video|listen|image \d+ of \d+|\d+ of \d+ (?:photos|images))[\s.:]*$/iu,
  /^(?:copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©)|©|\(c\)\s*\d{4}).*$|^all rights reserved\.?$/iu,
  /^this (?:material|article|story) may not be (?:published|broadcast|rewritten|redistributed)\b.*$/iu,
];
const MAX_WIDGET_WORDS = 30;
/** Beyond this length a line holds more than 30 words: checking it first spares the regexes. */
const MAX_WIDGET_CHARS = 300;

/** Whether a whole line is page furniture. */
export function isWidget(text: string): boolean {
  if (text.length > MAX_WIDGET_CHARS) return false;
  return WIDGETS.some((re) => re.test(text)) && countWords(text, MAX_WIDGET_WORDS + 1) <= MAX_WIDGET_WORDS;
}

/** Page furniture, wherever it stands. */
export const widgetRule: Rule = {
  name: 'widget',
  apply({ body }: RuleContext): RuleResult {
    const cuts: Cut[] = body
      .filter((line) => isWidget(line.text))
      .map((line) => ({ line, reason: 'widget' as const }));
    return cuts.length === 0 ? NOTHING : { cuts };
  },
};
