import { describe, expect, it } from 'vitest';
import { body, clean, removed } from './helpers.js';

describe('dek rule', () => {
  it('removes a top line that a later paragraph repeats', () => {
    const result = clean(
      [
        'Council passes budget',
        'The mayor is unlikely to veto the budget, leaving opponents with few options.',
        'The council passed the budget on Wednesday after a long debate.',
        'So the mayor is unlikely to veto the budget, leaving opponents with few options and little time.',
      ].join('\n\n'),
    );
    expect(removed(result, 'dek')).toEqual([
      'The mayor is unlikely to veto the budget, leaving opponents with few options.',
    ]);
    expect(body(result)).toHaveLength(2);
  });

  it('keeps a lede that is not repeated', () => {
    const result = clean(
      'The council passed the budget on Wednesday.\n\nThe mayor said she would sign it.\n\nOpponents said the council had rushed the budget.',
    );
    expect(removed(result, 'dek')).toEqual([]);
  });

  it('only looks at the first few lines', () => {
    const lines = [
      'The council met on Wednesday.',
      'It debated for six hours.',
      'Members took a break at noon.',
      'The vote came late in the evening after a long debate.',
      'Then the vote came late in the evening after a long debate, as expected.',
    ];
    expect(removed(clean(lines.join('\n\n')), 'dek')).toEqual([]);
  });
});
