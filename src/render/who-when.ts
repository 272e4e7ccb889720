/**
 * What the "Who said what" and "Timeline" sections of every format show:
 * quotes grouped by speaker (speakers in the order they first speak), each
 * speaker with the role the story's entities give.
 */
import type { Story, StoryQuote } from '../types.js';

/** One speaker's quotes. */
export interface SpeakerQuotes {
  speaker: string;
  role: string | null;
  quotes: StoryQuote[];
}

/** A story's quotes grouped by speaker, in order of first quote. */
export function quotesBySpeaker(story: Story): SpeakerQuotes[] {
  const groups = new Map<string, SpeakerQuotes>();
  for (const q of story.quotes) {
    let g = groups.get(q.speaker);
    if (g === undefined) {
      const entity = story.entities.find((e) => e.name === q.speaker);
      g = { speaker: q.speaker, role: entity?.role ?? null, quotes: [] };
      groups.set(q.speaker, g);
    }
    g.quotes.push(q);
  }
  return [...groups.values()];
}
