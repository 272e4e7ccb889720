/**
 * Dated events of one article: each sentence that reports something on a
 * date, with that date resolved against the publication date ("confirmed
 * Friday" in a report of Sunday 2 October is Friday 30 September). Without
 * a publication date only dates the text writes out can be placed.
 */
import type { Sentence } from '../../types.js';
import { parseDay } from './calendar.js';
import { findTimexes, type Timex } from './timex/index.js';

/** A sentence of an article and the date it reports. */
export interface DatedSentence {
  /** Index of the sentence in the article. */
  sentence: number;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  /** Whether the text writes the date out (rather than implying it from the publication date). */
  certain: boolean;
}

/**
 * Words without which a sentence holds no day or month, tested before any
 * parsing: a year alone or a week does not place an event on a timeline.
 * One word boundary before the alternatives (rather than one in each) lets
 * the scan run twice as fast; it matches the same.
 */
const DATE_WORDS =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|ago)\b|(?:january|february|march|april|june|july|august|september|october|november|december)\b|(?:last|this|next)\s+month\b|(?:thanksgiving|christmas|halloween)\b)/gi;
/** Values a timeline places: a day or a month (a year alone is background: "the 2014 annexation"). */
const CALENDAR_VALUE = /^\d{4}-\d{2}(?:-\d{2})?$/u;

/** A range of a sentence's text whose dates do not count (a quotation: the speaker's, not the report's). */
export interface Excluded {
  start: number;
  end: number;
}

/** How much text around a date word the parser sees: enough for "on Friday, April 12, 2017" and for tense. */
const REACH = 60;

/** A piece of a sentence handed to the parser, and where it sits. */
interface Window {
  sentence: number;
  /** Offset of the window in its sentence and in the joined text. */
  from: number;
  at: number;
  length: number;
}

/**
 * The text around the date words of the sentences, joined into one text:
 * one parse of a few windows costs far less than a parse per sentence, or
 * of whole sentences that are mostly about something else.
 */
function windows(sentences: readonly Pick<Sentence, 'text'>[]): { text: string; list: Window[] } {
  const list: Window[] = [];
  let text = '';
  sentences.forEach((s, i) => {
    // One scan per sentence: most sentences have no date word, and those that do need all of them.
    const spans: [number, number][] = [];
    DATE_WORDS.lastIndex = 0;
    for (let m = DATE_WORDS.exec(s.text); m !== null; m = DATE_WORDS.exec(s.text)) {
      const from = Math.max(0, m.index - REACH);
      const to = Math.min(s.text.length, m.index + m[0].length + REACH);
      const last = spans[spans.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else spans.push([from, to]);
    }
    for (const [from, to] of spans) {
      if (text !== '') text += '\n\n';
      list.push({ sentence: i, from, at: text.length, length: to - from });
      text += s.text.slice(from, to);
    }
  });
  return { text, list };
}

/** Whether a time expression can date a sentence on a timeline, outside its excluded ranges. */
function usable(t: Timex, at: number, excluded: readonly Excluded[], dated: boolean): string | null {
  if (t.type === 'DURATION' || t.type === 'SET') return null;
  if (excluded.some((x) => x.start < t.end - at && t.start - at < x.end)) return null;
  const value = t.value.slice(0, 10);
  // Without a publication date only what the text writes out can be placed.
  if (!CALENDAR_VALUE.test(value) || (!dated && !t.certain)) return null;
  return value;
}

/**
 * The dated sentences of an article, given its publication date
 * (`YYYY-MM-DD` or null): each sentence with the finest date it reports.
 * `excluded(i)` gives the ranges of sentence `i` whose dates do not count.
 */
export function datedSentences(
  sentences: readonly Pick<Sentence, 'text'>[],
  published: string | null,
  excluded: (sentence: number) => readonly Excluded[] = () => [],
): DatedSentence[] {
  const dct = published === null ? null : parseDay(published);
  const { text, list } = windows(sentences);
  if (text === '') return [];
  const timexes = findTimexes(text, dct ?? new Date(Date.UTC(2000, 0, 1, 12)), 'days');
  const best = new Map<number, DatedSentence>();
  for (const w of list) {
    for (const t of timexes) {
      if (t.start < w.at || t.end > w.at + w.length) continue;
      const value = usable(t, w.at - w.from, excluded(w.sentence), dct !== null);
      const current = best.get(w.sentence);
      if (value !== null && (current === undefined || value.length > current.date.length))
        best.set(w.sentence, { sentence: w.sentence, date: value, certain: t.certain });
    }
  }
  return [...best.values()].sort((a, b) => a.sentence - b.sentence);
}
