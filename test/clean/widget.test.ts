import { describe, expect, it } from 'vitest';
import { isWidget } from '../../src/clean/rules/widget.js';
import { body, clean, removed } from './helpers.js';

describe('isWidget', () => {
  it.each([
    'Recommended For You',
    'Read more',
    'READ MORE: Council votes on the budget',
    'Advertisement',
    'Share this article',
    'Follow us on Twitter',
    'Sign up for our daily newsletter',
    'Click here to subscribe',
    'Related:',
    'Related: Council votes on the budget',
    'Comments',
    '12 Comments',
    'Story continues below advertisement',
    'Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    'Tags: budget, council',
    'Story highlights',
    'Media playback is unsupported on your device',
  ])('is a widget: %s', (text) => {
    expect(isWidget(text)).toBe(true);
  });

  it.each([
    'Comments by the minister angered the opposition.',
    'Follow-up talks are planned for May.',
    'Related to the case, two men were arrested.',
    'Copyright lawsuits have risen, the report said.',
    'Share prices fell 3 percent on Monday.',
    'Advertisement spending rose for the third year.',
  ])('is not a widget: %s', (text) => {
    expect(isWidget(text)).toBe(false);
  });
});

describe('widget rule', () => {
  it('removes widget lines wherever they stand', () => {
    const result = clean(
      'The council approved the budget on Tuesday.\n\nAdvertisement\n\nThe vote was close.\n\nRecommended For You\n\nShare this article',
    );
    expect(removed(result, 'widget')).toEqual(['Advertisement', 'Recommended For You', 'Share this article']);
    expect(body(result)).toEqual(['The council approved the budget on Tuesday.', 'The vote was close.']);
  });
});
