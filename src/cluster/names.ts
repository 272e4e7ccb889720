/**
 * Capitalised names as a cheap stand-in for named entities: runs of
 * capitalised words inside a sentence ("Rex Tillerson", "Security Council",
 * "Khan Sheikhoun"). Two reports of one event share their names more
 * reliably than their wording. Lower-cased text (some feeds, the Multi-News
 * copy) simply yields no names, and the clusterer then relies on words.
 */

// Words capitalised for reasons other than being a name, or that only
// introduce one: a title in front of a name says nothing about the event.
const NOT_NAMES = new Set(
  `a an the this that these those it its he she they we i you his her their our my your there here
  in on at by for from to of and or but as if when while after before with without into over under
  mr mrs ms dr sen rep gov gen lt col sgt capt prof st
  president secretary minister prime premier chancellor ambassador spokesman spokeswoman senator
  governor general leader chief king queen pope prince foreign deputy vice former
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  said says according also however meanwhile yet still`.split(/\s+/),
);

// Lower-case words that may sit inside a name ("Bank of England", "Bashar al-Assad").
const JOINERS = new Set(['of', 'de', 'du', 'da', 'del', 'la', 'le', 'al', 'bin', 'van', 'von', 'der']);

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * The capitalised names in `sentence`, lower-cased. A multi-word name also
 * yields its last word, so "Rex Tillerson" and a later bare "Tillerson"
 * meet. The sentence's first word counts only as part of a longer name,
 * since every sentence starts with a capital.
 */
export function namesIn(sentence: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  let runAtStart = false;
  let joiner: string | null = null;
  let index = 0;
  let end = 0;
  const flush = (): void => {
    if (run.length > 1) names.push(run.join(' '), run[run.length - 1]!);
    else if (run.length === 1 && !runAtStart) names.push(run[0]!);
    run = [];
    joiner = null;
  };
  for (const match of sentence.matchAll(TOKEN)) {
    // Punctuation between two words ends a name ("GROZNY, Russia (AP)").
    if (!/^\s*$/.test(sentence.slice(end, match.index))) flush();
    end = match.index + match[0].length;
    const possessive = /['’]s$/.test(match[0]);
    const raw = match[0].replace(/['’]s$/, '').replace(/['’.-]+$/, '');
    const lower = raw.toLowerCase();
    const capital = raw.length > 0 && raw[0] !== lower[0];
    if (capital && !NOT_NAMES.has(lower)) {
      if (run.length === 0) runAtStart = index === 0;
      else if (joiner !== null) run.push(joiner);
      joiner = null;
      run.push(lower);
      // "Syria's Bashar al-Assad" is two names.
      if (possessive) flush();
    } else if (run.length > 0 && joiner === null && JOINERS.has(lower)) {
      joiner = lower;
    } else {
      flush();
    }
    index++;
  }
  flush();
  return names;
}
