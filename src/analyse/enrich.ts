/**
 * Who said what, and when, for the articles of a pile. `enrichPile` is the
 * pipeline's hook (after statements are found, before stories are built):
 * it infers missing publication dates across the pile. The per-article
 * analyses are computed once and cached on the article object, so the
 * story stage can ask for them whether or not the hook ran.
 */
import type { Article, Statement } from '../types.js';
import { type DatedSentence, datedSentences } from './dates/events.js';
import { inferPublished } from './dates/pile.js';
import { analyseWho, type WhoAnalysis } from './who.js';

const who = new WeakMap<Article, WhoAnalysis>();
const dated = new WeakMap<Article, { published: string | null; events: DatedSentence[] }>();

/** The who-said-what analysis of an article (cached). */
export function whoOf(article: Article): WhoAnalysis {
  let w = who.get(article);
  if (w === undefined) {
    const captions = article.removed.filter((r) => r.reason === 'caption').map((r) => r.text);
    w = analyseWho(article.sentences, captions);
    who.set(article, w);
  }
  return w;
}

/** The dated sentences of an article against its current publication date (cached per date). */
export function eventsOf(article: Article): DatedSentence[] {
  const cached = dated.get(article);
  if (cached && cached.published === article.published) return cached.events;
  // Dates inside quotations are the speaker's, not the report's events.
  const quoted = new Map<number, { start: number; end: number }[]>();
  for (const q of whoOf(article).quotes)
    for (const p of q.pieces) quoted.set(p.sentence, [...(quoted.get(p.sentence) ?? []), p]);
  const events = datedSentences(article.sentences, article.published, (i) => quoted.get(i) ?? []);
  dated.set(article, { published: article.published, events });
  return events;
}

/**
 * The pipeline hook: fills in missing publication dates (in place, marked
 * `publishedInferred`) from each article's text and its most similar
 * dated article in the pile.
 */
export function enrichPile(articles: readonly Article[], statements: readonly Statement[]): void {
  inferPublished(articles, statements);
}
