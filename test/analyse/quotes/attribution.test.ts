import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

const speakers = (...paragraphs: string[]) => quotesOf(...paragraphs).map((q) => q.speaker);

describe('quote attribution', () => {
  it('reads the verb and name after a quote, in either order', () => {
    expect(speakers('“The bridge is closed,” Mayor Ana Ruiz said.')).toEqual(['Ana Ruiz']);
    expect(speakers('“The bridge is closed,” said Ana Ruiz, the mayor.')).toEqual(['Ana Ruiz']);
    expect(speakers('“The bridge is closed,” Ana Ruiz told reporters.')).toEqual(['Ana Ruiz']);
    expect(speakers('“The bridge is closed,” according to Ana Ruiz.')).toEqual(['Ana Ruiz']);
  });

  it('reads the verb and name before a quote', () => {
    expect(speakers('Ana Ruiz asked: “Who closed the bridge?”')).toEqual(['Ana Ruiz']);
    expect(speakers('Ana Ruiz told the council, “The bridge is closed.”')).toEqual(['Ana Ruiz']);
    expect(speakers('“Repairs take time,” Tom Berg wrote on his blog.')).toEqual(['Tom Berg']);
  });

  it('resolves "he" to the nearest person before it whose gender fits', () => {
    expect(
      speakers(
        'Engineer John Marsh inspected the cables with Mayor Mary Holt.',
        '“The steel is rusted,” he said.',
      ),
    ).toEqual(['John Marsh']);
    expect(
      speakers(
        'Engineer John Marsh inspected the cables with Mayor Mary Holt.',
        '“We will fund repairs,” she said.',
      ),
    ).toEqual(['Mary Holt']);
  });

  it('resolves a description to the person whose role it matches', () => {
    expect(
      speakers(
        '“We are working on it,” city spokesman Carl Dunn said on Monday.',
        'The spokesman said the city would pay for “every last bolt.”',
      ),
    ).toEqual(['Carl Dunn', 'Carl Dunn']);
  });

  it('gives an unattributed quote paragraph the speaker of the quote paragraph before it', () => {
    expect(speakers('“The bridge is closed,” Ana Ruiz said.', '“It will stay closed until spring.”')).toEqual(
      ['Ana Ruiz', 'Ana Ruiz'],
    );
  });

  it('does not carry a speaker past a paragraph without quotes', () => {
    expect(
      speakers('“The bridge is closed,” Ana Ruiz said.', 'Traffic backed up for miles.', '“It was chaos.”'),
    ).toEqual(['Ana Ruiz', null]);
  });

  it('marks partial quotes and attributes them through the reported speech around them', () => {
    const qs = quotesOf('Ana Ruiz said the closure was a “necessary evil” for the town.');
    expect(qs).toEqual([{ text: 'necessary evil', speaker: 'Ana Ruiz', partial: true, paragraphs: 1 }]);
  });

  it('leaves scare quotes and titles without a speaker', () => {
    expect(speakers('The “temporary” closure has lasted a year.')).toEqual([null]);
    expect(quotesOf('She appeared on “Fox News Sunday” last week.')).toEqual([]);
  });
});
