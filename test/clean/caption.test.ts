import { describe, expect, it } from 'vitest';
import { captionPrefixEnd, isCaption } from '../../src/clean/rules/caption.js';
import { body, clean, removed } from './helpers.js';

describe('isCaption', () => {
  it.each([
    'Map showing the flooded districts of the city.',
    'Photo: Firefighters at the scene on Sunday.',
    'Image copyright Getty Images',
    'Rescue workers search the rubble in Izmir. (AP Photo/Emre Tazegul)',
    'Protesters gather outside parliament. REUTERS/Jane Smith',
    'Chip Somodevilla/Getty Images',
    'The mayor speaks during a news conference at City Hall, Tuesday, May 2, 2017, in Boston.',
    'In this March 3, 2016, photo, a farmer walks through his field near Fresno, Calif.',
    'Satellite image showing the damaged runway.',
  ])('is a caption: %s', (text) => {
    expect(isCaption(text)).toBe(true);
  });

  it.each([
    'Officials released a photo of the suspect on Tuesday.',
    'A photo of the damage was shared widely, officials said.',
    'Photos showed the building had collapsed, officials said.',
    'Video showing the attack was shared on social media.',
    'The mayor said on Tuesday, May 2, 2017, that the budget was final.',
    'He sold the images to Getty Images, which licensed them to newspapers.',
  ])('is not a caption: %s', (text) => {
    expect(isCaption(text)).toBe(false);
  });

  it('finds a caption glued before a paragraph', () => {
    const text =
      'Firefighters at the scene. (Photo: Jane Roe) The fire started on Sunday night, officials said.';
    const end = captionPrefixEnd(text);
    expect(text.slice(0, end!)).toBe('Firefighters at the scene. (Photo: Jane Roe)');
  });

  it('does not cut several sentences of prose before a credit', () => {
    const text =
      'The fire started on Sunday. It spread fast. Crews arrived late. A firefighter at the scene. (Photo: Jane Roe) More follows.';
    expect(captionPrefixEnd(text)).toBeNull();
  });
});

describe('caption rule', () => {
  it('removes caption lines and glued captions, keeping the prose', () => {
    const result = clean(
      'The fire started on Sunday night, officials said.\n\nMap showing the burned area.\n\nFirefighters at the scene. (Photo: Jane Roe) Crews worked through the night.',
    );
    expect(removed(result, 'caption')).toEqual([
      'Map showing the burned area.',
      'Firefighters at the scene. (Photo: Jane Roe)',
    ]);
    expect(body(result)).toEqual([
      'The fire started on Sunday night, officials said.',
      'Crews worked through the night.',
    ]);
  });
});
