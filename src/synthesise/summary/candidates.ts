import type { Article, Sentence, Statement } from '../../types.js';

/** A sentence the summary may use, standing for a whole statement. */
export interface Candidate {
  sentence: Sentence;
  article: Article;
  /** Every sentence reporting the same content (citations). */
  citations: string[];
  /** Number of distinct articles carrying the statement. */
  support: number;
  /** Position of the sentence in its article, 0 = lead, 1 = last. */
  position: number;
  /** How well the sentence reads out of its context, 0..1 (see `standalone`). */
  standalone: number;
}

/** Which sentences may stand in a summary. */
export interface CandidateOptions {
  minWords: number;
  maxWords: number;
  /** Value kept by a sentence that leans on its context ("He said so."), between 0 and 1. */
  dependentValue: number;
}

export const DEFAULT_CANDIDATES: CandidateOptions = { minWords: 8, maxWords: 70, dependentValue: 0.4 };

/**
 * One candidate per statement: its most readable sentence, preferring the
 * first outlet that carried it. Sentences that read badly out of context
 * (fragments, questions, unbalanced quotations) never stand in a summary.
 */
export function candidates(
  articles: readonly Article[],
  statements: readonly Statement[],
  options: CandidateOptions = DEFAULT_CANDIDATES,
): Candidate[] {
  const where = new Map<string, { sentence: Sentence; article: Article }>();
  for (const article of articles)
    for (const sentence of article.sentences) where.set(sentence.id, { sentence, article });
  const out: Candidate[] = [];
  for (const statement of statements) {
    const members = statement.sentences.map((id) => where.get(id)).filter((m) => m !== undefined);
    const best = members.find((m) => readable(m.sentence, options));
    if (!best) continue;
    const n = best.article.sentences.length;
    out.push({
      sentence: best.sentence,
      article: best.article,
      citations: members.map((m) => m.sentence.id),
      support: new Set(members.map((m) => m.article.id)).size,
      position: n > 1 ? best.sentence.index / (n - 1) : 0,
      standalone: leansOnContext(best.sentence.text) ? options.dependentValue : 1,
    });
  }
  return out;
}

const ENDS_WELL = /[.!]["'\u201D\u2019)]*$/;
const STARTS_WELL = /^["'\u201C\u2018(]?[A-Z0-9]/;

/** True when a sentence can be read on its own in a summary. */
export function readable(sentence: Sentence, options: CandidateOptions = DEFAULT_CANDIDATES): boolean {
  const n = sentence.words.length;
  if (n < options.minWords || n > options.maxWords) return false;
  const text = sentence.text.trim();
  if (!ENDS_WELL.test(text) || !STARTS_WELL.test(text)) return false;
  return balancedQuotes(text);
}

// A sentence opening on a pronoun or a connective points back at something
// the summary may not show; quoted speech ("He said ...") is the same.
const DEPENDENT_OPENING =
  /^(?:["'\u201C\u2018]?)(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|yet|still|also|however|meanwhile|instead|then|there)\b/i;

/** True when a sentence cannot be understood without the sentences before it. */
export function leansOnContext(text: string): boolean {
  return DEPENDENT_OPENING.test(text.trim());
}

function balancedQuotes(text: string): boolean {
  let straight = 0;
  let curly = 0;
  for (const ch of text) {
    if (ch === '"') straight++;
    else if (ch === '\u201C') curly++;
    else if (ch === '\u201D') curly--;
  }
  return straight % 2 === 0 && curly === 0;
}
