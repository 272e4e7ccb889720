/**
 * Irregular forms ROUGE-1.5.5 looks up before Porter stemming.
 *
 * Under `-m` the script's `MorphStem` first looks a token up in
 * WordNet-2.0.exc.db (built from WordNet's *.exc lists: "said" -> "say",
 * "children" -> "child", "were" -> "be") and only stems tokens not found
 * there. Skipping the lookup lowers R-1 on DUC 2004 by about 0.4 points.
 * Many ROUGE installs run with an empty table, because the widely copied
 * command to rebuild the database passes a file name where the script
 * expects an extension and so reads no list; pass an empty map to match those.
 */
import { WORDNET_EXCEPTION_DATA } from './wordnet-exceptions.js';

/**
 * Builds a lookup table the way ROUGE's buildExeptionDB.pl does: each line's
 * first word maps to its second, and a later line or list overrides an
 * earlier one.
 */
export function parseExceptionLists(lists: readonly string[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const list of lists) {
    for (const line of list.split('\n')) {
      const [form, base] = line.trim().split(/\s+/);
      if (form && base) table.set(form, base);
    }
  }
  return table;
}

let wordnet: ReadonlyMap<string, string> | undefined;

/** The shipped WordNet exception table (see wordnet-exceptions.ts), decoded on first use. */
export function wordnetExceptions(): ReadonlyMap<string, string> {
  if (!wordnet) {
    const table = new Map<string, string>();
    for (const item of WORDNET_EXCEPTION_DATA.split(/\s+/)) {
      const match = /^([a-z0-9]+)-(\d+)(.*)$/.exec(item);
      if (!match) continue;
      const form = match[1]!;
      table.set(form, form.slice(0, form.length - Number(match[2])) + match[3]);
    }
    wordnet = table;
  }
  return wordnet;
}
