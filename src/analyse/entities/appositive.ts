/**
 * Roles given in apposition: after the name ("Nikki Haley, US ambassador to
 * the UN, said") or before it ("Russia's foreign minister, Sergey Lavrov,
 * who ..."). An appositive is a short noun phrase between commas that holds
 * a role word; a clause ("Fred Hof, was scathing") is not one.
 */
import { isRoleHead } from './titles.js';
import { type SentenceTokens, tokensText } from './tokens.js';

/** Words that open a clause rather than a noun phrase: the comma after a name is no appositive then. */
const CLAUSE_WORDS = new Set(
  `who whose which that was were is are has have had said says told will would could should may might did does
  do and but or as if when while because although though where after before since`.split(/\s+/u),
);
const DETERMINERS = new Set(['a', 'an', 'the']);
const RELATIVES = new Set(['who', 'whose', 'which', 'that']);
/** Appositives are short; past this a comma-bounded run is a clause. */
const MAX_APPOSITIVE_TOKENS = 14;
/** Punctuation that closes an appositive. */
const CLOSERS = new Set([',', '.', ';', ':', '”', '"', ')', '—', '–']);

/** Text of tokens [from, to) in the sentence, or null when the range holds no role head. */
function roleText(sentence: SentenceTokens, from: number, to: number): string | null {
  const tokens = sentence.tokens;
  let start = from;
  while (start < to && DETERMINERS.has(tokens[start]!.lower)) start++;
  if (start >= to) return null;
  let head = false;
  for (let i = start; i < to; i++) {
    const t = tokens[i]!;
    if (CLAUSE_WORDS.has(t.lower) && i > start) return head ? tokensText(sentence, start, i) : null;
    if (t.word && isRoleHead(t.lower)) head = true;
  }
  return head ? tokensText(sentence, start, to) : null;
}

/** The role in apposition after a name ending at token `end` (exclusive), or null. */
export function appositiveAfter(sentence: SentenceTokens, end: number): string | null {
  const tokens = sentence.tokens;
  if (tokens[end]?.text !== ',') return null;
  const first = tokens[end + 1];
  if (!first?.word || CLAUSE_WORDS.has(first.lower)) return null;
  for (let i = end + 1; i < tokens.length && i - end <= MAX_APPOSITIVE_TOKENS; i++) {
    const t = tokens[i]!;
    if (!t.word && CLOSERS.has(t.text)) return roleText(sentence, end + 1, i);
    // "a Council on Foreign Relations expert who was ...": a relative clause ends the noun phrase.
    if (RELATIVES.has(t.lower) && i > end + 1) return roleText(sentence, end + 1, i);
  }
  // An appositive may end the sentence without a full stop.
  return tokens.length - end <= MAX_APPOSITIVE_TOKENS ? roleText(sentence, end + 1, tokens.length) : null;
}

/** The role in apposition before a name starting at token `start` ("the foreign minister, Sergey Lavrov,"). */
export function appositiveBefore(sentence: SentenceTokens, start: number, nameEnd: number): string | null {
  const tokens = sentence.tokens;
  if (tokens[start - 1]?.text !== ',') return null;
  // The name must itself be closed by a comma or end the clause to be in apposition.
  const after = tokens[nameEnd];
  if (after !== undefined && !CLOSERS.has(after.text)) return null;
  let from = start - 1;
  for (let i = start - 2; i >= 0 && start - 1 - i <= MAX_APPOSITIVE_TOKENS; i--) {
    const t = tokens[i]!;
    if (!t.word && t.text !== "'s" && t.text !== '’s') break;
    if (CLAUSE_WORDS.has(t.lower)) break;
    from = i;
  }
  if (from >= start - 1) return null;
  return roleText(sentence, from, start - 1);
}
