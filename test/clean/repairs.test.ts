import { describe, expect, it } from 'vitest';
import { applyRepairs } from '../../src/clean/index.js';
import type { RepairKind } from '../../src/types.js';
import { clean } from './helpers.js';

/** The body as later stages see it: each paragraph with its repairs applied. */
function repaired(text: string): string[] {
  const result = clean(text);
  return result.paragraphs.map((p) => applyRepairs(text, p, result.repairs).text);
}

function kinds(text: string): RepairKind[] {
  return clean(text).repairs.map((r) => r.kind);
}

describe('quote repairs', () => {
  it('makes a backtick inside a word an ASCII apostrophe', () => {
    expect(repaired('Russia`s envoy said that`s why it`s late.')).toEqual([
      "Russia's envoy said that's why it's late.",
    ]);
    expect(kinds('Russia`s envoy left.')).toEqual(['backtick-apostrophe']);
  });

  it('makes quoting backticks curly single quotes', () => {
    expect(repaired('The talks are `on life support`, he said.')).toEqual([
      'The talks are ‘on life support’, he said.',
    ]);
    expect(kinds('The talks are `on life support`, he said.')).toEqual(['backtick-quote', 'backtick-quote']);
  });

  it('makes PTB quotes curly double quotes, whichever way they open', () => {
    expect(repaired("``We will win,'' she said.")).toEqual(['“We will win,” she said.']);
    expect(repaired("''We will win,'' she said.")).toEqual(['“We will win,” she said.']);
    expect(kinds("``We will win,'' she said.")).toEqual(['ptb-quote', 'ptb-quote']);
  });

  it('reads PTB triples as a single and a double quote', () => {
    expect(repaired("She said, ``He told me, `Go home.'''")).toEqual(["She said, “He told me, ‘Go home.'”"]);
    expect(repaired('```Go,` he said.')).toEqual(['“‘Go,’ he said.']);
  });

  it('leaves straight and curly quotes alone', () => {
    const text = '"We will win," she said. ‘Maybe,’ he said, “maybe.” It\'s late.';
    expect(clean(text).repairs).toEqual([]);
  });

  it('treats a closing backtick with no opening one as a possessive', () => {
    expect(repaired('The Joneses` house burned.')).toEqual(["The Joneses' house burned."]);
  });
});

describe('glued-word repairs', () => {
  it('splits a common word glued to a capitalised word', () => {
    expect(repaired('He threatened to suspend talks withRussia on Monday.')).toEqual([
      'He threatened to suspend talks with Russia on Monday.',
    ]);
    expect(repaired('It was the first visit by theU.S. envoy.')).toEqual([
      'It was the first visit by the U.S. envoy.',
    ]);
  });

  it('splits an initialism glued to a lower-case word', () => {
    expect(repaired('He wants a deal with the U.S.to avoid conflict.')).toEqual([
      'He wants a deal with the U.S. to avoid conflict.',
    ]);
    expect(kinds('He wants a deal with the U.S.to avoid conflict.')).toEqual(['glued-word']);
  });

  it('never splits names written in camel case', () => {
    const text =
      'McCain and DeMistura used an iPhone to watch YouTube, shop on eBay and post on LinkedIn, MacBook in hand.';
    expect(clean(text).repairs).toEqual([]);
  });

  it('leaves handles, hashtags, addresses and glued brands alone', () => {
    const text = 'Follow @theHill and #withRussia at twitter.com/theHill, or read theSkimm today.';
    expect(clean(text).repairs).toEqual([]);
  });

  it('does not split a lower-case word that is not a common word', () => {
    expect(clean('The pitcher deGrom struck out ten batters.').repairs).toEqual([]);
  });
});

describe('glued-sentence repairs', () => {
  it('inserts the space after a sentence stop glued to the next sentence', () => {
    expect(repaired('The minister resigned on Monday, the agency said.The move was expected.')).toEqual([
      'The minister resigned on Monday, the agency said. The move was expected.',
    ]);
    expect(repaired('Prices rose in 2017.Then they fell.')).toEqual(['Prices rose in 2017. Then they fell.']);
  });

  it('leaves abbreviations, initials and addresses alone', () => {
    const text =
      'Gov.Brown met Mrs.Smith and J.R. Ewing; see example.Com or mail john.Smith@example.com today.';
    expect(clean(text).repairs).toEqual([]);
  });
});

describe('applyRepairs', () => {
  const text = "xx Russia`s talks withRussia said.The ``end,'' he said. yy";
  const span = { start: 3, end: text.length - 3 };
  const result = clean(text);
  const view = applyRepairs(text, span, result.repairs);

  it('builds the repaired text of the span', () => {
    expect(view.text).toBe("Russia's talks with Russia said. The “end,” he said.");
  });

  it('maps every repaired offset back to the original text', () => {
    // Characters the repairs did not touch map to the same character in the original.
    for (let i = 0; i < view.text.length; i++) {
      const ch = view.text.charAt(i);
      const original = view.toOriginal(i);
      expect(original).toBeGreaterThanOrEqual(span.start);
      expect(original).toBeLessThanOrEqual(span.end);
      if (!"'“” ".includes(ch)) expect(text.charAt(original)).toBe(ch);
    }
    expect(view.toOriginal(0)).toBe(span.start);
    expect(view.toOriginal(view.text.length)).toBe(span.end);
  });

  it('maps sentence boundaries around an insertion to the original boundaries', () => {
    const stop = view.text.indexOf('said.') + 'said.'.length;
    expect(view.toOriginal(stop)).toBe(text.indexOf('said.The') + 'said.'.length);
    expect(view.toOriginal(stop + 1)).toBe(text.indexOf('The ``'));
  });

  it('maps offsets of a shorter replacement to the replaced text', () => {
    const open = view.text.indexOf('“');
    expect(view.toOriginal(open)).toBe(text.indexOf('``'));
    expect(view.toOriginal(open + 1)).toBe(text.indexOf('``') + 2);
  });

  it('ignores repairs outside the span and returns the span unchanged without repairs', () => {
    const plain = applyRepairs(text, { start: 0, end: 2 }, result.repairs);
    expect(plain.text).toBe('xx');
    expect(plain.toOriginal(1)).toBe(1);
  });
});
