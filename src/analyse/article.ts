import { applyRepairs } from '../clean/apply.js';
import type { Article, CleanDocument, Repair, Sentence } from '../types.js';
import { splitSentences } from './sentences.js';
import { stems, words } from './tokens.js';

/**
 * Turns a cleaned document into an Article: body paragraphs split into
 * sentences whose `start`/`end` point at the original text and whose `text`
 * is that original text with the listed repairs applied.
 */
export function analyseArticle(clean: CleanDocument): Article {
  const { document: doc, meta } = clean;
  const sentences: Sentence[] = [];
  clean.paragraphs.forEach((paragraph, p) => {
    const view = applyRepairs(doc.text, paragraph, clean.repairs);
    for (const span of splitSentences(view.text)) {
      const start = view.toOriginal(span.start);
      const end = view.toOriginal(span.end);
      const text = view.text.slice(span.start, span.end);
      const w = words(text);
      sentences.push({
        id: `${doc.id}:${sentences.length}`,
        text,
        start,
        end,
        paragraph: p,
        index: sentences.length,
        repairs: repairsWithin(clean.repairs, start, end),
        words: w,
        stems: stems(w),
      });
    }
  });
  return {
    id: doc.id,
    path: doc.path,
    format: doc.format,
    title: meta.title ?? doc.title,
    source: meta.source ?? doc.source,
    publisher: meta.publisher,
    published: doc.published,
    publishedInferred: false,
    url: doc.url,
    authors: doc.authors,
    text: doc.text,
    sentences,
    removed: clean.removed,
    repairs: clean.repairs,
  };
}

function repairsWithin(repairs: readonly Repair[], start: number, end: number): Repair[] {
  return repairs.filter((r) => r.start >= start && r.end <= end && !(r.start === r.end && r.start === end));
}
