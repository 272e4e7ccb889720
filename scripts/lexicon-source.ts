/**
 * compromise's lexicon in the form src/analyse/entities/lexicon-data.ts
 * stores it: shared by the script that writes that file and the test that
 * checks it is current.
 */
import nlp from 'compromise';

/** The line of the data file the generated table follows. */
export const LEXICON_MARK = 'export const LEXICON_DATA';

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean> };
}

/**
 * compromise's version, its lexicon as JSON (tags joined by "+", each to the
 * words and phrases with exactly those tags, one set per line) and its
 * organisation words as a JSON list (a TypeScript array literal too).
 */
export function compromiseLexicon(): { version: string; data: string; orgWords: string } {
  const model = nlp.model() as Model;
  const bySet = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    const set = (typeof tags === 'string' ? [tags] : tags).join('+');
    const words = bySet.get(set);
    if (words) words.push(word);
    else bySet.set(set, [word]);
  }
  const data = `{\n${[...bySet].map(([set, words]) => `${JSON.stringify(set)}:${JSON.stringify(words)}`).join(',\n')}\n}`;
  const orgWords = JSON.stringify(
    Object.entries(model.two.orgWords)
      .filter(([, on]) => on)
      .map(([word]) => word),
  );
  // The lexicon goes into a String.raw template, where only these could end or break the text.
  if (/`|\$\{/.test(data)) throw new Error('the lexicon holds a backtick or "${": change how it is stored');
  return { version: nlp.version, data, orgWords };
}
