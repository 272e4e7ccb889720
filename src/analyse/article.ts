import { applyRepairs, firstAtOrAfter } from '../clean/apply.js';
import type { Article, CleanDocument, Repair, Sentence } from '../types.js';
import { splitSentences } from './sentences.js';
import { wordsAndStems } from './tokens.js';

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
      const { words, stems } = wordsAndStems(text);
      sentences.push({
        id: `${doc.id}:${sentences.length}`,
        text,
        start,
        end,
        paragraph: p,
        index: sentences.length,
        repairs: repairsWithin(clean.repairs, start, end),
        words,
        stems,
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

/** The repairs inside [start, end], an insertion at `end` excepted (`repairs` sorted by start, as `cleanDocument` returns them). */
function repairsWithin(repairs: readonly Repair[], start: number, end: number): Repair[] {
  const within: Repair[] = [];
  for (let i = firstAtOrAfter(repairs, start); i < repairs.length && repairs[i]!.start <= end; i++) {
    const r = repairs[i]!;
    if (r.end <= end && !(r.start === r.end && r.start === end)) within.push(r);
  }
  return within;
}
