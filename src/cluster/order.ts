/**
 * The order a pile is fed to the clusterer. Online clustering depends on
 * order, so a pile's order must come from the articles, not from how a
 * folder happened to be listed: by publication date, and among articles of
 * the same date (or undated ones) by a hash of their content.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../types.js';
import { dayOf } from './features.js';

/** `articles` in the order to cluster them: dated by day, then undated; ties by content hash, then id. */
export function streamOrder(articles: readonly Article[]): Article[] {
  const keyed = articles.map((article) => ({
    article,
    day: dayOf(article.published),
    hash: contentHash(article),
  }));
  keyed.sort(
    (a, b) =>
      rank(a.day) - rank(b.day) ||
      (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0) ||
      (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0),
  );
  return keyed.map((k) => k.article);
}

function rank(day: number | null): number {
  return day ?? Number.POSITIVE_INFINITY;
}

/** A hash of what the article says (its sentences), blind to file names and paths. */
function contentHash(article: Article): string {
  // One update: each is a call into native code, and a sentence is short. Every
  // piece after the title starts with a newline, so no surrogate pair forms across
  // pieces and the bytes hashed are the same as piece by piece.
  let text = article.title ?? '';
  for (const s of article.sentences) text += `\n${s.text}`;
  return createHash('sha1').update(text).digest('hex');
}
