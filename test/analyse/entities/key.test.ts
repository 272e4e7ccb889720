import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../src/analyse/entities/key.js';

describe('name keys', () => {
  it('fold transliteration variants into one key', () => {
    expect(nameKey('Sergei Lavrov')).toBe(nameKey('Sergey Lavrov'));
    expect(nameKey('Khan Sheikhoun')).toBe(nameKey('Khan Sheikhun'));
    expect(nameKey('Muammar Gaddafi')).toBe(nameKey('Muammar Gadafi'));
  });

  it('drop Arabic articles, glued or standing alone', () => {
    expect(nameKey('Bashar al-Assad')).toBe(nameKey('Bashar Assad'));
    expect(nameKey('Bashar al Assad')).toBe(nameKey('Bashar Assad'));
  });

  it('ignore accents and possessives', () => {
    expect(nameKey('Emmanuel Macrón')).toBe(nameKey('Emmanuel Macron'));
    expect(nameKey("Lavrov's")).toBe(nameKey('Lavrov'));
  });

  it('keep different names apart', () => {
    expect(nameKey('Sergei Lavrov')).not.toBe(nameKey('Sergio Lavrov'));
    expect(nameKey('John Kerry')).not.toBe(nameKey('John Kirby'));
  });
});
