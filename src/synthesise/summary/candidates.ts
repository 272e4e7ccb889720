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
  /** True when the sentence reads only weakly out of its context (see `readability`). */
  weak: boolean;
}

/** Which sentences may stand in a summary, and how well they read there. */
export interface CandidateOptions {
  /** Fewer words than this, and a sentence is a fragment that never stands in a summary. */
  minWords: number;
  /** More words than this, and a sentence reads weakly (often several run together). */
  longWords: number;
}

/** Defaults: fragments under 8 words never stand; sentences over 70 words read weakly. */
export const DEFAULT_CANDIDATES: CandidateOptions = { minWords: 8, longWords: 70 };

/** How a sentence reads out of its context. */
export type Readability = 'well' | 'weakly' | 'never';

/**
 * One candidate per statement: its best-reading sentence, preferring the
 * first outlet that carried it. Sentences that cannot stand alone (fragments,
 * questions, unbalanced quotations) never stand in a summary.
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
    const members: { sentence: Sentence; article: Article }[] = [];
    let best: { sentence: Sentence; article: Article } | undefined;
    let bestReads: Readability = 'never';
    for (const id of statement.sentences) {
      const m = where.get(id);
      if (!m) continue;
      members.push(m);
      if (bestReads === 'well') continue;
      const reads = readability(m.sentence, options);
      if (reads === 'well' || (reads === 'weakly' && !best)) {
        best = m;
        bestReads = reads;
      }
    }
    if (!best) continue;
    const n = best.article.sentences.length;
    out.push({
      sentence: best.sentence,
      article: best.article,
      citations: members.map((m) => m.sentence.id),
      support: new Set(members.map((m) => m.article.id)).size,
      position: n > 1 ? best.sentence.index / (n - 1) : 0,
      weak: bestReads === 'weakly',
    });
  }
  return out;
}

// Tokenised copy spaces its quotation marks (`it failed . "`), which read as if they touched.
const ENDS_WELL = /[.!](?:\s?["'\u201D\u2019)])*$/;
const STARTS_WELL = /^(?:["'\u201C\u2018(]\s?)?[A-Z0-9]/;
const QUESTION = /\?(?:\s?["'\u201D\u2019)])*$/;

/**
 * How a sentence reads on its own in a summary. Never: a fragment, a
 * question, unbalanced quotation marks. Weakly: very long, no closing full
 * stop (often text cut off), or an odd start. Weak sentences stand only
 * where they add enough (`SelectOptions.weakPenalty`): a summary as long as
 * asked reads better than one cut short for want of perfect sentences.
 */
export function readability(sentence: Sentence, options: CandidateOptions = DEFAULT_CANDIDATES): Readability {
  const n = sentence.words.length;
  const text = sentence.text.trim();
  if (n < options.minWords || QUESTION.test(text) || !balancedQuotes(text)) return 'never';
  if (n > options.longWords || !ENDS_WELL.test(text) || !STARTS_WELL.test(text)) return 'weakly';
  return 'well';
}

/** True when a sentence reads well on its own in a summary (see `readability`). */
export function readable(sentence: Sentence, options: CandidateOptions = DEFAULT_CANDIDATES): boolean {
  return readability(sentence, options) === 'well';
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
