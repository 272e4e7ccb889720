import { describe, expect, it } from 'vitest';
import { readability } from '../../src/synthesise/summary/candidates.js';
import { bodyArticle } from '../helpers/articles.js';

const sentence = (text: string) => bodyArticle('a', [text]).sentences[0]!;

describe('readability', () => {
  it('reads a spaced closing or opening quotation mark as one against the word (tokenised copy)', () => {
    expect(readability(sentence('" It was a long night for all of us here, " the mayor said.'))).toBe('well');
    expect(readability(sentence('" I had a much better understanding of what he went through. "'))).toBe(
      'well',
    );
    expect(readability(sentence('The mayor said it was "a long night for all of us here. "'))).toBe('well');
  });

  it('still takes a question as one, spaced mark or not', () => {
    expect(readability(sentence('" Can you call the pizzeria before it closes tonight? "'))).toBe('never');
  });
});

describe('readability of quotes and questions', () => {
  it('never takes unbalanced quotation marks, and takes a question mark inside a sentence as no question', () => {
    expect(readability(sentence('The mayor said it was “a long night for all of us here.'))).toBe('never');
    expect(readability(sentence('The mayor said it was "a long night for all of us here.'))).toBe('never');
    expect(
      readability(sentence('The mayor asked "why now?" and the council voted to reopen the harbor.')),
    ).toBe('well');
  });
});
