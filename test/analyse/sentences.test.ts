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

describe('splitSentences on news abbreviations', () => {
  it.each([
    ['Aviation Authority Brig. Gen. Fayez Zeidan spoke. He left.', 2],
    ['said Rep. Peter King, R-N.Y. He left early.', 2],
    ["in the fund's no. 2 job, he said. Later he left.", 2],
    ['The police said no. Although they were asked twice.', 2],
    ['Shares of Apple Inc. The company said so.', 2],
    ['Shares of Apple Inc. Chief Tim Cook spoke.', 1],
    ['It ended at 3 p.m. The crowd left.', 2],
    ['It ended at 3 p.m. Eastern time on Friday.', 1],
    ['He was very ill.” Pinochet, 82, had surgery.', 2],
    ['John F. Kennedy was shot in Dallas, Texas. It was 1963.', 2],
    ['ST. KITTS and Nevis voted.', 1],
    ['Honduran army Maj. Freddy Diaz said the dogs were found.', 1],
    ['He arrived on Jan. 5. Then he left.', 2],
  ])('%s -> %i sentences', (text, n) => {
    expect(splitSentences(text)).toHaveLength(n);
  });
});

// Tokenised, lowercased copy (as the Multi-News corpus is): quotation marks
// stand apart from the words on both sides, and only sentence starts keep
// their capital.
describe('splitSentences on tokenised copy with spaced quotation marks', () => {
  it('ends a sentence with the spaced mark that closes its quotation, and starts the next after it', () => {
    const text =
      'The judge spoke. " when they close that door, you are shut off, " the judge said. " i understood him better. " serna is a veteran.';
    expect(split(text)).toEqual([
      'The judge spoke.',
      '" when they close that door, you are shut off, " the judge said.',
      '" i understood him better. "',
      'serna is a veteran.',
    ]);
  });

  it('starts a sentence at a spaced mark that opens a quotation, whatever the case of its first word', () => {
    expect(split('Her first thought? " thank god i was home. " Then she called.')).toEqual([
      'Her first thought?',
      '" thank god i was home. "',
      'Then she called.',
    ]);
    expect(split('He spoke at a town hall. "we concluded it was right, " he said.')).toEqual([
      'He spoke at a town hall.',
      '"we concluded it was right, " he said.',
    ]);
  });

  it('keeps a spaced quotation that spans sentences whole, and goes on after a question in lower case', () => {
    expect(split('He said: " we tried. It failed. " Then he left.')).toEqual([
      'He said: " we tried. It failed. "',
      'Then he left.',
    ]);
    expect(split('" can you call the pizzeria? " ashley asks again. Nobody came.')).toEqual([
      '" can you call the pizzeria? " ashley asks again.',
      'Nobody came.',
    ]);
  });

  it('reads lower-case abbreviations and initials as the capitalised ones', () => {
    expect(split('They met mr. Smith on jan. 5 with sen. Jones. George w. Bush spoke later.')).toEqual([
      'They met mr. Smith on jan. 5 with sen. Jones.',
      'George w. Bush spoke later.',
    ]);
    expect(split('He played for the " mr. Battle born " team. It won.')).toHaveLength(2);
  });

  it('still ends sentences on lower-case words that only look like abbreviations', () => {
    expect(split('So do i. The end came.')).toHaveLength(2);
    expect(split('He was ill. The doctors came.')).toHaveLength(2);
    expect(split('It began in the 1980s. The war ended.')).toHaveLength(2);
    expect(split("He backed Gingrich's. The vote came.")).toHaveLength(2);
    expect(split('He finished 1st. The crowd cheered.')).toHaveLength(2);
  });
});
