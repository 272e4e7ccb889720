import { analyseArticle } from '../../src/analyse/article.js';
import { readText } from '../../src/read/text.js';
import type { Article, SourceDocument } from '../../src/types.js';

/** A plain-text SourceDocument for tests. */
export function textDocument(id: string, text: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  return { ...readText(`${id}.txt`, text, id), ...extra };
}

/**
 * An Article from body paragraphs, skipping the clean stage: each paragraph
 * is its own span of the text, nothing removed or repaired.
 */
export function bodyArticle(id: string, paragraphs: string[], extra: Partial<SourceDocument> = {}): Article {
  const text = paragraphs.join('\n\n');
  let offset = 0;
  const spans = paragraphs.map((p) => {
    const span = { start: offset, end: offset + p.length };
    offset += p.length + 2;
    return span;
  });
  return analyseArticle({
    document: textDocument(id, text, extra),
    paragraphs: spans,
    removed: [],
    repairs: [],
    meta: { title: extra.title ?? null, source: null, publisher: null, place: null },
  });
}
