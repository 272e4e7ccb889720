import { describe, expect, it } from 'vitest';
import { lineKey, SiteMemory, siteFurniture } from '../../src/extract/furniture.js';
import { extractHtml, isHtmlFailure } from '../../src/extract/html.js';

const PITCH = 'Start your day with the Opening Bell, the free newsletter traders read first.';
const ABOUT = 'Ascom is a global solutions provider focused on healthcare ICT, headquartered in Baar.';

function page(...story: string[]): string[] {
  return [...story, PITCH, ABOUT];
}

describe('siteFurniture', () => {
  const long = (text: string): string =>
    `${text} ${'The rest of the report went into the details at length. '.repeat(3)}`;
  const others = [
    page(long('Oil fell on Monday as traders weighed supply.'), long('Brent crude lost two percent.')),
    page(long('Stocks rose on Tuesday after strong earnings.'), long('The Nasdaq gained one percent.')),
    page(long('The dollar slipped against the yen.'), long('Analysts expect a rate cut.')),
  ];

  it('finds the lines the site repeats on other pages', () => {
    const lines = page(long('Gold hit a record on Wednesday.'), long('Miners led the gains.'));
    expect(siteFurniture(lines, others)).toEqual(new Set([2, 3]));
  });

  it('ignores numbers, case and punctuation when comparing lines', () => {
    expect(lineKey('© 2019 Example News. All rights reserved.')).toBe(
      lineKey('© 2020 example news, all rights reserved'),
    );
  });

  it('needs two other pages, so a line quoted once elsewhere stays', () => {
    const lines = page(long('Gold hit a record on Wednesday.'), long('Miners led the gains.'));
    expect(siteFurniture(lines, others.slice(0, 1))).toEqual(new Set());
  });

  it('does not count other versions of the same article', () => {
    const story = [
      'Gold hit a record on Wednesday.',
      'Miners led the gains.',
      'Silver followed.',
      'Platinum fell.',
    ];
    const updates = [
      [...story, 'Update: prices eased later.'],
      [...story, 'Update: prices rose again.'],
    ];
    expect(siteFurniture(story, updates)).toEqual(new Set());
  });

  it('removes nothing from a page made mostly of lines seen elsewhere', () => {
    expect(siteFurniture([PITCH, ABOUT, 'Short.'], others)).toEqual(new Set());
  });
});

describe('SiteMemory with extractHtml', () => {
  it('drops furniture remembered from other pages of the same site', () => {
    const html = (story: string): string =>
      `<html><head><title>Story</title></head><body><article><p>${story}</p><p>${PITCH}</p><p>${ABOUT}</p></article></body></html>`;
    const memory = new SiteMemory();
    const more =
      ' Traders said the move reflected worries about growth, and several analysts expected it to last.';
    const stories = [
      `Oil fell on Monday as traders weighed a surge in supply from the United States and Brazil.${more}`,
      `Stocks rose on Tuesday after strong earnings from retailers lifted the wider market.${more}`,
      `Gold hit a record on Wednesday as investors sought safety from a weaker dollar.${more}`,
    ];
    const texts: string[] = [];
    for (const [i, story] of stories.entries()) {
      const url = `https://www.markets.example/news/${i}`;
      const result = extractHtml(html(story), { url, siteLines: memory.pagesFor(url) });
      if (isHtmlFailure(result)) throw new Error(result.reason);
      memory.remember(url, result.lines);
      texts.push(result.text);
    }
    expect(texts[0]).toContain(PITCH);
    expect(texts[2]).toBe(stories[2]);
    // Another site's pages are not evidence.
    expect(memory.pagesFor('https://other.example/x')).toEqual([]);
  });
});
