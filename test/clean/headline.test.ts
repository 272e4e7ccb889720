import { describe, expect, it } from 'vitest';
import { body, clean, removed } from './helpers.js';

describe('headline rule', () => {
  it('removes unrelated headlines above the lede and below the last paragraph', () => {
    const result = clean(
      [
        'City council passes budget after long night',
        'Mayor Vows To Fight Cuts To Libraries',
        'The Latest: Storm heads north toward the coast',
        'The council passed the budget at 2 a.m. on Wednesday.',
        'Opponents said they would challenge it in court.',
        "Smith's late goal lifts Rovers over United 2-1",
        'Local Bakery Wins National Prize For Sourdough Loaf',
      ].join('\n\n'),
    );
    expect(removed(result, 'title')).toEqual(['City council passes budget after long night']);
    expect(removed(result, 'headline')).toEqual([
      'Mayor Vows To Fight Cuts To Libraries',
      'The Latest: Storm heads north toward the coast',
      "Smith's late goal lifts Rovers over United 2-1",
      'Local Bakery Wins National Prize For Sourdough Loaf',
    ]);
    expect(body(result)).toEqual([
      'The council passed the budget at 2 a.m. on Wednesday.',
      'Opponents said they would challenge it in court.',
    ]);
  });

  it('removes the headline of a second story between the prose', () => {
    const result = clean(
      'The council passed the budget on Wednesday.\n\nRain Expected To Return By The Weekend\n\nForecasters said showers would start on Friday.',
    );
    expect(removed(result, 'headline')).toEqual(['Rain Expected To Return By The Weekend']);
  });

  it('keeps short body sentences and cut-off prose', () => {
    const result = clean(
      'The council passed the budget on Wednesday.\n\nIt was late.\n\nOpponents said they would challenge the decision in',
    );
    expect(removed(result, 'headline')).toEqual([]);
    expect(body(result)).toHaveLength(3);
  });

  it('keeps the items of a list a colon introduces', () => {
    const result = clean(
      'The plan has three parts, the mayor said:\n\nMore buses\n\nLower fares\n\nThe council will vote in May.',
    );
    expect(removed(result, 'headline')).toEqual([]);
    expect(removed(result, 'subhead')).toEqual([]);
  });

  it('keeps everything when no line reads as prose', () => {
    const result = clean('Budget passes\n\nMayor pleased\n\nOpponents angry');
    expect(result.removed).toEqual([]);
  });
});
