/**
 * newsbrief's quotes for an evaluation document: the document goes through
 * the same clean and analyse stages as any article, and each quote's pieces
 * and speaker phrase are mapped back to offsets in the document text.
 */
import { analyseArticle } from '../../analyse/article.js';
import { originalOffset } from '../../analyse/offsets.js';
import { analyseWho, type WhoAnalysis } from '../../analyse/who.js';
import { cleanDocument } from '../../clean/index.js';
import type { Article } from '../../types.js';
import type { QuoteDocument, Range } from './input.js';

/** A predicted quote in document offsets. */
export interface PredictedQuote {
  content: Range[];
  partial: boolean;
  speaker: { name: string; entity: number | null; span: Range } | null;
}

/** A document as newsbrief reads it, with its analysis. */
export interface Prediction {
  article: Article;
  who: WhoAnalysis;
  quotes: PredictedQuote[];
}

/** Runs clean, analyse and the quote analysis on one document. */
export function predictQuotes(doc: QuoteDocument): Prediction {
  const article = analyseArticle(
    cleanDocument({
      id: doc.id,
      path: doc.id,
      format: 'jsonl',
      text: doc.text,
      title: doc.title,
      published: doc.date,
      source: null,
      url: null,
      authors: [],
    }),
  );
  const who = analyseWho(article.sentences);
  const at = (sentence: number, local: number) => originalOffset(article.sentences[sentence]!, local);
  const quotes = who.quotes.map((q) => ({
    content: q.pieces.map((p) => ({ start: at(p.sentence, p.start), end: at(p.sentence, p.end) })),
    partial: q.partial,
    speaker: q.speaker && {
      name: q.speaker.name,
      entity: q.speaker.entity,
      span: { start: at(q.speaker.sentence, q.speaker.start), end: at(q.speaker.sentence, q.speaker.end) },
    },
  }));
  return { article, who, quotes };
}
