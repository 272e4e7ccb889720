import { leadWeight, type PileConcepts } from './concepts.js';

/**
 * What the concept model sees of a concept, in vector order. Each is cheap,
 * bounded and means the same whatever the pile's size or source, so weights
 * learned on one collection carry over to another:
 *  - `bias`: 1;
 *  - `docShare`: share of the pile's articles that mention it;
 *  - `logDocs`: ln of the number of articles that mention it;
 *  - `earliest`: exp(-i/3) for the earliest sentence index i at which an article mentions it;
 *  - `meanLead`: exp(-i/3) for each mentioning article's first mention, averaged;
 *  - `repeat`: ln of its mentions (sentences) per mentioning article;
 *  - `stopword`: 1 when one of its two words is a stopword;
 *  - `number`: 1 when one of its words is a number;
 *  - `fewDocs`: 1 / number of articles in the pile;
 *  - `clutter`: 1 when one of its words is news clutter ("said", "Thursday");
 *  - `wordShare`: share of articles mentioning each of its content words, averaged (topic words);
 *  - `wordLead`: exp(-i/3) for the earliest sentence index i at which one of its content words appears.
 */
export const CONCEPT_FEATURES = [
  'bias',
  'docShare',
  'logDocs',
  'earliest',
  'meanLead',
  'repeat',
  'stopword',
  'number',
  'fewDocs',
  'clutter',
  'wordShare',
  'wordLead',
] as const;

/**
 * Index of the first word feature (`wordShare`, `wordLead`): those read the
 * concept's words, not the concept, and each lies in [0, 1].
 */
export const FIRST_WORD_FEATURE = 10;

/** The feature vector of concept `c` (length `CONCEPT_FEATURES.length`), written into `out`. */
export function conceptFeatures(
  pc: PileConcepts,
  articleCount: number,
  c: number,
  out: Float64Array,
): Float64Array {
  conceptOwnFeatures(pc, articleCount, c, out);
  return conceptWordFeatures(pc, articleCount, c, out);
}

/** The features of concept `c` before `FIRST_WORD_FEATURE`, written into `out`. */
export function conceptOwnFeatures(
  pc: PileConcepts,
  articleCount: number,
  c: number,
  out: Float64Array,
): Float64Array {
  const n = Math.max(1, articleCount);
  const docs = pc.docs[c]!;
  out[0] = 1;
  out[1] = docs / n;
  const mentions = pc.mentions[c]!;
  out[2] = lnCount(docs);
  out[3] = leadWeight(pc.earliest[c]!);
  out[4] = pc.leadSum[c]! / docs;
  // Most concepts are mentioned once per article: then the ratio is a whole number.
  out[5] = docs === 1 ? lnCount(mentions) : mentions === docs ? 0 : Math.log(mentions / docs);
  out[6] = pc.stopword[c]!;
  out[7] = pc.number[c]!;
  out[8] = 1 / n;
  out[9] = pc.clutter[c]!;
  return out;
}

/** The word features of concept `c` (from `FIRST_WORD_FEATURE` on), written into `out`, which holds its own features. */
export function conceptWordFeatures(
  pc: PileConcepts,
  articleCount: number,
  c: number,
  out: Float64Array,
): Float64Array {
  const n = Math.max(1, articleCount);
  let share = 0;
  let words = 0;
  let lead = 0;
  for (let side = 0; side < 2; side++) {
    const stem = pc.parts[2 * c + side]!;
    if (stem < 0) continue;
    share += pc.stemDocs[stem]! / n;
    words++;
    lead = Math.max(lead, leadWeight(pc.stemEarliest[stem]!));
  }
  out[10] = words > 0 ? share / words : out[1]!;
  out[11] = words > 0 ? lead : out[3]!;
  return out;
}

/** Math.log of the counts most concepts have, computed once. */
const LN = Array.from({ length: 64 }, (_, k) => Math.log(k));

/** Math.log(k) for a whole number k >= 0. */
function lnCount(k: number): number {
  return k < LN.length ? LN[k]! : Math.log(k);
}
