/**
 * Bylines and credit lines: "By Jane Doe", "By JANE DOE, Associated Press",
 * "• Zachary Reyes", "About the Author: editor", "Reporting by X; Editing by Y",
 * "Written by ...", "Contact the author ...", "X contributed to this report."
 */
import { type Cut, NOTHING, type Rule, type RuleContext, type RuleResult } from '../rule.js';
import { countWords, isCapitalised, words } from '../text.js';

/** "By ..." with what follows checked as a list of names in `isCreditList`. */
const BY = /^by[\s:]+(.+)$/iu;
/** "Reporting by ...", "Additional reporting by ...", "Written and edited by ...". */
const CREDIT =
  /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|written|produced|research|story|text|words|posted|fact-checked|graphics|photos|video)(?:\s+and\s+[a-z]+)?\s+by\s+(.+?)\)?\.?$/iu;
/** "X contributed to this report.", tested on the line's tail (an end-anchored regex would try every position). */
const CONTRIBUTED = /\bcontributed (?:reporting )?to this (?:report|story|article)\.?\)?$/iu;
const CONTRIBUTED_TAIL_CHARS = 60;
/** Words of a date or time ("Wed", "April", "p.m.", "ET"). */
const DATE_WORD =
  '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|' +
  'aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|am|pm|a\\.m\\.|p\\.m\\.|et|est|edt|pt|pst|pdt|ct|cst|' +
  'gmt|utc|bst|cet|ist|today|yesterday|on|at';
/** "Published: April 12, 2017", "Updated 2:43 PM ET, Wed April 12, 2017": a label, then only date words and numbers. */
const TIMESTAMP = new RegExp(
  `^\\(?(?:published|posted|updated|last updated|first published)\\s*:?(?:\\s+|[\\d:,./-]+|\\b(?:${DATE_WORD})\\b\\.?)+\\)?$`,
  'iu',
);
/** Bylines and author boxes whose wording alone says what they are (all anchored at the start). */
const SELF_EVIDENT: readonly RegExp[] = [
  /^about the authors?\b/iu,
  /^contact (?:the )?(?:authors?|reporters?|writers?|editors?|us)\b/iu,
  /^(?:e-?mail|follow|write to) (?:the )?(?:authors?|reporters?|writers?)\b/iu,
  TIMESTAMP,
  /^posted (?:by|on|at) [^.!?]{1,80}$/iu,
  // A broadcast sign-off, "Lisa Stark, ABC News, Washington" (case-sensitive: "He told ABC News." is prose).
  /^(?:\p{Lu}[\p{L}'.-]+,?\s+){1,3}(?:ABC|CBS|NBC|CNN|NPR|BBC|Fox|VOA|PBS|CBC|Sky)\s+(?:[Nn]ews|NEWS)\b[,\s]*(?:\p{Lu}[\p{L}.'-]*[,\s]*){0,3}\.?$/u,
];
const MAX_SELF_EVIDENT_WORDS = 40;
/** Beyond this length a line holds more than 40 words: checking it first spares the regexes. */
const MAX_BYLINE_CHARS = 400;
/** A bullet or dash followed by names: how some content farms sign their copy. */
const BULLET_NAME = /^[•·‣▪■●*–—-]\s*(.+)$/u;
const MAX_BYLINE_WORDS = 16;

/** Lower-case words a credit line may contain besides names. */
const CREDIT_WORDS: ReadonlySet<string> = new Set(
  (
    'and by in for the of at with from staff writer writers reporter reporters correspondent ' +
    'correspondents editor editors contributor contributing columnist senior chief special political ' +
    'foreign national international news associated press updated published am pm et est gmt utc ' +
    'editing reporting writing additional de van von der den da dos du la le al bin ibn y'
  ).split(' '),
);

/** First words that make "By ..." a sentence opener, not a name ("By Tuesday, ..."). */
const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december then now that this these those law far contrast ' +
    'comparison midnight noon dawn nightfall early late most some all'
  ).split(' '),
);

/**
 * Whether a text is a list of names and credits: every word capitalised or a
 * credit word, at least one name, the first word not a date or sentence opener.
 */
export function isCreditList(text: string): boolean {
  const list = words(text);
  if (list.length === 0 || list.length > MAX_BYLINE_WORDS) return false;
  if (NOT_NAMES.has(list[0]!.toLowerCase())) return false;
  if (/[.!?]["”’]?$/u.test(text) && !/(?:\b\p{Lu}|Jr|Sr)\.$/u.test(text)) return false;
  let names = 0;
  for (const word of list) {
    if (isCapitalised(word)) names++;
    else if (!CREDIT_WORDS.has(word.toLowerCase()) && !/^\p{N}/u.test(word)) return false;
  }
  return names > 0;
}

/** Whether a line is a byline or credit wherever it stands. */
export function isByline(text: string): boolean {
  if (text.length > MAX_BYLINE_CHARS) return false;
  const by = BY.exec(text) ?? CREDIT.exec(text);
  if (by && isCreditList(by[1]!)) return true;
  const contributed = text.includes('ontributed') && CONTRIBUTED.test(text.slice(-CONTRIBUTED_TAIL_CHARS));
  if (!contributed && !SELF_EVIDENT.some((re) => re.test(text))) return false;
  return countWords(text, MAX_SELF_EVIDENT_WORDS + 1) <= MAX_SELF_EVIDENT_WORDS;
}

/** Whether a line is "• Jane Doe": names only, after a bullet. */
function isBulletName(text: string): boolean {
  const m = BULLET_NAME.exec(text);
  if (!m) return false;
  const list = words(m[1]!);
  return list.length >= 2 && list.length <= 6 && isCreditList(m[1]!);
}

/** Bylines anywhere; bulleted names only above or below the prose, where a list item cannot be. */
export const bylineRule: Rule = {
  name: 'byline',
  apply({ body, facts }: RuleContext): RuleResult {
    const bounds = facts.proseBounds(body);
    const cuts: Cut[] = [];
    body.forEach((line, i) => {
      const outside = bounds === null || i < bounds.first || i > bounds.last;
      if (isByline(line.text) || (outside && isBulletName(line.text))) cuts.push({ line, reason: 'byline' });
    });
    return cuts.length === 0 ? NOTHING : { cuts };
  },
};
