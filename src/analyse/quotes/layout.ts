/**
 * Attributions given by layout rather than by a verb: a name after a dash
 * ("…" ― Sonya Herridge), a name and a colon before the quote (Trump on
 * Twitter: "…" is left alone, "Caddell:" is not), the generic "…," NAME
 * VERB of a quote ending in a comma ("…," Blige sings to Clinton), and the
 * speaker label of a transcript paragraph ("PENCE: Well, look, …").
 */
import { lexiconTags } from '../entities/lexicon.js';
import { tokensText } from '../entities/tokens.js';
import { type AttributionContext, tokenBefore, tokenFrom } from './attribution.js';
import { SPEAKER_PRONOUNS } from './cues.js';
import type { SpeakerRef } from './phrases.js';
import type { QuoteSpan } from './spans.js';

const DASHES = new Set(['―', '—', '–', '-', '--']);
/** Tags of words that are verbs in compromise's lexicon. */
const VERB_TAGS = new Set(['PastTense', 'PresentTense']);

/** "…" ― Name: a name right after a dash that follows the closing mark. */
export function dashAfter(ctx: AttributionContext, q: QuoteSpan): SpeakerRef | null {
  const view = ctx.views[q.close.sentence]!;
  let i = tokenFrom(view, q.close.at);
  if (!DASHES.has(view.tokens[i]?.text ?? '')) return null;
  while (DASHES.has(view.tokens[i]?.text ?? '')) i++;
  const m = view.mentionStart[i];
  return m === undefined ? null : { kind: 'mention', mention: m };
}

/** Name: "…": a person's name and a colon right before the opening mark. */
export function labelBefore(ctx: AttributionContext, q: QuoteSpan): SpeakerRef | null {
  const view = ctx.views[q.open.sentence]!;
  const colon = tokenBefore(view, q.open.at);
  if (view.tokens[colon]?.text !== ':') return null;
  const m = view.mentionEnd[colon - 1];
  return m !== undefined && ctx.isPerson(m) ? { kind: 'mention', mention: m } : null;
}

/** "…," NAME VERB: a name or pronoun, then a verb, right after a quote that ends in a comma. */
export function subjectVerbAfter(ctx: AttributionContext, q: QuoteSpan): SpeakerRef | null {
  const last = q.pieces[q.pieces.length - 1]!;
  const inside = ctx.views[last.sentence]!.text.slice(last.start, last.end).trimEnd();
  if (!/[,?!]$/u.test(inside)) return null;
  const s = q.close.sentence;
  const view = ctx.views[s]!;
  const i = tokenFrom(view, q.close.at);
  const t = view.tokens[i];
  if (!t || view.inQuote[i]) return null;
  const gender = SPEAKER_PRONOUNS.get(t.lower);
  let ref: SpeakerRef | null = null;
  let next = i + 1;
  if (gender === 'm' || gender === 'f') ref = { kind: 'pronoun', sentence: s, token: i, gender };
  const m = view.mentionStart[i];
  if (m !== undefined && ctx.isPerson(m)) {
    ref = { kind: 'mention', mention: m };
    const end = view.mentionEnd.indexOf(m);
    if (end >= 0) next = end + 1;
  }
  const verb = view.tokens[next];
  if (ref === null || !verb?.word) return null;
  return lexiconTags(verb.lower).some((x) => VERB_TAGS.has(x)) ? ref : null;
}

/** A transcript paragraph's speaker label ("PENCE:", "MR. TRUMP:") for the quotes inside it. */
export function transcriptLabel(ctx: AttributionContext, q: QuoteSpan): SpeakerRef | null {
  const paragraph = ctx.views[q.open.sentence]!.paragraph;
  let s = q.open.sentence;
  while (s > 0 && ctx.views[s - 1]!.paragraph === paragraph) s--;
  const view = ctx.views[s]!;
  for (let token = 0; token <= 3 && token < view.tokens.length; token++) {
    const m = view.mentionStart[token];
    if (m === undefined) continue;
    const e = view.mentionEnd.indexOf(m);
    const end = e >= 0 ? e : token;
    const text = tokensText(view, token, end + 1);
    if (view.tokens[end + 1]?.text === ':' && text === text.toUpperCase() && /\p{Lu}{2}/u.test(text))
      return { kind: 'mention', mention: m };
  }
  return null;
}
