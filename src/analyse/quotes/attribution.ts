/**
 * Who a quotation is attributed to in its own sentence: the verb right
 * after it ("…," said X / "…," X said / "…," he told reporters), the verb
 * right before it (X told the council, "…" / X sneered: "…"), "according
 * to X", and for a partial quote the outermost attributing verb of its
 * sentence ("Lavrov also said that the two countries have a "common
 * interest"").
 */
import { isRoleHead } from '../entities/titles.js';
import { isCueAt, isParticiple, SPEAKER_PRONOUNS } from './cues.js';
import { accordingTo, type SentenceView, type SpeakerRef, speakerAfter, subjectBefore } from './phrases.js';
import type { QuoteSpan } from './spans.js';

/** How far from a quotation its attributing verb may stand. */
const WINDOW = 10;
/** After a quote the speaker's name, title and appositive come before the verb ("…," Rep. Jim Jordan (R-Ohio), an oversight panel member, said). */
const AFTER_WINDOW = 18;
/** Punctuation that ends a clause: an attribution does not reach across it. */
const CLAUSE_END = new Set(['.', '!', '?', ';']);
/** A sentence this short after a quote can be its attribution ("Graham asked."), split off by the splitter. */
const MAX_ATTRIBUTION_SENTENCE = 12;

/**
 * Whether token `i` ends a clause. A full stop inside a sentence that a
 * comma or a lower-case word follows closes an abbreviation ("R-Ky.,",
 * "Wis.)"), not a clause.
 */
function endsClause(tokens: SentenceView['tokens'], i: number): boolean {
  const t = tokens[i]!;
  if (!CLAUSE_END.has(t.text)) return false;
  if (t.text !== '.') return true;
  const next = tokens[i + 1];
  return next === undefined || !(next.text === ',' || next.text === ')' || (next.word && !next.cap));
}
/** Words after which a name is a complement, not a subject ("in Moscow", "with Lavrov"). */
const PREPOSITIONS = new Set(
  'in of to with for from at on by about against after before as than into over under like'.split(' '),
);

/** Words that open a subordinate clause before the main one. */
const SUBORDINATORS = new Set(
  'as when while after before although though if because since despite once until unless whereas'.split(' '),
);

/** What the attribution rules read. */
export interface AttributionContext {
  views: readonly SentenceView[];
  /** Whether mention `m` names a person (for the rules that only people satisfy). */
  isPerson: (m: number) => boolean;
}

/** Index of the first token starting at or after `offset`. */
export function tokenFrom(view: SentenceView, offset: number): number {
  const i = view.starts.findIndex((start) => start >= offset);
  return i === -1 ? view.tokens.length : i;
}

/** Index of the last token ending at or before `offset`. */
export function tokenBefore(view: SentenceView, offset: number): number {
  for (let i = view.tokens.length - 1; i >= 0; i--) if (view.ends[i]! <= offset) return i;
  return -1;
}

/** Whether the name `m` only qualifies what follows it: a possessive, or a name or role word right after. */
function qualifiesNext(view: SentenceView, m: number): boolean {
  const next = view.tokens[view.mentionEnd.indexOf(m) + 1];
  return next !== undefined && (next.lower === "'s" || next.cap || isRoleHead(next.lower));
}

/**
 * The subject of the clause that holds token `before`: its first name or
 * pronoun outside quotes and prepositional phrases, skipping names that only
 * qualify another ("Britain's" and "U.N." in "Britain's U.N. Ambassador
 * Matthew Rycroft").
 */
export function clauseSubject(view: SentenceView, sentence: number, before: number): SpeakerRef | null {
  // "As Lavrov and Tillerson sat down, Putin appeared": the main clause starts after the subordinate one.
  const comma = view.tokens.findIndex((t) => t.text === ',');
  const from = SUBORDINATORS.has(view.tokens[0]?.lower ?? '') && comma > 0 && comma < before ? comma + 1 : 0;
  for (let i = from; i < before; i++) {
    if (view.inQuote[i]) continue;
    const prev = view.tokens[i - 1];
    if (prev && PREPOSITIONS.has(prev.lower)) continue;
    const m = view.mentionStart[i];
    if (m !== undefined && !qualifiesNext(view, m)) return { kind: 'mention', mention: m };
    const gender = SPEAKER_PRONOUNS.get(view.tokens[i]!.lower);
    if (gender) return { kind: 'pronoun', sentence, token: i, gender };
  }
  return null;
}

/** The speaker of an attributing verb: its subject, or, after "and", the subject of the clause it continues. */
function speakerOfVerb(view: SentenceView, sentence: number, verb: number): SpeakerRef | null {
  if (isParticiple(view.tokens[verb]!.lower)) {
    // "footage of Hillary Clinton asking, "…"": the name right before the participle, else the clause's subject.
    const m = view.mentionEnd[verb - 1];
    return m !== undefined ? { kind: 'mention', mention: m } : clauseSubject(view, sentence, verb);
  }
  const subject = subjectBefore(view, sentence, verb);
  if (subject) return subject;
  let j = verb - 1;
  while (j >= 0 && view.tokens[j]!.word && !['and', 'but'].includes(view.tokens[j]!.lower) && verb - j < 4)
    j--;
  return j >= 0 && ['and', 'but'].includes(view.tokens[j]!.lower) ? clauseSubject(view, sentence, j) : null;
}

/** Whether a quotation ends as an utterance ("…,” / "…?” / "…” —"), after which an attribution may follow. */
function endsUtterance(views: readonly SentenceView[], q: QuoteSpan): boolean {
  const last = q.pieces[q.pieces.length - 1]!;
  // A nested quote may close with the outer one: `vote,'"` ends in a comma.
  const inside = views[last.sentence]!.text.slice(last.start, last.end)
    .trimEnd()
    .replace(/[‘’']+$/u, '');
  const after = views[q.close.sentence]!.text.slice(q.close.at).trimStart();
  return /[,.?!…:;—–-]$/u.test(inside) || /^[,—–―-]/u.test(after) || after === '';
}

/** Where a speaker phrase starts, as a token index. */
function refStart(ref: SpeakerRef, view: SentenceView): number {
  if (ref.kind === 'pronoun') return ref.token;
  if (ref.kind === 'nominal') return ref.start;
  return view.mentionStart.indexOf(ref.mention);
}

/** The attribution right after a quotation: "…," said X / "…," X said / "…," according to X. */
export function afterQuote(ctx: AttributionContext, q: QuoteSpan): SpeakerRef | null {
  if (!endsUtterance(ctx.views, q)) return null;
  let s = q.close.sentence;
  let view = ctx.views[s]!;
  let i = tokenFrom(view, q.close.at);
  const next = ctx.views[s + 1];
  if (
    i >= view.tokens.length &&
    next?.paragraph === view.paragraph &&
    next.tokens.length <= MAX_ATTRIBUTION_SENTENCE
  ) {
    s++;
    view = next;
    i = 0;
  }
  while (i < view.tokens.length && !view.tokens[i]!.word && !CLAUSE_END.has(view.tokens[i]!.text)) {
    if (view.inQuote[i + 1]) return null;
    i++;
  }
  const first = view.tokens[i];
  if (!first?.word || view.inQuote[i]) return null;
  if (isCueAt(view.tokens, i, false) && !isParticiple(first.lower)) return speakerAfter(view, s, i);
  const according = accordingTo(view, s, i);
  if (according) return according;
  for (let v = i + 1; v < view.tokens.length && v - i <= AFTER_WINDOW; v++) {
    if (view.inQuote[v] || endsClause(view.tokens, v)) break;
    if (!isCueAt(view.tokens, v, false)) continue;
    const ref = subjectBefore(view, s, v);
    return ref && refStart(ref, view) >= i ? ref : null;
  }
  return null;
}

/** The attribution right before a quotation: X said: "…" / X told the council, "…" / according to X, "…". */
export function beforeQuote(ctx: AttributionContext, q: QuoteSpan, partial: boolean): SpeakerRef | null {
  const s = q.open.sentence;
  const view = ctx.views[s]!;
  const last = tokenBefore(view, q.open.at);
  for (let v = last; v >= 0 && last - v <= WINDOW; v--) {
    const t = view.tokens[v]!;
    if (view.inQuote[v] || endsClause(view.tokens, v)) return null;
    if (t.lower === 'according') return accordingTo(view, s, v);
    if (!isCueAt(view.tokens, v, partial)) continue;
    const ref = speakerOfVerb(view, s, v);
    if (ref) return ref;
  }
  return null;
}

/**
 * The outermost attributing verb of the quotation's sentence, before it and
 * then after it: for partial quotes embedded in reported speech, and for
 * quotes whose verb stands further away than the adjacent rules look.
 */
export function inSentence(ctx: AttributionContext, q: QuoteSpan, partial: boolean): SpeakerRef | null {
  const s = q.open.sentence;
  const view = ctx.views[s]!;
  const last = tokenBefore(view, q.open.at);
  for (let v = 0; v <= last; v++) {
    if (view.inQuote[v] || !isCueAt(view.tokens, v, partial)) continue;
    const ref = speakerOfVerb(view, s, v);
    if (ref) return ref;
  }
  const after = ctx.views[q.close.sentence]!;
  for (let v = tokenFrom(after, q.close.at); v < after.tokens.length; v++) {
    if (after.inQuote[v] || !isCueAt(after.tokens, v, false)) continue;
    const prev = after.tokens[v - 1];
    return prev?.text === ','
      ? speakerAfter(after, q.close.sentence, v)
      : subjectBefore(after, q.close.sentence, v);
  }
  return null;
}

/**
 * A partial quote with no attributing verb takes the person the clause is
 * about ("Cruz exhorted Republicans to "vote your conscience""): the
 * clause's subject, when it is a person or "he"/"she". So does a full
 * quote a colon introduces.
 */
export function personSubject(ctx: AttributionContext, q: QuoteSpan, partial: boolean): SpeakerRef | null {
  const s = q.open.sentence;
  const view = ctx.views[s]!;
  // A full quote qualifies only when a colon introduces it ("Obama is rolling out a new message: "…"").
  if (!partial && !view.text.slice(0, q.open.at).trimEnd().endsWith(':')) return null;
  const ref = clauseSubject(view, s, tokenBefore(view, q.open.at) + 1);
  return isPersonRef(ctx, ref);
}

/** The reference when it names a person or is "he"/"she", else null. */
function isPersonRef(ctx: AttributionContext, ref: SpeakerRef | null): SpeakerRef | null {
  if (ref === null) return null;
  if (ref.kind === 'mention') return ctx.isPerson(ref.mention) ? ref : null;
  return ref.kind === 'pronoun' && (ref.gender === 'm' || ref.gender === 'f') ? ref : null;
}

/** A speaker introduced at the end of the previous sentence with a colon ("Caddell continued:"). */
export function colonBefore(ctx: AttributionContext, q: QuoteSpan): SpeakerRef | null {
  const s = q.open.sentence;
  const view = ctx.views[s]!;
  if (view.text.slice(0, q.open.at).trim() !== '' || s === 0) return null;
  const prev = ctx.views[s - 1]!;
  if (!prev.text.trimEnd().endsWith(':')) return null;
  for (let v = prev.tokens.length - 1; v >= 0 && prev.tokens.length - v <= WINDOW; v--) {
    if (prev.inQuote[v]) return null;
    if (isCueAt(prev.tokens, v, false)) return speakerOfVerb(prev, s - 1, v);
  }
  // "Sanders made the following comment:": the person the sentence is about.
  return isPersonRef(ctx, clauseSubject(prev, s - 1, prev.tokens.length));
}
