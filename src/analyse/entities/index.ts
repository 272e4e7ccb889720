/**
 * The entity layer: names found in sentences, grouped into people,
 * organisations and places with their aliases and roles.
 */
import { properForms } from './chunks.js';
import { sentenceMentions } from './mentions.js';
import { type SentenceTokens, tokenize } from './tokens.js';
import type { Mention } from './types.js';

export { nameKey } from './key.js';
export { type PlacedMention, resolveMentions } from './resolve.js';
export { type SentenceTokens, type Token, tokenize, tokensText } from './tokens.js';
export type { Entity, EntityType, Gender, Mention } from './types.js';

/** The mentions of an article's tokenised sentences, in reading order. */
export function articleMentions(sentences: readonly SentenceTokens[]): Mention[] {
  const proper = properForms(sentences);
  const out: Mention[] = [];
  for (let i = 0; i < sentences.length; i++)
    for (const m of sentenceMentions(sentences[i]!, i, proper)) out.push(m);
  return out;
}

/** Tokens of each sentence text. */
export function tokenizeAll(texts: readonly string[]): SentenceTokens[] {
  return texts.map(tokenize);
}
