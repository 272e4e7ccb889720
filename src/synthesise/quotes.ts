/**
 * A story's quotes: every attributed quotation of its articles, the speaker
 * named as the story's entities name it, and the same words in several
 * outlets merged into one quote citing them all. A partial quote whose
 * words a full quote of the same speaker holds is that quote.
 */
import { whoOf } from '../analyse/enrich.js';
import { words } from '../analyse/tokens.js';
import type { Article, StoryQuote } from '../types.js';
import { type StoryResolution, storyEntityOf } from './entities.js';

interface Collected extends StoryQuote {
  /** The quote's words joined by spaces, with a space either side: containment is then one substring search. */
  key: string;
}

/** Whether the words of key `short` (none: never) run inside those of key `long`. */
function contains(long: string, short: string): boolean {
  return short.length > 2 && long.includes(short);
}

/** Whether two quotes of one speaker are the same words (one outlet may quote fewer of them). */
function same(a: Collected, b: Collected): boolean {
  return a.speaker === b.speaker && (contains(a.key, b.key) || contains(b.key, a.key));
}

/** The quotes of a story's articles, merged across outlets, in reading order. */
export function storyQuotes(articles: readonly Article[], r: StoryResolution): StoryQuote[] {
  const out: Collected[] = [];
  articles.forEach((a, i) => {
    for (const q of whoOf(a).quotes) {
      if (q.speaker === null) continue;
      const entity = q.speaker.entity === null ? null : storyEntityOf(r, articles, i, q.speaker.entity);
      const quote: Collected = {
        speaker: entity?.name ?? q.speaker.name,
        text: q.text,
        partial: q.partial,
        citations: [...new Set(q.pieces.map((p) => a.sentences[p.sentence]!.id))],
        key: ` ${words(q.text).join(' ')} `,
      };
      const earlier = out.find((o) => same(o, quote));
      if (earlier === undefined) {
        out.push(quote);
        continue;
      }
      // Keep the fuller wording; cite both.
      if (quote.key.length > earlier.key.length) {
        earlier.text = quote.text;
        earlier.key = quote.key;
      }
      earlier.partial = earlier.partial && quote.partial;
      earlier.citations = [...new Set([...earlier.citations, ...quote.citations])];
    }
  });
  return out.map(({ key: _key, ...quote }) => quote);
}
