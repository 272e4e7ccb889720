import { describe, expect, it } from 'vitest';
import { body, clean, removed } from './helpers.js';

describe('subhead rule', () => {
  it('removes short headings inside the prose', () => {
    const result = clean(
      'The council passed the budget on Wednesday.\n\nWhat happens next\n\nThe mayor will sign it on Friday.\n\nSCHOOLS\n\nSchools get more money.',
    );
    expect(removed(result, 'subhead')).toEqual(['What happens next', 'SCHOOLS']);
    expect(body(result)).toHaveLength(3);
  });

  it('keeps a short real sentence and a long unpunctuated line inside the prose', () => {
    const result = clean(
      'The council passed the budget on Wednesday.\n\nIt was late.\n\nThe mayor said the city would now hire more teachers and bus drivers than before\n\nSchools get more money.',
    );
    expect(removed(result, 'subhead')).toEqual([]);
    expect(body(result)).toHaveLength(4);
  });
});
