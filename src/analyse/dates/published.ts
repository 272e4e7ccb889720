/**
 * A publication date read from an article's own text when its metadata has
 * none. The strongest evidence is a photo caption's full date (AP writes
 * "Wednesday, April 12, 2017" in every caption) or a dated dateline; then
 * the latest full date the body reports as past (an article appears after
 * what it reports). Captions and datelines are in `article.removed`: taken
 * out of the body, still evidence.
 */
import type { Article } from '../../types.js';
import { isoDay } from './calendar.js';
import { parseDates } from './chrono.js';
import { tenseAt } from './tense.js';

/** A date read from the text, and where it came from. */
export interface TextDate {
  date: string;
  from: 'caption' | 'dateline' | 'body';
}

/** A year written out: chrono calls "today" certain to the day, but only a written year dates an article. */
const WRITTEN_YEAR = /\b(?:1[89]|20)\d\d\b/u;

/** Full dates (year, month and day all written) in a text that are not announced as future. */
function fullDates(text: string, reference: Date): Date[] {
  // Most sentences write no year; chrono is only asked about those that do.
  if (!WRITTEN_YEAR.test(text)) return [];
  return parseDates(text, reference)
    .filter((r) => WRITTEN_YEAR.test(r.text))
    .filter((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'))
    .filter((r) => tenseAt(text, r.index, r.index + r.text.length) === 'past')
    .map((r) => r.start.date());
}

function latest(dates: readonly Date[]): Date | null {
  return dates.length === 0 ? null : new Date(Math.max(...dates.map((d) => d.getTime())));
}

/** The publication date an article's text gives, or null when it gives none. */
export function textDate(
  article: Pick<Article, 'removed' | 'sentences'>,
  reference = new Date(),
): TextDate | null {
  for (const from of ['caption', 'dateline'] as const) {
    const texts = article.removed.filter((r) => r.reason === from).map((r) => r.text);
    const d = latest(texts.flatMap((t) => fullDates(t, reference)));
    if (d) return { date: isoDay(d), from };
  }
  const body = latest(article.sentences.flatMap((s) => fullDates(s.text, reference)));
  return body ? { date: isoDay(body), from: 'body' } : null;
}
