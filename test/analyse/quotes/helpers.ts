import { analyseArticle } from '../../../src/analyse/article.js';
import { analyseWho } from '../../../src/analyse/who.js';
import { cleanDocument } from '../../../src/clean/index.js';
import { textDocument } from '../../helpers/articles.js';

/** The quotes of an article whose body paragraphs are given, cleaned (so PTB quotes are repaired) and analysed. */
export function quotesOf(...paragraphs: string[]) {
  const article = analyseArticle(
    cleanDocument(textDocument('q', `Headline for the test\n\n${paragraphs.join('\n\n')}`)),
  );
  return analyseWho(article.sentences).quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker?.name ?? null,
    partial: q.partial,
    paragraphs: [...new Set(q.pieces.map((p) => article.sentences[p.sentence]!.paragraph))].length,
  }));
}
