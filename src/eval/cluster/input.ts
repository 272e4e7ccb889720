/**
 * The gold side of a labelled stream: `{"id", "cluster", "all_clusters"?}`
 * per JSON line, in stream order. The documents themselves are read by the
 * core (`readPiles`), as `newsbrief brief` reads them.
 */
import { EvalInputError, jsonLines, stringField } from '../jsonl.js';

/** One labelled document: its line, id and gold stories (`cluster` first, then the rest of `all_clusters`). */
export interface GoldDocument {
  line: number;
  id: string;
  gold: string[];
}

/** Parses the labels of a clustering stream; a line without a `cluster` string is an error naming it. */
export function parseClusterLabels(text: string, file: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  for (const { value, line } of jsonLines(text, file)) {
    const cluster = stringField(value, 'cluster', file, line);
    const id =
      typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : `line-${line}`;
    const gold = [cluster];
    const all = value.all_clusters;
    if (all !== undefined) {
      if (!Array.isArray(all) || !all.every((c) => typeof c === 'string'))
        throw new EvalInputError(file, line, 'field "all_clusters" must be a list of strings');
      for (const c of all) if (!gold.includes(c)) gold.push(c);
    }
    docs.push({ line, id, gold });
  }
  if (docs.length === 0) throw new EvalInputError(file, 1, 'no documents');
  return docs;
}
