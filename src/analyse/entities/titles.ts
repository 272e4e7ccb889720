/**
 * Titles and roles: the words that say who someone is ("Secretary of State",
 * "spokesman", "Sen."). A role read in front of a name ("State Department
 * spokesman Mark Toner") is kept as the person's role; an honorific ("Mr")
 * is not a role but tells the person's gender.
 */
import { isCommonWord, wordsTagged } from './lexicon.js';
import { demonymCountry, gazetteerEntry } from './places.js';
import { isPossessive, type Token } from './tokens.js';

/** Words that end a role right before a name. */
const HEADS = new Set(
  `president vice-president president-elect secretary minister premier chancellor senator sen congressman
  congresswoman representative rep governor gov mayor ambassador ambassador-at-large envoy spokesman spokeswoman
  spokesperson adviser advisor director director-general chairman chairwoman chair chief leader dictator king
  queen prince princess pope general gen colonel col lieutenant lt major maj admiral adm commander cmdr sergeant
  sgt captain capt judge justice attorney official officer expert analyst professor prof correspondent editor ceo
  founder head speaker nominee candidate lawmaker diplomat negotiator counterpart boss manager executive economist
  strategist pollster host anchor author emir sheikh ayatollah cardinal bishop rev reverend imam rabbi coach
  commissioner inspector prosecutor lawyer activist researcher scientist secretary-general deputy aide delegate
  sultan czar tsar lord treasurer sheriff marshal spokespeople surrogate chairperson columnist commentator
  historian monitor observer mediator`.split(/\s+/u),
);

/** Words that may stand inside a role before its head ("foreign", "press", "deputy"). */
const MODIFIERS = new Set(
  `foreign defense defence prime vice deputy assistant acting former senior top special peace press interior
  finance justice state general national security homeland military party opposition presidential
  vice-presidential democratic republican campaign white house chief executive managing retired regional
  district federal supreme high foreign-policy economic political communications policy intelligence
  permanent first`.split(/\s+/u),
);

/** Roles of the form "head of X" that come before a name ("Secretary of State John Kerry"). */
const OF_ROLES = new Set(['state', 'defense', 'defence', 'staff', 'homeland', 'the', 'treasury', 'energy']);

/** Honorifics and the gender they tell ('?' when they tell none). */
const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | '?'> = new Map([
  ['mr', 'm'],
  ['mister', 'm'],
  ['sir', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['madam', 'f'],
  ['dame', 'f'],
  ['dr', '?'],
]);

/** Role words that tell a gender. */
const GENDERED: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['spokesman', 'm'],
  ['spokeswoman', 'f'],
  ['chairman', 'm'],
  ['chairwoman', 'f'],
  ['congressman', 'm'],
  ['congresswoman', 'f'],
  ['king', 'm'],
  ['queen', 'f'],
  ['prince', 'm'],
  ['princess', 'f'],
  ['businessman', 'm'],
  ['businesswoman', 'f'],
  ['father', 'm'],
  ['mother', 'f'],
  ['husband', 'm'],
  ['wife', 'f'],
]);

/** Abbreviations written with a full stop ("Sen.", "Lt.", "Mr."): the stop belongs to the word. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col maj capt sgt adm cmdr prof rev st jr sr'.split(' '),
);

let roleHeads: ReadonlySet<string> | undefined;

/** Whether a lower-cased word is a role head ("spokesman", "president"): a head above, or an occupation the lexicon knows. */
export function isRoleHead(lower: string): boolean {
  // Asked of most capitalised words and of every word around a name: one lookup, not two.
  roleHeads ??= new Set([...HEADS, ...wordsTagged('Actor')]);
  return roleHeads.has(lower);
}

/** The gender an honorific or role word tells, or null. */
export function genderOfTitle(lower: string): 'm' | 'f' | '?' | null {
  return HONORIFICS.get(lower) ?? GENDERED.get(lower) ?? null;
}

/** Whether a lower-cased word is an honorific ("Mr", "Ms"). */
export function isHonorific(lower: string): boolean {
  return HONORIFICS.has(lower);
}

/** Whether a word is an abbreviation that takes a full stop. */
export function isAbbreviation(lower: string): boolean {
  return ABBREVIATIONS.has(lower);
}

/**
 * Whether token `j` can stand inside a role before its head. A capitalised
 * ordinary word opening a clause ("Meanwhile President Obama") is no part of it.
 */
function isRoleWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!t.word) return false;
  if (HEADS.has(t.lower) || MODIFIERS.has(t.lower)) return true;
  if (demonymCountry(t.text) !== null || gazetteerEntry(t.text) !== null) return true;
  if (!t.cap) return false;
  const opensClause = j === 0 || !tokens[j - 1]!.word;
  return !(opensClause && isCommonWord(t.lower));
}

/** Where a role ending at `end` (exclusive, a head) starts when it is "head of X": the head's index. */
function ofRoleHead(tokens: readonly Token[], end: number): number {
  const last = tokens[end - 1];
  const of = tokens[end - 2];
  const head = tokens[end - 3];
  if (last && of && head && of.lower === 'of' && OF_ROLES.has(last.lower) && isRoleHead(head.lower))
    return end - 3;
  return -1;
}

/** Skips a full stop written after an abbreviation, reading backwards. */
function skipStop(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const before = tokens[i - 1];
  return t?.text === '.' && before && isAbbreviation(before.lower) ? i - 1 : i;
}

/**
 * Where a role whose first word is token `start` really starts: it extends
 * back over modifiers, capitalised words, demonyms and one possessive owner
 * ("Kerry’s spokesman", "Britain's U.N. Ambassador", "hawkish" stops it).
 */
export function extendRole(tokens: readonly Token[], start: number): number {
  let first = start;
  for (let j = start - 1; j >= 0; j--) {
    j = skipStop(tokens, j);
    const t = tokens[j]!;
    if (isPossessive(t)) {
      let k = j - 1;
      while (k >= 0 && tokens[k]!.cap) k--;
      if (k < j - 1) first = k + 1;
      break;
    }
    if (!isRoleWord(tokens, j) || isHonorific(t.lower)) break;
    first = j;
  }
  return first;
}

/**
 * The index of the role head that ends at token `end - 1` ("spokesman",
 * "Secretary of State" gives the index of "Secretary"), or -1.
 */
export function roleHeadEndingAt(tokens: readonly Token[], end: number): number {
  const i = skipStop(tokens, end - 1);
  const head = tokens[i];
  if (!head?.word) return -1;
  const compound = ofRoleHead(tokens, i + 1);
  if (compound >= 0) return compound;
  return isRoleHead(head.lower) && !isHonorific(head.lower) ? i : -1;
}

/**
 * The role written right before a name that starts at token `name`, as a
 * token range [start, end), or null when the word before the name is no
 * role head ("spokesman Mark Toner" has one, "hawkish Mark Toner" not).
 */
export function rolePrefix(tokens: readonly Token[], name: number): { start: number; end: number } | null {
  const head = roleHeadEndingAt(tokens, name);
  if (head < 0) return null;
  return { start: extendRole(tokens, head), end: name };
}

/** The honorific right before a name ("Mr De Mistura"), as its token index, or -1. */
export function honorificBefore(tokens: readonly Token[], name: number): number {
  const i = skipStop(tokens, name - 1);
  const t = tokens[i];
  return t && isHonorific(t.lower) ? i : -1;
}
