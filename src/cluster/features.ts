/**
 * What the clusterer reads from an article: for its title and each sentence,
 * the content stems and capitalised names with a weight (title and opening
 * sentences count more), a hash of the sentence to recognise text repeated
 * across articles, and the publication day. Computed from the article
 * alone, so it can run as articles arrive.
 */
import { isStopword } from '../analyse/stopwords.js';
import { stems, words } from '../analyse/tokens.js';
import type { Article } from '../types.js';
import { namesIn } from './names.js';

/** A title or sentence as the clusterer sees it. */
export interface FeaturePart {
  /** Hash of the sentence's words, for spotting template text; null for the title. */
  key: number | null;
  /** How much its terms count. */
  weight: number;
  /** Content stems (no function words, no bare numbers), repeats kept. */
  stems: string[];
  /** Lower-cased capitalised names; empty for lower-cased text. */
  names: string[];
}

/** An article as the clusterer sees it. */
export interface ArticleFeatures {
  id: string;
  /** Publication day as days since 1970-01-01, or null when the date is unknown. */
  day: number | null;
  /** The title (if any) and the sentences, in order. */
  parts: FeaturePart[];
}

/** How much the parts of an article count. */
export interface FeatureWeights {
  /** Weight of a title word. */
  title: number;
  /** Weight of a word in one of the first `leadSentences` sentences. */
  lead: number;
  leadSentences: number;
  /**
   * Whether to find capitalised names. Off by default, as the clusterer's
   * `namesWeight` is: on TDT 1998 they cost half a point of B-cubed F1 and
   * lower-cased text has none. Turn both on together.
   */
  names: boolean;
}

/**
 * A headline and the opening sentences state the event; later paragraphs
 * drift into background that neighbouring stories share.
 */
export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = { title: 3, lead: 2, leadSentences: 3, names: false };

/** The clusterer's view of `article`. */
export function articleFeatures(article: Article, weights: Partial<FeatureWeights> = {}): ArticleFeatures {
  const w = { ...DEFAULT_FEATURE_WEIGHTS, ...weights };
  const parts: FeaturePart[] = [];
  if (article.title !== null) {
    const titleWords = words(article.title);
    // Headlines capitalise every word, so a title's capitals are not evidence of names.
    const names = w.names && !isTitleCase(article.title) ? namesIn(article.title) : [];
    parts.push({ key: null, weight: w.title, stems: contentStems(titleWords, stems(titleWords)), names });
  }
  for (const sentence of article.sentences) {
    parts.push({
      key: hashWords(sentence.words),
      weight: sentence.index < w.leadSentences ? w.lead : 1,
      stems: contentStems(sentence.words, sentence.stems),
      names: w.names ? namesIn(sentence.text) : [],
    });
  }
  return { id: article.id, day: dayOf(article.published), parts };
}

function contentStems(w: readonly string[], s: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    if (word.length > 1 && hasLetter(word) && !isStopword(word)) out.push(s[i]!);
  }
  return out;
}

/** Whether `word` has a letter a-z: bare numbers (years, tallies) recur across unrelated stories. */
function hasLetter(word: string): boolean {
  // A loop, not /[a-z]/: a word usually starts with a letter, and a regular expression is a call into the engine.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function isTitleCase(text: string): boolean {
  const long = (text.match(/\p{L}+/gu) ?? []).filter((t) => t.length > 3);
  return long.length > 1 && long.every((t) => t[0] !== t[0]!.toLowerCase());
}

/**
 * 32-bit FNV-1a over the words: template text is recognised by its words,
 * whatever its punctuation or case. A rare collision only miscounts one
 * sentence.
 */
export function hashWords(list: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const word of list) {
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x20;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `YYYY-MM-DD` (or a longer ISO date) as a day number, or null. */
export function dayOf(date: string | null): number | null {
  if (date === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}
