import { describe, expect, it } from 'vitest';
import { chooseTitle } from '../../src/synthesise/story.js';
import type { Article, SummarySentence } from '../../src/types.js';
import { bodyArticle } from '../helpers/articles.js';

const bridge = bodyArticle(
  'bridge',
  ['The Kellingbay council closed the Old Mill Bridge after inspectors found corroded cables.'],
  { title: 'Council shuts Old Mill Bridge over corroded cables' },
);
const bakery = bodyArticle('bakery', ['A bakery beside the river has been open since 1968.'], {
  title: 'Riverside bakery marks its anniversary',
});

function summaryOf(...articles: Article[]): SummarySentence[] {
  return articles.map((a) => ({
    text: a.sentences[0]!.text,
    sentence: a.sentences[0]!.id,
    article: a.id,
    citations: [a.sentences[0]!.id],
  }));
}

describe('chooseTitle', () => {
  it('takes the headline sharing most content stems with the summary’s sentences', () => {
    expect(chooseTitle([bakery, bridge], summaryOf(bridge))).toBe(bridge.title);
    expect(chooseTitle([bridge, bakery], summaryOf(bakery))).toBe(bakery.title);
  });

  it('falls back to the first sentence when no article has a headline', () => {
    const untitled = bodyArticle('plain', ['Ferries ran all day on Monday.']);
    expect(chooseTitle([untitled], summaryOf(untitled))).toBe('Ferries ran all day on Monday.');
  });
});
