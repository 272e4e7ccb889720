import { describe, expect, it } from 'vitest';
import { findMarks } from '../../../src/analyse/quotes/marks.js';
import { findQuoteSpans } from '../../../src/analyse/quotes/spans.js';
import { quotesOf } from './helpers.js';

const texts = (...paragraphs: string[]) => quotesOf(...paragraphs).map((q) => q.text);

describe('quotation spans', () => {
  it('reads straight, curly, backtick and PTB marks', () => {
    expect(texts('"Straight marks work," she said.')).toEqual(['Straight marks work']);
    expect(texts('“Curly marks work,” she said.')).toEqual(['Curly marks work']);
    expect(texts("``PTB marks work,'' she said.")).toEqual(['PTB marks work']);
    expect(texts('The talks are `on life support`, he said.')).toEqual(['on life support']);
  });

  it('keeps a quotation of several sentences whole', () => {
    expect(texts('“We tried. We failed. We will try again,” he said.')).toEqual([
      'We tried. We failed. We will try again',
    ]);
  });

  it('continues a quotation into the next paragraph when that paragraph reopens it', () => {
    const qs = quotesOf(
      'He sneered: "First part of it.',
      '"Second part of it.',
      '"Third and last part."',
      'Then he left.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]!.paragraphs).toBe(3);
    expect(qs[0]!.text).toBe('First part of it. Second part of it. Third and last part.');
  });

  it('treats apostrophes and nested single quotes as part of the quotation', () => {
    expect(texts('“It wasn’t ‘a crisis’, they’ll say,” he said.')).toEqual([
      'It wasn’t ‘a crisis’, they’ll say',
    ]);
  });

  it('closes a quotation a writer forgot to close before its attribution', () => {
    expect(texts('“It left me shaking my head, he said. “It’s absurd.”')).toEqual([
      'It left me shaking my head',
      'It’s absurd.',
    ]);
  });

  it('never lets a stray opening mark swallow the paragraph or the next one', () => {
    const qs = texts(
      'The so-called "deal was announced on Monday by the ministry.',
      'Nothing else was said.',
    );
    expect(qs).toEqual([]);
  });

  it('ignores a stray closing mark', () => {
    expect(texts('The report was filed.” Officials agreed.')).toEqual([]);
  });

  it('decides direction by the neighbours when the glyph is wrong', () => {
    expect(findMarks('“51 percent.“ Then').map((m) => m.role)).toEqual(['open', 'close']);
  });

  it('never throws on any arrangement of marks', () => {
    const marks = ['"', '“', '”', "'", '‘', '’', '`', ' ', 'a', '.', '\n'];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let k = 0; k < 40; k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += marks[seed % marks.length];
      }
      const sentences = text.split('\n').map((t, i) => ({ text: t, paragraph: i }));
      expect(() => findQuoteSpans(sentences)).not.toThrow();
      for (const q of findQuoteSpans(sentences))
        for (const p of q.pieces) expect(p.end).toBeLessThanOrEqual(sentences[p.sentence]!.text.length);
    }
  });
});
