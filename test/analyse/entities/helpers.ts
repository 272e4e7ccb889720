import { articleMentions, type Mention, tokenizeAll } from '../../../src/analyse/entities/index.js';

/** The mentions of sentences given as texts. */
export function mentionsOf(...sentences: string[]): Mention[] {
  return articleMentions(tokenizeAll(sentences));
}

/** The mention written as `text`, or undefined. */
export function mention(list: readonly Mention[], text: string): Mention | undefined {
  return list.find((m) => m.text === text);
}
