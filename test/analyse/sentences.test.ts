import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analyse/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not split after abbreviations', () => {
    expect(
      split('Mr. Smith flew to the U.S. on Jan. 5 with Sen. Jones. They met Gov. Ray at 3 p.m. on Friday.'),
    ).toEqual([
      'Mr. Smith flew to the U.S. on Jan. 5 with Sen. Jones.',
      'They met Gov. Ray at 3 p.m. on Friday.',
    ]);
  });

  it('keeps a quotation that spans sentences in one sentence', () => {
    expect(split('He said: "We tried. It failed." Then he left.')).toEqual([
      'He said: "We tried. It failed."',
      'Then he left.',
    ]);
    expect(split('\u201CWe tried. It failed,\u201D she said. Nobody answered.')).toEqual([
      '\u201CWe tried. It failed,\u201D she said.',
      'Nobody answered.',
    ]);
  });

  it('never lets an unclosed quotation swallow the paragraph', () => {
    const text =
      'He sneered: "Finally, a real move. The second sentence is here. A third one follows. And a fourth. Fifth. Sixth one.';
    const parts = split(text);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.join(' ')).toBe(text);
  });

  it('joins a sentence that continues in lower case', () => {
    expect(split('"Why now?" he asked. "Because."')).toEqual(['"Why now?" he asked.', '"Because."']);
  });

  it('returns spans that tile the trimmed text', () => {
    const text = '  First one here.   Second one there!  Third?  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'First one here.',
      'Second one there!',
      'Third?',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });
});
