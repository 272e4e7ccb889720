import { isStopword } from '../../analyse/stopwords.js';
import type { Sentence } from '../../types.js';

/**
 * The concepts of a sentence: its distinct stemmed bigrams, leaving out those
 * made only of stopwords ("of the"), which every sentence shares. Bigrams are
 * what ROUGE-2 and the best extractive systems (ICSISumm) count as facts.
 */
export function sentenceConcepts(sentence: Sentence): string[] {
  const out = new Set<string>();
  const { words, stems } = sentence;
  for (let k = 0; k + 1 < stems.length; k++) {
    if (isStopword(words[k]!) && isStopword(words[k + 1]!)) continue;
    out.add(`${stems[k]} ${stems[k + 1]}`);
  }
  return [...out];
}
