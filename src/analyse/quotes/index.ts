/**
 * The quotations of one article with their speakers: spans from the marks,
 * a speaker from the quote's own sentence when it has one, and otherwise
 * the speaker carried on from the quote before it (a follow-up quote in the
 * same paragraph, or a quote paragraph right after an attributed one).
 */
import {
  type AttributionContext,
  afterQuote,
  beforeQuote,
  clauseSubject,
  colonBefore,
  inSentence,
  personSubject,
} from './attribution.js';
import { dashAfter, labelBefore, subjectVerbAfter, transcriptLabel } from './layout.js';
import { isPartial, isTitle } from './partial.js';
import type { SpeakerRef } from './phrases.js';
import type { Piece, QuoteSource, QuoteSpan } from './spans.js';
import { type ResolvedSpeaker, resolveSpeaker, type SpeakerContext } from './speaker.js';

export { findQuoteSpans, type Piece, type QuoteSpan } from './spans.js';

/** How a speaker was found: the rule that named it, or carried on from the quote before. */
export type Evidence =
  | 'dash'
  | 'after'
  | 'before'
  | 'label'
  | 'colon'
  | 'sentence'
  | 'transcript'
  | 'subject'
  | 'carried';

/** One quotation of an article. */
export interface ArticleQuote {
  /** The quoted words (pieces joined; a trailing comma that belongs to the reporter's sentence dropped). */
  text: string;
  partial: boolean;
  pieces: Piece[];
  speaker: ResolvedSpeaker | null;
  evidence: Evidence | null;
  /** Index of the paragraph the quote opens in. */
  paragraph: number;
}

/** The quoted words of a span. */
export function quoteText(q: QuoteSpan, sentences: readonly QuoteSource[]): string {
  return q.pieces
    .map((p) => sentences[p.sentence]!.text.slice(p.start, p.end).trim())
    .join(' ')
    .replace(/\s*,$/u, '');
}

/** The rules that read a quote's own sentence, most specific first. */
const RULES: readonly [
  Evidence,
  (ctx: AttributionContext, q: QuoteSpan, partial: boolean) => SpeakerRef | null,
][] = [
  ['dash', dashAfter],
  ['after', afterQuote],
  ['after', subjectVerbAfter],
  ['before', beforeQuote],
  ['label', labelBefore],
  ['colon', colonBefore],
  ['sentence', inSentence],
  ['transcript', transcriptLabel],
  ['subject', personSubject],
];

/** Whether a mention names a person, as far as its entity shows. */
function personTest(ctx: SpeakerContext): (m: number) => boolean {
  return (m) => {
    const e = ctx.entities[ctx.entityOf[m]!]!;
    return e.type === 'person' || (e.type === null && ctx.mentions[m]!.hint === 'person');
  };
}

/** The speaker a quote's own sentence names, if any. */
function ownSpeaker(ctx: SpeakerContext, q: QuoteSpan, partial: boolean): [ResolvedSpeaker, Evidence] | null {
  const actx: AttributionContext = { views: ctx.views, isPerson: personTest(ctx) };
  for (const [evidence, rule] of RULES) {
    const ref = rule(actx, q, partial);
    const speaker = ref && resolveSpeaker(ctx, ref);
    if (speaker) return [speaker, evidence];
  }
  return null;
}

/** Whether a quote opens its paragraph (nothing but its mark before it). */
function opensParagraph(ctx: SpeakerContext, q: QuoteSpan): boolean {
  const view = ctx.views[q.open.sentence]!;
  const previous = ctx.views[q.open.sentence - 1];
  const first = previous === undefined || previous.paragraph !== view.paragraph;
  return first && view.text.slice(0, q.open.at).trim() === '';
}

/**
 * The speaker a quote without attribution inherits: the last attributed
 * quote of its paragraph, or, when it opens a paragraph, the last one of the
 * paragraph right before it (Kirby's follow-up paragraphs).
 */
function carried(ctx: SpeakerContext, q: QuoteSpan, done: readonly ArticleQuote[]): ResolvedSpeaker | null {
  const paragraph = ctx.views[q.open.sentence]!.paragraph;
  for (let i = done.length - 1; i >= 0; i--) {
    const prev = done[i]!;
    if (prev.paragraph === paragraph && prev.speaker) return prev.speaker;
    if (prev.paragraph === paragraph) continue;
    const lastPiece = prev.pieces[prev.pieces.length - 1]!;
    const ends = ctx.views[lastPiece.sentence]!.paragraph;
    return ends === paragraph - 1 && prev.speaker && opensParagraph(ctx, q) ? prev.speaker : null;
  }
  return null;
}

/**
 * A quote paragraph right after a paragraph without quotes takes the person
 * that paragraph ends on as its subject ("…Putin appeared on Russian TV and
 * issued his own dire assessment." then the quote paragraph).
 */
function introduced(
  ctx: SpeakerContext,
  q: QuoteSpan,
  done: readonly ArticleQuote[],
): ResolvedSpeaker | null {
  if (!opensParagraph(ctx, q) || q.open.sentence === 0) return null;
  const paragraph = ctx.views[q.open.sentence]!.paragraph;
  if (done.some((d) => d.paragraph === paragraph - 1)) return null;
  const s = q.open.sentence - 1;
  const view = ctx.views[s]!;
  if (view.paragraph !== paragraph - 1) return null;
  const ref = clauseSubject(view, s, view.tokens.length);
  if (ref?.kind !== 'mention' || !personTest(ctx)(ref.mention)) return null;
  return resolveSpeaker(ctx, ref);
}

/** Attributes every quotation span of an article. */
export function attributeQuotes(ctx: SpeakerContext, spans: readonly QuoteSpan[]): ArticleQuote[] {
  const sources = ctx.views;
  const out: ArticleQuote[] = [];
  for (const q of spans) {
    const text = quoteText(q, sources);
    if (isTitle(text)) continue;
    const partial = isPartial(q, text, sources);
    const own = ownSpeaker(ctx, q, partial);
    let speaker = own?.[0] ?? null;
    let evidence: Evidence | null = own?.[1] ?? null;
    if (speaker === null && !partial) {
      speaker = carried(ctx, q, out) ?? introduced(ctx, q, out);
      if (speaker) evidence = 'carried';
    }
    out.push({
      text,
      partial,
      pieces: q.pieces,
      speaker,
      evidence,
      paragraph: sources[q.open.sentence]!.paragraph,
    });
  }
  return out;
}
