import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/analyse/tokens.js';
import { findStatements } from '../../src/dedupe/statements.js';
import { DEFAULT_SELECT, summarise } from '../../src/synthesise/summary/index.js';
import type { Article } from '../../src/types.js';
import { bodyArticle } from '../helpers/articles.js';

// Three short reports of one fictional event; the first sentence of each is
// the same fact, worded three ways.
const pile: Article[] = [
  bodyArticle(
    'wire',
    [
      'The Kellingbay council voted on Tuesday to close the Old Mill Bridge after inspectors found corroded cables.',
      'The bridge carries about 18,000 vehicles a day across the Ashe River.',
      'Mayor Lucia Brandt said repairs to the Old Mill Bridge would take at least 14 months.',
      'A bakery beside the bridge has been open since 1968.',
    ],
    { published: '2026-03-03' },
  ),
  bodyArticle(
    'paper',
    [
      'The Kellingbay council voted on Tuesday to shut the Old Mill Bridge after inspectors found corroded cables.',
      'Repairs to the Old Mill Bridge will take at least 14 months, Mayor Lucia Brandt said on Tuesday.',
      'Buses will cross the Ashe River at Harbor Street while the bridge is closed.',
    ],
    { published: '2026-03-04' },
  ),
  bodyArticle(
    'radio',
    [
      'Commuters weighed new routes on Wednesday after the Kellingbay council voted to close the Old Mill Bridge over corroded cables.',
      'About 18,000 vehicles use the Old Mill Bridge across the Ashe River every day.',
    ],
    { published: '2026-03-04' },
  ),
];

const sentenceText = new Map(pile.flatMap((a) => a.sentences.map((s) => [s.id, s.text] as const)));

describe('summarise', () => {
  const statements = findStatements(pile);

  it('shows source sentences verbatim and cites every sentence reporting the same', () => {
    const summary = summarise(pile, statements, { words: 60 });
    expect(summary.length).toBeGreaterThan(0);
    for (const s of summary) {
      expect(sentenceText.get(s.sentence)).toBe(s.text);
      expect(s.citations).toContain(s.sentence);
      for (const id of s.citations) expect(sentenceText.has(id)).toBe(true);
    }
    const vote = summary.find((s) => s.citations.includes('wire:0') || s.citations.includes('paper:0'));
    expect(vote?.citations).toEqual(expect.arrayContaining(['wire:0', 'paper:0']));
  });

  it('never reports one statement twice', () => {
    const summary = summarise(pile, statements, { words: 200 });
    const cited = summary.flatMap((s) => s.citations);
    expect(new Set(cited).size).toBe(cited.length);
  });

  it.each([{ words: 25 }, { words: 40 }, { bytes: 200 }, { sentences: 2 }])(
    'stays within the budget %o',
    (budget) => {
      const summary = summarise(pile, statements, budget);
      expect(summary.length).toBeGreaterThan(0);
      const text = summary.map((s) => s.text);
      if (budget.words) expect(countWords(text.join(' '))).toBeLessThanOrEqual(budget.words);
      if (budget.bytes) expect(Buffer.byteLength(text.join('\n'))).toBeLessThanOrEqual(budget.bytes);
      if (budget.sentences) expect(summary.length).toBeLessThanOrEqual(budget.sentences);
    },
  );

  it('prefers what several outlets report over a detail only one mentions', () => {
    const summary = summarise(pile, statements, { words: 45 });
    const shown = summary.map((s) => s.sentence);
    expect(shown).not.toContain('wire:3');
    expect(summary.some((s) => s.citations.length >= 2)).toBe(true);
  });

  it('orders sentences by publication date', () => {
    const summary = summarise(pile, statements, { words: 200 });
    const dates = summary.map((s) => pile.find((a) => a.id === s.article)!.published!);
    expect([...dates].sort()).toEqual(dates);
  });

  it('may let the last sentence run over the budget only when asked (for ROUGE truncation)', () => {
    const tight = summarise(pile, statements, { words: 30 });
    const over = summarise(pile, statements, { words: 30 }, { overflow: true });
    expect(countWords(tight.map((s) => s.text).join(' '))).toBeLessThanOrEqual(30);
    expect(countWords(over.map((s) => s.text).join(' '))).toBeGreaterThan(30);
  });

  it('when overflowing, lets only the last sentence run past the budget', () => {
    for (const words of [20, 30, 45, 60]) {
      const over = summarise(pile, statements, { words }, { overflow: true });
      const head = over.slice(0, -1).map((s) => s.text);
      expect(countWords(head.join(' '))).toBeLessThan(words);
    }
    for (const bytes of [150, 250, 400]) {
      const over = summarise(pile, statements, { bytes }, { overflow: true });
      const head = over.slice(0, -1).map((s) => Buffer.byteLength(s.text));
      expect(head.reduce((a, b) => a + b, 0)).toBeLessThan(bytes);
    }
  });

  it('never runs past any budget when not asked to', () => {
    for (let words = 5; words <= 120; words += 5) {
      for (const budget of [
        { words },
        { bytes: words * 6 },
        { words, sentences: 2 },
        { words, bytes: words * 5 },
      ]) {
        const summary = summarise(pile, statements, budget);
        const text = summary.map((s) => s.text);
        if (budget.words) expect(countWords(text.join(' '))).toBeLessThanOrEqual(budget.words);
        if (budget.bytes) expect(Buffer.byteLength(text.join('\n'))).toBeLessThanOrEqual(budget.bytes);
        if (budget.sentences) expect(summary.length).toBeLessThanOrEqual(budget.sentences);
      }
    }
  });

  it('falls back to the greedy selection when the exact search is cut short, still within budget', () => {
    const exact = summarise(pile, statements, { words: 50 });
    const capped = summarise(pile, statements, { words: 50 }, { select: { ...DEFAULT_SELECT, maxNodes: 1 } });
    const greedy = summarise(
      pile,
      statements,
      { words: 50 },
      { select: { ...DEFAULT_SELECT, exact: false } },
    );
    expect(capped.map((s) => s.sentence).sort()).toEqual(greedy.map((s) => s.sentence).sort());
    expect(countWords(capped.map((s) => s.text).join(' '))).toBeLessThanOrEqual(50);
    expect(exact.length).toBeGreaterThan(0);
  });

  it('summarises an empty pile as nothing', () => {
    expect(summarise([], [], { words: 100 })).toEqual([]);
    expect(summarise([], [], { words: 100 }, { overflow: true })).toEqual([]);
  });
});
