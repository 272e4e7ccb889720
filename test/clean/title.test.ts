import { describe, expect, it } from 'vitest';
import { body, clean, removed } from './helpers.js';

describe('title rule', () => {
  it('removes a first line that is a headline and keeps its text as the title', () => {
    const result = clean(
      'Storm closes schools across the region\n\nSchools in six districts closed on Monday as the storm hit.',
    );
    expect(removed(result, 'title')).toEqual(['Storm closes schools across the region']);
    expect(result.meta.title).toBe('Storm closes schools across the region');
  });

  it('takes a title-cased first line even with a full stop', () => {
    const result = clean(
      'Storm Closes Schools Across The Region.\n\nSchools in six districts closed on Monday.',
    );
    expect(removed(result, 'title')).toHaveLength(1);
  });

  it('keeps a first line that is a real sentence', () => {
    const result = clean('The council voted on Tuesday.\n\nIt was the third vote this year.');
    expect(removed(result, 'title')).toEqual([]);
    expect(result.meta.title).toBeNull();
    expect(body(result)).toHaveLength(2);
  });

  it('removes a first line equal to the metadata title', () => {
    const result = clean('The council voted.\n\nIt was the third vote this year.', 'The council voted');
    expect(removed(result, 'title')).toEqual(['The council voted.']);
  });

  it('removes the subheadline that continues the metadata title as the dek', () => {
    const result = clean(
      'Council backs the new budget;\nMayor says cuts will spare schools.\n\nThe council approved the budget on Tuesday.',
      'Council backs the new budget; Mayor says cuts will spare schools',
    );
    expect(removed(result, 'title')).toEqual(['Council backs the new budget;']);
    expect(removed(result, 'dek')).toEqual(['Mayor says cuts will spare schools.']);
    expect(result.meta.title).toBe('Council backs the new budget');
  });

  it('shows the title repaired', () => {
    const result = clean('Talks with rebels `on hold`: envoy\n\nThe envoy said the talks had stalled.');
    expect(result.meta.title).toBe('Talks with rebels ‘on hold’: envoy');
  });

  it('needs prose below it: a lone line is not a title', () => {
    expect(removed(clean('Storm closes schools across the region'), 'title')).toEqual([]);
  });

  it('does not take a dateline paragraph for a title', () => {
    const result = clean('WASHINGTON (AP) — Senators met\n\nThey talked for three hours about the budget.');
    expect(removed(result, 'title')).toEqual([]);
  });
});
