/**
 * Photo, video and map captions left in the text by scrapers: credit lines
 * ("(AP Photo/Evan Vucci)", "REUTERS/Kevin Lamarque", "Getty Images"),
 * labelled captions ("Photo: ..."), AP's dated present-tense captions, and
 * bare noun-phrase captions ("Map showing ...").
 */
import { type Cut, NOTHING, type Rule, type RuleContext, type RuleResult } from '../rule.js';
import { countWords } from '../text.js';

const AGENCY = `(?:AP|AFP|REUTERS|Reuters|EPA|XINHUA|Xinhua|UPI|ANADOLU|SANA|TASS|SPUTNIK|Sputnik)`;
const PICTURE = `(?:photos?|photographs?|images?|pictures?|video|footage|graphic|illustration|map)`;
const WEEKDAY = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const MONTH = String.raw`(?:Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August|September|October|November|December)`;

/**
 * A bracketed photo credit: "(AP Photo/Evan Vucci)", "(Photo: Reuters)", "( photo credit: twitter )".
 * Singular only: "(Photos: 11 things to know ...)" links to a gallery and may follow real prose.
 */
const BRACKET_CREDIT = new RegExp(
  String.raw`\(\s*(?:${AGENCY}\s+)?(?:photo|image|picture)\s*(?:[:/]|by\b|credit\b|courtesy\b)[^()]{0,80}\)`,
  'giu',
);
/** Credits that end a caption line: an agency with a photographer, a stock agency. */
const END_CREDIT: readonly RegExp[] = [
  new RegExp(String.raw`(?:^|[^\p{L}])${AGENCY}(?:\s+PHOTO)?\s*/\s*\p{Lu}[\p{L}'’ -]+\)?$`, 'u'),
  /(?:^|[\s/(])(?:Getty Images|Shutterstock|AFP via Getty Images|Getty)\)?$/u,
];
/** Labels that open a caption: "Photo: ...", "Image copyright ...", "Cover image: ...". */
const LABEL = new RegExp(
  String.raw`^(?:(?:cover|main|top|featured|lead|header) )?(?:${PICTURE}|credit|caption)\s*:|^(?:image|photo|picture|media) (?:copyright|caption|credit)\b`,
  'iu',
);
/** AP's "In this April 12, 2017, photo, ..." and "In this image taken from video ...". */
const IN_THIS = new RegExp(
  String.raw`^In (?:this|a|an) [^.]{0,80}?\b(?:${PICTURE}|frame grab|video grab|still)\b\s*(?:,|provided|released|taken|made|posted|shared|obtained|from|shows)`,
  'u',
);
/** A bare noun phrase naming a picture: "Map showing ...", "Photo taken ...". */
const NOUN_PHRASE = new RegExp(
  String.raw`^(?:file |handout |satellite )?${PICTURE}\s+(?:showing|shows|taken|released by|courtesy|provided by|obtained by|posted (?:on|by)|shared (?:on|by))\b`,
  'iu',
);
/** AP caption date: ", Wednesday, April 12, 2017, in Washington." ends the line. */
const AP_DATE = new RegExp(
  String.raw`,\s${WEEKDAY},\s${MONTH}\s\d{1,2},\s\d{4}(?:,\s(?:in|at|near|outside|off|on)\s[^.]{2,60})?\.$`,
  'u',
);
/** Words of a full sentence (a finite verb, an attribution) that a noun-phrase caption lacks; case-sensitive so "May 2" is not "may". */
const SENTENCE_VERBS =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says|say|told|tells|showed|appeared|emerged|circulated|went|spread|sparked|prompted|drew|led|became|according)\b/u;
/** A caption is a sentence or two; past these sizes a line is prose that happens to hold one. */
const MAX_CAPTION_WORDS = 60;
const MAX_LABELLED_WORDS = 30;
const MAX_NOUN_CAPTION_WORDS = 25;
const MAX_CAPTION_SENTENCES = 2;
/** Longer lines hold more than 60 words; checking the length first spares the regexes. */
const MAX_CAPTION_CHARS = 600;
const CREDIT_TAIL_CHARS = 100;

/** Whether a whole line is a caption or a picture credit. */
export function isCaption(text: string): boolean {
  if (text.length > MAX_CAPTION_CHARS) return false;
  let limit = 0;
  if (hasEndCredit(text)) limit = MAX_CAPTION_WORDS;
  // "day, " is in every AP caption date; testing for it first spares the date pattern on most lines.
  else if (text.includes('day, ') && AP_DATE.test(text) && !SENTENCE_VERBS.test(text))
    limit = MAX_CAPTION_WORDS;
  else if (LABEL.test(text) || IN_THIS.test(text)) limit = MAX_LABELLED_WORDS;
  else if (NOUN_PHRASE.test(text) && !SENTENCE_VERBS.test(text)) limit = MAX_NOUN_CAPTION_WORDS;
  return limit > 0 && countWords(text, limit + 1) <= limit;
}

/** Whether a credit ends the line: a bracketed photo credit, an agency with a photographer, a stock agency. */
function hasEndCredit(text: string): boolean {
  const credit = text.includes('(') ? lastMatch(BRACKET_CREDIT, text) : null;
  if (credit !== null && /^[\s.)\]]*$/u.test(text.slice(credit))) return true;
  // End-anchored patterns run on the tail only, and only when it holds their mark.
  const tail = text.slice(-CREDIT_TAIL_CHARS);
  return (
    (tail.includes('/') && END_CREDIT[0]!.test(tail)) ||
    (/Getty|Shutterstock/.test(tail) && END_CREDIT[1]!.test(tail))
  );
}

/** End (in the line) of the last bracketed credit, or null. */
function lastMatch(re: RegExp, text: string): number | null {
  let end: number | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) end = m.index + m[0].length;
  return end;
}

/**
 * Where a caption glued to the start of a paragraph ends: right after the
 * first bracketed credit, when what precedes it is short enough to be a caption
 * (a sentence or two) and prose follows. Null when there is none.
 */
export function captionPrefixEnd(text: string): number | null {
  if (!text.includes('(')) return null;
  BRACKET_CREDIT.lastIndex = 0;
  const m = BRACKET_CREDIT.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const sentences = before.split(/[.!?]["'”’]?\s+(?=\p{Lu})/u).length;
  if (countWords(before, MAX_CAPTION_WORDS + 1) > MAX_CAPTION_WORDS || sentences > MAX_CAPTION_SENTENCES)
    return null;
  return text.slice(m.index + m[0].length).trim() === '' ? null : m.index + m[0].length;
}

/** Captions, wherever they stand: whole lines, or a caption glued before a paragraph. */
export const captionRule: Rule = {
  name: 'caption',
  apply({ body }: RuleContext): RuleResult {
    const cuts: Cut[] = [];
    for (const line of body) {
      if (isCaption(line.text)) {
        cuts.push({ line, reason: 'caption' });
        continue;
      }
      const end = captionPrefixEnd(line.text);
      if (end !== null) cuts.push({ line, reason: 'caption', end: line.start + end });
    }
    return cuts.length === 0 ? NOTHING : { cuts };
  },
};
