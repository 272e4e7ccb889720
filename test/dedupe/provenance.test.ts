import { describe, expect, it } from 'vitest';
import { words } from '../../src/analyse/tokens.js';
import { findCopies } from '../../src/dedupe/provenance.js';
import { findStatements } from '../../src/dedupe/statements.js';
import { wordSwaps as swapsOfWords } from '../../src/dedupe/swaps.js';
import { bodyArticle } from '../helpers/articles.js';

const wordSwaps = (a: string, b: string) => swapsOfWords(words(a), words(b));

describe('wordSwaps', () => {
  it('finds word-for-word substitutions, not trimmed clauses', () => {
    expect(
      wordSwaps('The US does not see a role for Assad.', 'The USA does not see a role for Assad.'),
    ).toEqual([['us', 'usa']]);
    expect(
      wordSwaps(
        'Russia said an international probe was needed.',
        'Russian Federation said an worldwide probe was needed.',
      ),
    ).toEqual([
      ['russia', 'russian federation'],
      ['international', 'worldwide'],
    ]);
    expect(wordSwaps('He said the vote was close, and left.', 'He said the vote was close.')).toEqual([]);
  });

  it('finds a swap at either end and none in a verbatim copy', () => {
    expect(wordSwaps('Russia vetoed the draft.', 'Russian Federation vetoed the draft.')).toEqual([
      ['russia', 'russian federation'],
    ]);
    expect(wordSwaps('The draft was vetoed by Russia.', 'The draft was vetoed by Moscow.')).toEqual([
      ['russia', 'moscow'],
    ]);
    expect(wordSwaps('The draft was vetoed.', 'The draft was vetoed.')).toEqual([]);
  });
});

describe('findCopies', () => {
  const original = bodyArticle(
    'wire',
    [
      'The council voted on Tuesday to close the Old Mill Bridge after inspectors found corroded cables.',
      'Mayor Lucia Brandt said international engineers would inspect the remaining cables next month.',
      'Buses will be rerouted over the Harbor Street crossing during the closure.',
    ],
    { published: '2026-03-03' },
  );
  const spun = bodyArticle(
    'farm',
    [
      'The council voted on Tuesday to shut the Old Mill Bridge after inspectors found corroded cables.',
      'Mayor Lucia Brandt said worldwide engineers would inspect the remaining cables next month.',
      'Shop owners expect to lose customers while the bridge is shut.',
    ],
    { published: '2026-03-04' },
  );
  const unrelated = bodyArticle('other', [
    'The harbor festival returns next month with twice as many stalls and a new stage.',
  ]);

  it('says which earlier article a later one copies, how much, and that it was reworded', () => {
    const articles = [spun, original, unrelated];
    const copies = findCopies(articles, findStatements(articles));
    expect(copies.get('farm')).toEqual([
      {
        article: 'wire',
        share: 0.667,
        reworded: true,
        swaps: [
          ['close', 'shut'],
          ['international', 'worldwide'],
        ],
      },
    ]);
    expect(copies.get('wire')).toEqual([]);
    expect(copies.get('other')).toEqual([]);
  });

  it('falls back to reading order when dates are missing, and one shared sentence is not a copy', () => {
    const a = bodyArticle('a', [
      original.sentences[0]!.text,
      'Something else entirely was said about the weather today.',
    ]);
    const b = bodyArticle('b', [original.sentences[0]!.text, original.sentences[2]!.text]);
    const c = bodyArticle('c', [original.sentences[0]!.text, original.sentences[2]!.text]);
    const copies = findCopies([a, b, c], findStatements([a, b, c]));
    expect(copies.get('b')).toEqual([]);
    expect(copies.get('c')).toEqual([{ article: 'b', share: 1, reworded: false, swaps: [] }]);
  });
});
