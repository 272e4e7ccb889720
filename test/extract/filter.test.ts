import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/extract/blocks.js';
import { filterBlocks } from '../../src/extract/filter.js';
import { isDateLine, lineKind } from '../../src/extract/patterns.js';

const ARTICLE = ' main article-body';

function block(text: string, extra: Partial<Block> = {}): Block {
  return {
    text,
    tag: 'p',
    context: ARTICLE,
    linkChars: 0,
    inFigure: false,
    inList: false,
    inQuote: false,
    ...extra,
  };
}

const PROSE = [
  'The council voted on Tuesday to close the Old Mill Bridge after inspectors found corroded cables.',
  'About 18,000 vehicles cross the bridge every day, according to the transit authority.',
  'Repairs are expected to take at least fourteen months, the mayor said at a news conference.',
];

function verdicts(blocks: Block[], title: string | null = null): Record<string, string> {
  const { dropped } = filterBlocks(blocks, { title });
  return Object.fromEntries(dropped.map((d) => [d.text, d.reason]));
}

describe('filterBlocks', () => {
  it('keeps prose and drops captions in figures or under caption and gallery names', () => {
    const result = verdicts([
      block(PROSE[0]!),
      block('Inspectors on the bridge last week. (AP Photo/Jane Doe)', { tag: 'figcaption', inFigure: true }),
      block('Commuters queue at the ferry terminal', { context: `${ARTICLE} image-caption` }),
      block('Image 1 of 12', { context: `${ARTICLE} asset_gallery slide-count` }),
      block(PROSE[1]!),
    ]);
    expect(result).toEqual({
      'Inspectors on the bridge last week. (AP Photo/Jane Doe)': 'caption',
      'Commuters queue at the ferry terminal': 'caption',
      'Image 1 of 12': 'caption',
    });
  });

  it('drops paragraphs under furniture names, but not names the whole article shares', () => {
    const shared = ' article related-enabled';
    expect(
      verdicts([
        block(PROSE[0]!, { context: shared }),
        block('Jane Doe is a reporter covering transport.', { context: `${shared} author-bio` }),
        block(PROSE[1]!, { context: shared }),
      ]),
    ).toEqual({ 'Jane Doe is a reporter covering transport.': 'furniture' });
    // "has-post-thumbnail" says the post has a thumbnail; it names no caption.
    expect(verdicts(PROSE.map((t) => block(t, { context: ' post has-post-thumbnail' })))).toEqual({});
  });

  it('ignores names when they would take most of the page (they name its own containers)', () => {
    const blocks = [
      block(PROSE[0]!, { context: `${ARTICLE} photo-story` }),
      block(PROSE[1]!, { context: `${ARTICLE} photo-story` }),
      block('x'),
    ];
    expect(verdicts(blocks)).toEqual({});
  });

  it('drops date, byline, credit, contact, ad and subscription lines', () => {
    const lines = {
      'Updated 1:39 am EST, Wednesday, November 20, 2019': 'date',
      'sexta-feira, 22 de outubro de 2010 às 20:13': 'date',
      'By Scott Gordon': 'byline',
      'Posted on March 30, 2015 by Admin': 'date',
      '(Reporting by Greg Roumeliotis; Editing by Martin Howell)': 'credit',
      'Keith Bradsher contributed reporting from Hong Kong.': 'credit',
      'Reach the reporters at jane@example.com and twitter.com/janedoe': 'contact',
      Advertisement: 'widget',
      Iklan: 'widget',
      'Get the latest updates right in your inbox. Subscribe to our newsletters.': 'widget',
      'Read more: Alibaba poised to launch record-breaking listing': 'related',
      'This website uses cookies to improve your experience.': 'widget',
    };
    expect(
      verdicts([block(PROSE[0]!), ...Object.keys(lines).map((t) => block(t)), block(PROSE[1]!)]),
    ).toEqual(lines);
  });

  it('drops the link list a "More" line opens, up to the next prose', () => {
    const result = verdicts([
      block(PROSE[0]!),
      block('You may also like...'),
      block('Who will make the Rock Hall in 2020?', { linkChars: 36 }),
      block('Fans really want The Doobie Brothers in the Rock Hall', { linkChars: 53 }),
      block(PROSE[1]!),
      block('Get it on Amazon for $39.99', { tag: 'li', inList: true, linkChars: 27 }),
    ]);
    expect(result).toEqual({
      'You may also like...': 'widget',
      'Who will make the Rock Hall in 2020?': 'related',
      'Fans really want The Doobie Brothers in the Rock Hall': 'related',
    });
  });

  it('drops the headline repeated at the top and shouted promotional links', () => {
    expect(
      verdicts(
        [
          block('Bridge closed over rust fears'),
          block(PROSE[0]!),
          block('GET FOX BUSINESS ON THE GO BY CLICKING HERE', { linkChars: 43 }),
        ],
        'Bridge Closed Over Rust Fears',
      ),
    ).toEqual({
      'Bridge closed over rust fears': 'title',
      'GET FOX BUSINESS ON THE GO BY CLICKING HERE': 'widget',
    });
  });

  it('leaves quoted posts alone: their dates and handles are part of the story', () => {
    expect(
      verdicts([
        block(PROSE[0]!),
        block('— Governor Kristi Noem (@govkristinoem) November 18, 2019', { tag: 'p', inQuote: true }),
        block('we’re. on. it. https://t.co/HO1ZRs9T1P', { inQuote: true }),
      ]),
    ).toEqual({});
  });
});

describe('lineKind', () => {
  it('leaves prose alone even when it mentions dates, reporters or newsletters', () => {
    for (const prose of [
      ...PROSE,
      'On March 3, 2015, the company said it would close the plant.',
      'The May 2019 elections were the first since the reform.',
      'By the end of the year, the bridge will reopen.',
      'Reporters asked the mayor whether the newsletter had been sent to residents.',
      'The senator said she would follow the committee on Twitter as the hearing went on.',
      'Comments from residents were mostly positive.',
    ]) {
      expect(lineKind(prose), prose).toBeNull();
    }
  });

  it('knows a date line from a line that has a date in it', () => {
    expect(isDateLine('Nov. 20, 2019 5:52 AM EST')).toBe(true);
    expect(isDateLine('Published: 19.11.2019')).toBe(true);
    expect(isDateLine('The 2019 budget')).toBe(false);
    expect(isDateLine('Ten people were hurt on March 3, 2015 in the blast near the station')).toBe(false);
  });
});
