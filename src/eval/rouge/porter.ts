/**
 * The Porter stemmer exactly as ROUGE-1.5.5.pl ships it.
 *
 * It is Martin Porter's Perl release with one local change (marked "CYL:
 * Modified 02/14/2004" in the script): step 4 no longer picks the single
 * longest suffix. It strips the first-list suffix, then tries `-ment` and then
 * `-ent` on whatever is left, so "agreement" becomes "agreem" and
 * "environmental" becomes "environ" where standard Porter (and the `stemmer`
 * package) keep "agreement" and "environment". Published ROUGE figures were
 * computed with this variant, so reproducing them needs it.
 */

const C = '[^aeiou][^aeiouy]*';
const V = '[aeiouy][aeiou]*';
/** [C]VC...: measure above 0. */
const MGR0 = new RegExp(`^(?:${C})?${V}${C}`);
/** [C]VC[V]: measure exactly 1. */
const MEQ1 = new RegExp(`^(?:${C})?${V}${C}(?:${V})?$`);
/** [C]VCVC...: measure above 1. */
const MGR1 = new RegExp(`^(?:${C})?${V}${C}${V}${C}`);
const VOWEL_IN_STEM = new RegExp(`^(?:${C})?[aeiouy]`);
// Porter's *o condition, anchored at the start as in the Perl release.
const CVC = new RegExp(`^${C}[aeiouy][^aeiouwxy]$`);

const STEP2: Readonly<Record<string, string>> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};
const STEP3: Readonly<Record<string, string>> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
};

// Alternations keep the Perl order: a JS regex, like Perl's, takes the
// leftmost match, so the longest listed suffix wins.
const STEP2_SUFFIX =
  /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP3_SUFFIX = /(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP4_SUFFIX = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** The text before the leftmost match of `suffix` (Perl's $`), with the match. */
function split(w: string, suffix: RegExp): { stem: string; match: RegExpExecArray } | undefined {
  const match = suffix.exec(w);
  return match ? { stem: w.slice(0, match.index), match } : undefined;
}

/** Stems one lowercase token with ROUGE-1.5.5's Porter variant. */
export function rougePorterStem(word: string): string {
  if (word.length < 3) return word;
  const initialY = word.startsWith('y');
  // An initial y is a consonant: uppercase keeps it out of every vowel class.
  let w = initialY ? `Y${word.slice(1)}` : word;

  // Step 1a
  const plural = split(w, /(ss|i)es$/) ?? split(w, /([^s])s$/);
  if (plural) w = plural.stem + plural.match[1];

  // Step 1b
  const eed = split(w, /eed$/);
  if (eed) {
    if (MGR0.test(eed.stem)) w = w.slice(0, -1);
  } else {
    const edIng = split(w, /(ed|ing)$/);
    if (edIng && VOWEL_IN_STEM.test(edIng.stem)) {
      w = edIng.stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }

  // Step 1c
  const y = split(w, /y$/);
  if (y && VOWEL_IN_STEM.test(y.stem)) w = `${y.stem}i`;

  // Steps 2 and 3
  const step2 = split(w, STEP2_SUFFIX);
  if (step2 && MGR0.test(step2.stem)) w = step2.stem + STEP2[step2.match[1]!];
  const step3 = split(w, STEP3_SUFFIX);
  if (step3 && MGR0.test(step3.stem)) w = step3.stem + STEP3[step3.match[1]!];

  // Step 4, ROUGE's cascade: each test sees the word the previous one left.
  for (const suffix of [STEP4_SUFFIX, /ment$/]) {
    const found = split(w, suffix);
    if (found && MGR1.test(found.stem)) w = found.stem;
  }
  const ent = split(w, /ent$/);
  if (ent) {
    if (MGR1.test(ent.stem)) w = ent.stem;
  } else {
    const ion = split(w, /(s|t)ion$/);
    if (ion && MGR1.test(ion.stem + ion.match[1])) w = ion.stem + ion.match[1];
  }

  // Step 5
  const e = split(w, /e$/);
  if (e && (MGR1.test(e.stem) || (MEQ1.test(e.stem) && !CVC.test(e.stem)))) w = e.stem;
  if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);

  return initialY ? `y${w.slice(1)}` : w;
}
