/**
 * Function words that carry no content on their own. A bigram made only of
 * these is not a concept, and a sentence made only of these says nothing.
 * Kept short and closed-class on purpose: content words such as "said" or
 * "president" matter to news summaries.
 */
const LIST = `a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves s t d ll m re ve also`;

/** The stopword set (lower case, as produced by `words`). */
export const STOPWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/));

/** True when a lower-cased token carries no content. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
