/**
 * The briefing pipeline, top to bottom. Each stage is a pure function from
 * typed input to typed output; reading files, printing and storing are the
 * adapters' business (src/adapters, src/cli).
 *
 *   read -> extract -> clean -> analyse -> dedupe -> cluster -> synthesise -> render
 *
 * `read` and `extract` turn bytes into `SourceDocument`s (src/read, src/extract)
 * before a pile reaches `briefPile`; `render` turns the `Briefing` into text
 * (src/render).
 */
import { analyseArticle } from './analyse/article.js';
import { enrichPile } from './analyse/enrich.js';
import { cleanDocument } from './clean/index.js';
import { clusterArticles } from './cluster/index.js';
import { findCopies } from './dedupe/provenance.js';
import { findStatements } from './dedupe/statements.js';
import { synthesiseStory } from './synthesise/story.js';
import type { SummaryOptions } from './synthesise/summary/index.js';
import type { Article, Briefing, Pile, Problem, SummaryBudget } from './types.js';

/** Options for briefing a pile. */
export interface BriefOptions {
  budget: SummaryBudget;
  summary?: Partial<SummaryOptions>;
  /**
   * Groups articles into stories; online clustering by default. A stored
   * story passes its own grouping, decided when its articles were ingested.
   */
  group?: (articles: readonly Article[]) => Article[][];
  /** Called after each article is analysed, for progress reports. */
  onArticle?: (done: number, total: number) => void;
}

/** The default summary length: 120 words. */
export const DEFAULT_BUDGET: SummaryBudget = { words: 120 };

/** Briefs one pile: every document cleaned, analysed, grouped into stories and summarised. */
export function briefPile(pile: Pile, options: BriefOptions = { budget: DEFAULT_BUDGET }): Briefing {
  const problems: Problem[] = [];
  const articles: Article[] = pile.documents.map((document, i) => {
    const article = analyseArticle(cleanDocument(document));
    options.onArticle?.(i + 1, pile.documents.length);
    return article;
  });
  // An article whose every line was page furniture stays listed, so what was
  // removed from it can be seen, but it has nothing to summarise.
  for (const article of articles) {
    if (article.sentences.length > 0) continue;
    problems.push({
      path: article.path,
      code: 'no-text',
      message: `${article.path}: no article text left after cleaning (${article.removed.length} lines removed)`,
      hint: 'check that the file holds an article body, not only headlines or page furniture',
    });
  }
  const withText = articles.filter((a) => a.sentences.length > 0);
  const statements = findStatements(withText);
  // Dates inferred from the text (captions, weekdays against dated neighbours) before clustering uses time.
  enrichPile(withText, statements);
  const copies = findCopies(withText, statements);
  const stories = (options.group ?? clusterArticles)(withText)
    .map((group, i) =>
      synthesiseStory(`${pile.id}-story-${i + 1}`, group, statements, options.budget, options.summary),
    )
    .sort((a, b) => b.articles.length - a.articles.length);
  return { id: pile.id, label: pile.label, articles, stories, problems, statements, copies };
}
