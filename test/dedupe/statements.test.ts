import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/dedupe/statements.js';
import { bodyArticle } from '../helpers/articles.js';

describe('findStatements', () => {
  const a = bodyArticle('a', [
    'The council voted 7-2 on Tuesday to close the Old Mill Bridge after inspectors found corroded cables.',
    'Buses will be rerouted over the Harbor Street crossing.',
  ]);
  const b = bodyArticle('b', [
    'The municipality council voted 7-2 on Tuesday to shut the Old Mill Bridge after inspectors found corroded cables.',
    'The festival returns next month with twice as many stalls.',
  ]);
  const c = bodyArticle('c', [
    'Residents said the council voted 7-2 on Tuesday to close the Old Mill Bridge after inspectors found corroded cables, and many were angry.',
  ]);

  it('groups reworded copies of one sentence across outlets', () => {
    const statements = findStatements([a, b]);
    const shared = statements.find((s) => s.sentences.includes('a:0'));
    expect(shared?.sentences).toEqual(['a:0', 'b:0']);
    expect(shared?.articles).toEqual(['a', 'b']);
  });

  it('keeps unrelated sentences apart and places every sentence exactly once', () => {
    const statements = findStatements([a, b]);
    const all = statements.flatMap((s) => s.sentences).sort();
    expect(all).toEqual(['a:0', 'a:1', 'b:0', 'b:1']);
    expect(statements.find((s) => s.sentences.includes('a:1'))?.sentences).toEqual(['a:1']);
  });

  it('counts a sentence as reported when a longer one contains it', () => {
    const statements = findStatements([a, c]);
    expect(statements.find((s) => s.sentences.includes('a:0'))?.sentences).toEqual(['a:0', 'c:0']);
  });
});
