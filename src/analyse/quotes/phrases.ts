/**
 * The speaker phrase next to an attributing verb: before it ("Kerry’s
 * spokesman John Kirby said", "Nikki Haley, the ambassador, has said"),
 * or after it ("said Vladimir Safronkov", "said the official"). A phrase is a
 * name the entity layer found, a personal pronoun, or a short common noun
 * phrase ("the defense ministry", "Kerry’s spokesman").
 */
import { isOrganisationWord, lexiconTags } from '../entities/lexicon.js';
import { isRoleHead } from '../entities/titles.js';
import { type SentenceTokens, type Token, tokensText } from '../entities/tokens.js';
import { isBetween, type PronounKind, SPEAKER_PRONOUNS } from './cues.js';

/** What names the speaker. Token indices are into the sentence's tokens. */
export type SpeakerRef =
  | { kind: 'mention'; mention: number }
  | { kind: 'pronoun'; sentence: number; token: number; gender: PronounKind }
  | { kind: 'nominal'; sentence: number; start: number; end: number; text: string };

/** One sentence as the attribution rules read it: its tokens, and what the article's analysis found there. */
export interface SentenceView extends SentenceTokens {
  /** Per token: inside a quotation. */
  inQuote: boolean[];
  paragraph: number;
  /** Per token, the index of the mention whose name starts (ends) there; holes where none does. */
  mentionStart: number[];
  mentionEnd: number[];
}

/** Tags of words that cannot head a noun phrase. */
const NOT_NOUN = new Set([
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Gerund',
  'Adverb',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Determiner',
  'Modal',
  'Copula',
  'QuestionWord',
  'Condition',
  'Adjective',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'another',
  'one',
  'some',
  'many',
  'several',
  'two',
  'three',
]);
/** How far a noun phrase reaches. */
const MAX_NOMINAL = 6;
/** How far back an appositive between a name and its verb may reach ("Haley, the US ambassador to the UN, said"). */
const MAX_APPOSITIVE = 16;

function nounish(t: Token): boolean {
  if (!t.word) return false;
  if (isRoleHead(t.lower)) return true;
  const tags = lexiconTags(t.lower);
  return !tags.some((x) => NOT_NOUN.has(x));
}

/** Nouns that name sources though no word list marks them as people. */
const SOURCE_NOUNS = new Set(
  `officials sources source critics experts analysts aides residents protesters protestors demonstrators police
  witnesses statement report memo letter complaint lawsuit ruling study survey poll article editorial release
  ministry government administration campaign group committee department agency office spokesperson people
  supporters opponents voters lawmakers leaders officers investigators prosecutors authorities militants rebels
  diplomats observers activists organizers organisers doctors scientists researchers family relatives friends
  website network newspaper paper magazine filing document documents court judge jury panel council board team
  company firm bank military army regime union party figures data`.split(/\s+/u),
);

/** Whether a word can head a speaker description ("the defense ministry", "a source", "critics"); `first` when it opens the sentence. */
function sourceHead(t: Token, first = false): boolean {
  if (!t.word || (t.cap && !first) || /\d/u.test(t.text)) return false;
  const lower = t.lower;
  if (isRoleHead(lower) || isOrganisationWord(lower) || SOURCE_NOUNS.has(lower)) return true;
  return lexiconTags(lower).some((x) => x === 'Plural' || x === 'Actor' || x === 'Organization');
}

/** A common noun phrase ending at token `end` (inclusive), read backwards, or null. */
function nominalEndingAt(view: SentenceView, sentence: number, end: number): SpeakerRef | null {
  const head = view.tokens[end];
  if (!head || !sourceHead(head, end === 0) || view.inQuote[end]) return null;
  let start = end;
  for (let i = end - 1; i >= 0 && end - i < MAX_NOMINAL; i--) {
    const t = view.tokens[i]!;
    if (t.lower === "'s") {
      start = i;
      continue;
    }
    if (!t.word || view.inQuote[i]) break;
    if (DETERMINERS.has(t.lower)) {
      start = i;
      break;
    }
    if (!t.cap && !nounish(t) && !lexiconTags(t.lower).includes('Adjective')) break;
    start = i;
  }
  return nominal(view, sentence, start, end + 1);
}

function nominal(view: SentenceView, sentence: number, start: number, end: number): SpeakerRef {
  return { kind: 'nominal', sentence, start, end, text: tokensText(view, start, end) };
}

/** The index before a parenthesis that ends at `i` ("Paul Ryan (R-Wis.) said"), or `i` itself. */
function skipParenthesis(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== ')') return i;
  for (let k = i - 1; k >= 0 && i - k < 10; k--) if (tokens[k]!.text === '(') return k - 1;
  return i;
}

/** The speaker of the verb at token `verb`, read backwards ("X said", "X, the envoy, has said"). */
export function subjectBefore(view: SentenceView, sentence: number, verb: number): SpeakerRef | null {
  let j = verb - 1;
  while (j >= 0 && view.tokens[j]!.word && isBetween(view.tokens[j]!.lower)) j--;
  j = skipParenthesis(view.tokens, j);
  const t = view.tokens[j];
  if (!t || view.inQuote[j]) return null;
  if (t.text === ',') {
    // An appositive or a relative clause between the name and its verb.
    for (let k = j - 1; k >= 0 && j - k < MAX_APPOSITIVE; k--) {
      if (view.tokens[k]!.text !== ',') continue;
      const m = view.mentionEnd[skipParenthesis(view.tokens, k - 1)];
      return m === undefined ? null : { kind: 'mention', mention: m };
    }
    return null;
  }
  const m = view.mentionEnd[j];
  if (m !== undefined) return { kind: 'mention', mention: m };
  const gender = SPEAKER_PRONOUNS.get(t.lower);
  if (gender) return { kind: 'pronoun', sentence, token: j, gender };
  return nominalEndingAt(view, sentence, j);
}

/** The speaker after the verb at token `verb` ("said Vladimir Safronkov", "said State Department spokesman Mark Toner"). */
export function speakerAfter(view: SentenceView, sentence: number, verb: number): SpeakerRef | null {
  const first = view.tokens[verb + 1];
  if (!first || view.inQuote[verb + 1]) return null;
  const gender = SPEAKER_PRONOUNS.get(first.lower);
  if (gender) return { kind: 'pronoun', sentence, token: verb + 1, gender };
  for (let k = verb + 1; k < view.tokens.length && k - verb <= 8; k++) {
    const m = view.mentionStart[k];
    if (m !== undefined) return { kind: 'mention', mention: m };
    const t = view.tokens[k]!;
    // Role words may hold possessives, initials' full stops and numbers ("9/11 widow Terry Strada").
    if (!t.word && t.lower !== "'s" && t.text !== '.' && t.text !== '/') break;
  }
  if (!DETERMINERS.has(first.lower) && !nounish(first)) return null;
  let end = verb + 1;
  while (
    end < view.tokens.length &&
    end - verb <= MAX_NOMINAL &&
    view.tokens[end]!.word &&
    !view.inQuote[end]
  ) {
    const t = view.tokens[end]!;
    if (end > verb + 1 && !nounish(t) && !t.cap && !lexiconTags(t.lower).includes('Adjective')) break;
    end++;
  }
  return end > verb + 1 && sourceHead(view.tokens[end - 1]!) ? nominal(view, sentence, verb + 1, end) : null;
}

/** The speaker named by "according to X" starting at token `at`, or null. */
export function accordingTo(view: SentenceView, sentence: number, at: number): SpeakerRef | null {
  if (view.tokens[at]?.lower !== 'according' || view.tokens[at + 1]?.lower !== 'to') return null;
  return speakerAfter(view, sentence, at + 1);
}
