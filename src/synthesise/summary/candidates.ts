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
  // Every sentence of the pile by id, as an index into two flat lists: no object per sentence.
  const where = new Map<string, number>();
  const sentenceAt: Sentence[] = [];
  const articleAt: Article[] = [];
  for (const article of articles)
    for (const sentence of article.sentences) {
      where.set(sentence.id, sentenceAt.length);
      sentenceAt.push(sentence);
      articleAt.push(article);
    }
  const out: Candidate[] = [];
  const members: number[] = [];
  for (const statement of statements) {
    members.length = 0;
    let best = -1;
    let bestReads: Readability = 'never';
    for (const id of statement.sentences) {
      const m = where.get(id);
      if (m === undefined) continue;
      members.push(m);
      if (bestReads === 'well') continue;
      const reads = readability(sentenceAt[m]!, options);
      if (reads === 'well' || (reads === 'weakly' && best < 0)) {
        best = m;
        bestReads = reads;
      }
    }
    if (best < 0) continue;
    const sentence = sentenceAt[best]!;
    const article = articleAt[best]!;
    const n = article.sentences.length;
    out.push({
      sentence,
      article,
      citations: members.map((m) => sentenceAt[m]!.id),
      support: distinctArticles(members, articleAt),
      position: n > 1 ? sentence.index / (n - 1) : 0,
      weak: bestReads === 'weakly',
    });
  }
  return out;
}

/** The number of distinct article ids among the articles of `members` (a handful: no Set needed). */
function distinctArticles(members: readonly number[], articleAt: readonly Article[]): number {
  let distinct = 0;
  for (let k = 0; k < members.length; k++) {
    const id = articleAt[members[k]!]!.id;
    let seen = false;
    for (let j = 0; j < k && !seen; j++) seen = articleAt[members[j]!]!.id === id;
    if (!seen) distinct++;
  }
  return distinct;
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
  // A question needs a question mark: most sentences are spared the expression.
  if (n < options.minWords || (text.includes('?') && QUESTION.test(text)) || !balancedQuotes(text))
    return 'never';
  if (n > options.longWords || !ENDS_WELL.test(text) || !STARTS_WELL.test(text)) return 'weakly';
  return 'well';
}

/** True when a sentence reads well on its own in a summary (see `readability`). */
export function readable(sentence: Sentence, options: CandidateOptions = DEFAULT_CANDIDATES): boolean {
  return readability(sentence, options) === 'well';
}

function balancedQuotes(text: string): boolean {
  // Most sentences quote nobody: a native search clears them.
  if (!text.includes('"') && !text.includes('\u201C') && !text.includes('\u201D')) return true;
  let straight = 0;
  let curly = 0;
  // By UTF-16 unit: the marks counted are no surrogates.
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) straight++;
    else if (ch === 0x201c) curly++;
    else if (ch === 0x201d) curly--;
  }
  return straight % 2 === 0 && curly === 0;
}
