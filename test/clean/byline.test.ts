import { describe, expect, it } from 'vitest';
import { isByline } from '../../src/clean/rules/byline.js';
import { body, clean, removed } from './helpers.js';

describe('isByline', () => {
  it.each([
    'By Jane Doe',
    'By JANE DOE, Associated Press',
    'By Jane Doe and John Roe | CNN',
    'By The Associated Press',
    'About the Author: editor',
    'Reporting by Jack Smith; Editing by Anna Lee',
    '(Reporting by Jack Smith; Editing by Anna Lee)',
    'Written by Tom Fox',
    'Contact the author at jane@example.com',
    'Associated Press writer Jim Fox in Moscow contributed to this report.',
    'Updated 2:43 PM ET, Wed April 12, 2017',
    'Published: April 12, 2017',
    'Posted by admin on April 12, 2017',
    'Lisa Marsh, ABC News, Washington',
  ])('is a byline: %s', (text) => {
    expect(isByline(text)).toBe(true);
  });

  it.each([
    'By the end of the year, the plant will close.',
    'By Tuesday, the council had voted.',
    'By Air Force One, he flew to Moscow.',
    'Written by a former aide, the book describes the chaos.',
    'Written by Tom Fox, the memoir describes the war.',
    'He told ABC News.',
    'Updated figures released on 12 May showed that inflation rose.',
  ])('is not a byline: %s', (text) => {
    expect(isByline(text)).toBe(false);
  });
});

describe('byline rule', () => {
  it('removes bylines and a bulleted name below the prose', () => {
    const result = clean(
      'Port strike ends after a week\n\nBy Ana Ruiz\n\nDock workers returned on Monday after a deal on pay.\n\nThe port expects a backlog.\n\n  • Ana Ruiz',
    );
    expect(removed(result, 'byline')).toEqual(['By Ana Ruiz', '• Ana Ruiz']);
    expect(body(result)).toEqual([
      'Dock workers returned on Monday after a deal on pay.',
      'The port expects a backlog.',
    ]);
  });

  it('takes an agency byline under the title for a byline, not for the publisher', () => {
    const result = clean(
      'Mill burns in river town\n\nBy ANA RUIZ, Associated Press\n\nSPRINGDALE, Ark. (AP) — A fire destroyed the old mill on Tuesday.',
    );
    expect(removed(result, 'byline')).toEqual(['By ANA RUIZ, Associated Press']);
    expect(result.meta).toMatchObject({ source: 'AP', publisher: null, place: 'SPRINGDALE, Ark.' });
  });

  it('keeps a bulleted list item inside the prose', () => {
    const result = clean(
      'Dock workers returned on Monday after a deal on pay.\n\n• Maria Lopez\n\nThe port expects a backlog of ships.',
    );
    expect(removed(result, 'byline')).toEqual([]);
  });

  it('keeps a sentence starting with By', () => {
    const result = clean('By the end of the year, the plant will close.\n\nWorkers were told on Monday.');
    expect(removed(result, 'byline')).toEqual([]);
    expect(body(result)).toHaveLength(2);
  });
});
