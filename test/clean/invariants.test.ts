import { describe, expect, it } from 'vitest';
import { applyRepairs, cleanDocument } from '../../src/clean/index.js';
import { doc, expectInvariants } from './helpers.js';

/** Lines of every kind the stage judges, including awkward ones. */
const FRAGMENTS = [
  'Storm closes schools across the region',
  '(Source: Xinhua)',
  'Harbour Daily News',
  'By Ana Ruiz, Associated Press',
  '  • Ana Ruiz  ',
  'PARIS (AFP) - Ministers met on Friday to discuss the budget.',
  'LONDON — The bank held rates.',
  'Map showing the flooded districts.',
  'Firefighters at the scene. (Photo: Jane Roe) Crews worked through the night.',
  'The mayor speaks at City Hall, Tuesday, May 2, 2017, in Boston.',
  'Recommended For You',
  'Advertisement',
  'What happens next',
  'Mayor Vows To Fight Cuts To Libraries',
  'The Latest: Storm heads north',
  'The council passed the budget on Wednesday after a long debate.',
  'So the council passed the budget on Wednesday after a long debate, as expected.',
  "``We will win,'' she said.",
  'Russia`s envoy said the talks were `on life support`.',
  'He spoke withRussia and the U.S.to avoid a clash.The talks went on.',
  'It was late.',
  'and then the line continued in lower case',
  '',
  '\t',
  '\u00a0\u00a0',
  "'''",
  '```',
  '`',
];
const SEPARATORS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\n \n', '\u2028', '  \n\t\n'];

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)]!;
}

describe('clean-stage invariants', () => {
  it('hold on a thousand random articles', () => {
    const next = random(42);
    for (let n = 0; n < 1000; n++) {
      const count = 1 + Math.floor(next() * 12);
      let text = next() < 0.3 ? pick(SEPARATORS, next) : '';
      for (let i = 0; i < count; i++) text += pick(FRAGMENTS, next) + pick(SEPARATORS, next);
      const title = next() < 0.2 ? 'Storm closes schools across the region' : null;
      const result = cleanDocument(doc(text, title));
      expectInvariants(result);
      for (const p of result.paragraphs) {
        const view = applyRepairs(text, p, result.repairs);
        expect(view.toOriginal(0)).toBe(p.start);
        expect(view.toOriginal(view.text.length)).toBe(p.end);
      }
    }
  });

  it('hold on empty and whitespace-only text', () => {
    for (const text of ['', ' ', '\n\n', '\r\n\t\r\n']) {
      const result = cleanDocument(doc(text));
      expectInvariants(result);
      expect(result.paragraphs).toEqual([]);
      expect(result.removed).toEqual([]);
    }
  });

  it('keep a single paragraph of prose whole', () => {
    const text =
      'The council passed the budget on Wednesday after a long debate, and the mayor said she would sign it.';
    const result = cleanDocument(doc(text));
    expect(result.paragraphs).toEqual([{ start: 0, end: text.length }]);
    expect(result.removed).toEqual([]);
  });

  it('never rewrites the document', () => {
    const text = 'Russia`s envoy spoke withRussia.The end.';
    const source = doc(text);
    const result = cleanDocument(source);
    expect(result.document).toBe(source);
    expect(result.document.text).toBe(text);
  });
});
