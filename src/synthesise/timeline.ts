/**
 * A story's timeline: the sentences that report something on a date, the
 * same event reported by several outlets merged (through the statements of
 * the dedupe stage) into one entry citing them all, earliest first.
 */
import { eventsOf } from '../analyse/enrich.js';
import type { Article, Statement, TimelineEvent } from '../types.js';

interface Entry extends TimelineEvent {
  order: number;
}

/** The timeline of a story's articles; `statements` are the story's own. */
export function storyTimeline(
  articles: readonly Article[],
  statements: readonly Statement[],
): TimelineEvent[] {
  const statementOf = new Map<string, number>();
  statements.forEach((st, i) => {
    for (const id of st.sentences) statementOf.set(id, i);
  });
  const byKey = new Map<string, Entry>();
  let order = 0;
  for (const a of articles) {
    for (const e of eventsOf(a)) {
      const sentence = a.sentences[e.sentence]!;
      const st = statementOf.get(sentence.id);
      const key = st === undefined ? sentence.id : `statement:${st}`;
      const entry = byKey.get(key);
      if (entry === undefined) {
        byKey.set(key, {
          date: e.date,
          certain: e.certain,
          text: sentence.text,
          citations: [sentence.id],
          order: order++,
        });
        continue;
      }
      entry.citations.push(sentence.id);
      // Outlets agree on the event; the finer or written-out date wins.
      if (
        e.date.length > entry.date.length ||
        (e.certain && !entry.certain && e.date.length === entry.date.length)
      ) {
        entry.date = e.date;
        entry.certain = e.certain;
      }
    }
  }
  return [...byKey.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order))
    .map(({ order: _order, ...event }) => event);
}
