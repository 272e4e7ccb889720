import { describe, expect, it } from 'vitest';
import { inferPublished } from '../../../src/analyse/dates/pile.js';
import { textDate } from '../../../src/analyse/dates/published.js';
import { findStatements } from '../../../src/dedupe/statements.js';
import type { Article } from '../../../src/types.js';
import { bodyArticle } from '../../helpers/articles.js';

function withCaption(a: Article, caption: string): Article {
  return { ...a, removed: [{ text: caption, reason: 'caption', start: 0, end: caption.length }] };
}

describe('publication dates from the text', () => {
  it('reads a caption’s full date', () => {
    const a = withCaption(
      bodyArticle('a', ['The council met on Wednesday.']),
      'The mayor speaks in the town hall, Wednesday, April 12, 2017, in Kellingbay.',
    );
    expect(textDate(a)).toEqual({ date: '2017-04-12', from: 'caption' });
  });

  it('takes the latest full date the body reports, not one it announces or implies', () => {
    const a = bodyArticle('a', [
      'The bridge closed on March 3, 2026, and reopened on March 9, 2026.',
      'A hearing will be held on June 1, 2026.',
      'Today the council met.',
    ]);
    expect(textDate(a)).toEqual({ date: '2026-03-09', from: 'body' });
    expect(textDate(bodyArticle('b', ['Today the council met on Monday.']))).toBeNull();
  });
});

describe('publication dates across a pile', () => {
  const dated = bodyArticle(
    'dated',
    [
      'The Kellingbay bridge closed after inspectors found corroded cables in the main span.',
      'Mayor Ana Ruiz ordered ferries to run every hour.',
    ],
    { published: '2026-03-04' },
  );
  const same = bodyArticle('same', [
    'Inspectors found corroded cables in the main span of the Kellingbay bridge, which closed.',
    'Ferries will run every hour, Mayor Ana Ruiz said.',
  ]);
  const other = bodyArticle('other', ['The orchestra played Brahms to a full hall in the capital.']);

  it('dates an article by its nearest dated neighbour, and marks the date inferred', () => {
    const articles = [dated, same, other].map((a) => ({ ...a }));
    inferPublished(articles, findStatements(articles));
    expect(articles.map((a) => [a.published, a.publishedInferred])).toEqual([
      ['2026-03-04', false],
      ['2026-03-04', true],
      [null, false],
    ]);
  });

  it('keeps a metadata date as it is', () => {
    const articles = [{ ...dated, published: '2026-03-05' }, { ...same }];
    inferPublished(articles, findStatements(articles));
    expect(articles[0]!.publishedInferred).toBe(false);
    expect(articles[0]!.published).toBe('2026-03-05');
  });
});
