import { isStopword } from '../analyse/stopwords.js';
import type { Sentence } from '../types.js';
import { fnv1a } from './minhash.js';

/**
 * The content stems of a pile's sentences as small integers, held flat: the
 * distinct content ids of sentence `i` are `ids[start[i]]` up to
 * `ids[start[i + 1]]` (exclusive), in order of first occurrence. Ids are
 * positions in `stemHashes`, so callers mark them in typed arrays rather
 * than sets.
 */
export interface SentenceContent {
  ids: Int32Array;
  start: Int32Array;
  /** The `fnv1a` hash of each id's stem. */
  stemHashes: Uint32Array;
}

/** The distinct content stems (stopwords left out) of each sentence. */
export function sentenceContent(sentences: readonly Sentence[]): SentenceContent {
  let total = 0;
  for (const s of sentences) total += s.words.length;
  // A stem is a function of its word, so one lookup by word replaces a stopword test and a stem lookup; -1 marks a stopword.
  const idOfWord = new Map<string, number>();
  const idOfStem = new Map<string, number>();
  const stemHashes: number[] = [];
  const ids = new Int32Array(total);
  const start = new Int32Array(sentences.length + 1);
  // The last sentence each id was taken for: repeats within a sentence are dropped without a set.
  const takenBy = new Int32Array(total).fill(-1);
  let n = 0;
  for (let i = 0; i < sentences.length; i++) {
    start[i] = n;
    const { words, stems } = sentences[i]!;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      let id = idOfWord.get(word);
      if (id === undefined) {
        id = isStopword(word) ? -1 : idOfStem.get(stems[k]!);
        if (id === undefined) {
          id = stemHashes.length;
          idOfStem.set(stems[k]!, id);
          stemHashes.push(fnv1a(stems[k]!));
        }
        idOfWord.set(word, id);
      }
      if (id < 0 || takenBy[id] === i) continue;
      takenBy[id] = i;
      ids[n++] = id;
    }
  }
  start[sentences.length] = n;
  return { ids, start, stemHashes: Uint32Array.from(stemHashes) };
}
