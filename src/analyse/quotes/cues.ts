/**
 * The words that attribute a quotation: speech and writing verbs ("said",
 * "told", "wrote", "sneered"), the verbs that frame a partial quote ("called
 * it", "branded"), and the small words that may stand between a speaker and
 * the verb ("also", "has", "later").
 */

import { lexiconTags } from '../entities/lexicon.js';
import type { Token } from '../entities/tokens.js';

/** Verbs that introduce a speaker's words. */
const SPEECH = `said says say told tells tell added adds asked asks wrote writes write continued continues explained
explains noted notes argued argues insisted insists warned warns declared declares stated states replied replies
responded responds tweeted tweets posted posts sneered quipped joked jokes recalled recalls acknowledged
acknowledges admitted admits claimed claims conceded concedes countered counters urged urges cautioned predicted
predicts announced announces reported reports remarked observed suggested suggests agreed agrees shouted yelled
exclaimed lamented laments complained complains boasted boasts pledged pledges promised promises vowed vows
demanded demands described describes blasted slammed criticized criticised accused accuses charged charges mocked
wondered repeated repeats confirmed confirms denied denies maintained maintains contended testified assured
emphasized emphasised stressed stresses texted emailed read reads thundered scoffed snapped fumed mused cried
whispered proclaimed proclaims affirmed affirms advised advises answered answers concluded concludes observes
opined retorted reiterated reiterates speculated asserted asserts sang`;

/** Verbs that frame someone's words as a label ("called the strike "illegal""): partial quotes. */
const FRAMING = `called calls call branded brands branding dubbed dubs labeled labelled labels termed terms describing
deemed deems referred refers praised praises hailed hails dismissed dismisses promised criticising criticizing
nicknamed condemned condemns denounced denounces compared compares likened characterized characterised blamed
defended touted rejected questioned portrayed exhorted exhorts encouraged implored pleaded begged chanted
pounding attacked attacks`;

/** Participles that attribute to the clause's subject ("..., saying a solution was the only way"). */
const PARTICIPLES = `saying adding asking telling writing warning noting arguing insisting declaring explaining
claiming calling urging stating replying responding tweeting predicting describing announcing acknowledging
admitting suggesting stressing`;

/** Words that may stand between a speaker and the verb ("Lavrov also said", "he has repeatedly said"). */
const BETWEEN = `also later then again previously once repeatedly further earlier has had have was is were are would
will had not never reportedly publicly privately recently just still even only`;

/** Speech verbs that are also nouns ("late-night tweets", "the reports"): verbs only after a subject. */
const NOUN_TOO = `tweets posts reports claims charges states notes promises vows demands calls remarks answers replies
concludes observes words statements warns`;
/** Words before a noun, never before a verb. */
const NOUN_BEFORE = `the a an his her their its our my your this that these those of in on for with by from about new recent
latest several many some two three few such other own`;

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter(Boolean));
}

const SPEECH_SET = set(SPEECH);
const FRAMING_SET = set(FRAMING);
const PARTICIPLE_SET = set(PARTICIPLES);
const BETWEEN_SET = set(BETWEEN);
const NOUN_TOO_SET = set(NOUN_TOO);
const NOUN_BEFORE_SET = set(NOUN_BEFORE);

/** What a pronoun requires of its antecedent: a man, a woman, a group, an organisation. */
export type PronounKind = 'm' | 'f' | 'plural' | 'neuter';

/** Personal pronouns that can name a speaker, with what they require. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, PronounKind> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'plural'],
  ['it', 'neuter'],
]);

/** Whether a lower-cased word is a speech verb. */
export function isSpeechVerb(lower: string): boolean {
  return SPEECH_SET.has(lower);
}

/** Whether a lower-cased word frames words as a label (partial quotes only). */
export function isFramingVerb(lower: string): boolean {
  return FRAMING_SET.has(lower);
}

/** Whether a lower-cased word is an attributing participle ("saying"). */
export function isParticiple(lower: string): boolean {
  return PARTICIPLE_SET.has(lower);
}

/** Whether a lower-cased word may stand between a speaker and the verb. */
export function isBetween(lower: string): boolean {
  return BETWEEN_SET.has(lower) || (lower.endsWith('ly') && lower.length > 4);
}

/**
 * Whether token `i` attributes speech: a speech verb, an attributing
 * participle, or (for partial quotes) a framing verb, and not the noun that
 * some of these words also are ("his late-night tweets").
 */
export function isCueAt(tokens: readonly Token[], i: number, partial: boolean): boolean {
  const t = tokens[i];
  if (!t?.word) return false;
  const lower = t.lower;
  if (!(isSpeechVerb(lower) || isParticiple(lower) || (partial && isFramingVerb(lower)))) return false;
  if (!NOUN_TOO_SET.has(lower)) return true;
  const prev = tokens[i - 1];
  if (!prev) return true;
  return !(
    NOUN_BEFORE_SET.has(prev.lower) ||
    prev.lower === "'s" ||
    prev.text.includes('-') ||
    lexiconTags(prev.lower).includes('Adjective')
  );
}
