/**
 * The entity layer: names found in sentences, grouped into people,
 * organisations and places with their aliases and roles.
 */
import { properForms } from './chunks.js';
import { sentenceMentions } from './mentions.js';
import { type Token, tokenize } from './tokens.js';
import type { Mention } from './types.js';

export { nameKey } from './key.js';
export { type PlacedMention, resolveMentions } from './resolve.js';
export { type Token, tokenize } from './tokens.js';
export type { Entity, EntityType, Gender, Mention } from './types.js';

/** The mentions of an article's sentences (given as their texts and tokens), in reading order. */
export function articleMentions(texts: readonly string[], tokens: readonly Token[][]): Mention[] {
  const proper = properForms(tokens);
  const out: Mention[] = [];
  texts.forEach((text, i) => {
    for (const m of sentenceMentions(text, tokens[i]!, i, proper)) out.push(m);
  });
  return out;
}

/** Tokens of each sentence text. */
export function tokenizeAll(texts: readonly string[]): Token[][] {
  return texts.map(tokenize);
}
