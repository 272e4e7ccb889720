/**
 * Who said what in one article: tokens, quotation spans, names (flagged when
 * they stand inside a quotation), the article's entities, and the quotes
 * with their resolved speakers. Everything works on the sentences' shown
 * text; offsets map back to the original through `offsets.ts`.
 */
import {
  articleMentions,
  type Entity,
  type Mention,
  resolveMentions,
  type SentenceTokens,
  tokenizeAll,
} from './entities/index.js';
import { type ArticleQuote, attributeQuotes, findQuoteSpans, type QuoteSpan } from './quotes/index.js';
import type { SentenceView } from './quotes/phrases.js';
import type { SpeakerContext } from './quotes/speaker.js';

/** The who-said-what analysis of one article. */
export interface WhoAnalysis {
  tokens: SentenceTokens[];
  mentions: Mention[];
  /** The article's own entities (a story merges them across articles). */
  entities: Entity[];
  /** Entity index of each mention. */
  entityOf: number[];
  quotes: ArticleQuote[];
  /** Names in the article's photo captions (`sentence` indexes the captions): aliases, not mentions. */
  captionMentions: Mention[];
  /** The context speakers were resolved in, for resolving other phrases the same way. */
  context: SpeakerContext;
}

/** The sentence fields this analysis reads. */
export interface WhoSentence {
  text: string;
  paragraph: number;
}

/** Per sentence, per token: whether the token lies inside a quotation. */
function quoteMask(tokens: readonly SentenceTokens[], spans: readonly QuoteSpan[]): boolean[][] {
  const mask = tokens.map((s) => new Array<boolean>(s.tokens.length).fill(false));
  for (const q of spans)
    for (const p of q.pieces) {
      const { starts, ends } = tokens[p.sentence]!;
      const inQuote = mask[p.sentence]!;
      for (let i = 0; i < starts.length; i++)
        if (starts[i]! >= p.start && ends[i]! <= p.end) inQuote[i] = true;
    }
  return mask;
}

/** The index of `offset` in token offsets (`starts` or `ends` of a sentence, ascending), or -1. */
function tokenAt(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = offsets[mid]!;
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Sentence views for the attribution rules: tokens, quote mask, and where names start and end. */
function views(
  sentences: readonly WhoSentence[],
  tokens: readonly SentenceTokens[],
  mask: boolean[][],
  mentions: readonly Mention[],
  bounds: readonly { first: number; last: number }[],
): SentenceView[] {
  const out: SentenceView[] = sentences.map((s, i) => ({
    text: s.text,
    tokens: tokens[i]!.tokens,
    starts: tokens[i]!.starts,
    ends: tokens[i]!.ends,
    inQuote: mask[i]!,
    paragraph: s.paragraph,
    mentionStart: [],
    mentionEnd: [],
  }));
  mentions.forEach((m, k) => {
    const view = out[m.sentence]!;
    const { first, last } = bounds[k]!;
    if (first >= 0) view.mentionStart[first] = k;
    if (last >= 0) view.mentionEnd[last] = k;
  });
  return out;
}

/** Analyses one article's sentences, and the names in its captions (`captions`: their texts). */
export function analyseWho(sentences: readonly WhoSentence[], captions: readonly string[] = []): WhoAnalysis {
  const texts = sentences.map((s) => s.text);
  const tokens = tokenizeAll(texts);
  const spans = findQuoteSpans(sentences);
  const mask = quoteMask(tokens, spans);
  const mentions = articleMentions(tokens);
  // The tokens each name starts and ends on (-1 for a name that starts or ends inside a token: "US-Russia").
  const bounds = mentions.map((m) => ({
    first: tokenAt(tokens[m.sentence]!.starts, m.start),
    last: tokenAt(tokens[m.sentence]!.ends, m.end),
  }));
  mentions.forEach((m, k) => {
    const first = bounds[k]!.first;
    m.inQuote = first >= 0 && mask[m.sentence]![first]!;
  });
  const { entities, entityOf } = resolveMentions(
    mentions.map((mention) => ({ mention, article: 0, counted: true })),
  );
  const context: SpeakerContext = {
    views: views(sentences, tokens, mask, mentions, bounds),
    mentions,
    entities,
    entityOf,
  };
  const captionMentions = articleMentions(tokenizeAll(captions));
  return {
    tokens,
    mentions,
    entities,
    entityOf,
    quotes: attributeQuotes(context, spans),
    captionMentions,
    context,
  };
}
