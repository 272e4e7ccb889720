/**
 * Whether a date expression is reported (past) or announced (future), as
 * far as the words around it show: news reports are written in the past
 * ("confirmed Friday"), announcements in the future ("will meet Friday",
 * "is scheduled for Monday"). The nearest marker wins, so "said he will
 * meet Tuesday" reads as the future.
 */

const FUTURE_SOURCE = String.raw`\b(?:will|won't|shall|'ll|going to|plans?|planned|planning|scheduled|expected|due|next|upcoming|coming|set to|could|is to|are to|to be held|as soon as|as early as|ready to|preparing|intends?|aims? to)\b`;
const PAST_SOURCE = String.raw`\b(?:said|says|was|were|had|did|told|ago|earlier|last|yesterday|\w{3,}ed)\b`;
/** The markers as Unicode patterns: case folding and \w also take "ſ" (s) and "K" (Kelvin, k). */
const UNICODE = { future: new RegExp(FUTURE_SOURCE, 'giu'), past: new RegExp(PAST_SOURCE, 'giu') };
/**
 * The same markers without the u flag, three times faster: they match alike on any text without those
 * two letters, the only ones outside ASCII that fold to an ASCII letter.
 */
const ASCII = { future: new RegExp(FUTURE_SOURCE, 'gi'), past: new RegExp(PAST_SOURCE, 'gi') };
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;
/** How far from the expression a tense marker counts. */
const REACH = 60;

/** Distance from [start, end) to a match at `index` of `length`; negative when they overlap. */
function distance(index: number, length: number, start: number, end: number): number {
  return index >= end ? index - end : start - (index + length);
}

/**
 * The future markers (`pattern`) around [start, end) of a window: the nearest one's distance, and the
 * window with all of them blanked. One scan does both.
 */
function futureMarkers(
  pattern: RegExp,
  window: string,
  start: number,
  end: number,
): { future: number; masked: string } {
  let future = Number.POSITIVE_INFINITY;
  let masked = '';
  let done = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
    const d = distance(m.index, m[0].length, start, end);
    if (d >= 0 && d < future) future = d;
    masked += window.slice(done, m.index) + ' '.repeat(m[0].length);
    done = m.index + m[0].length;
  }
  return { future, masked: done === 0 ? window : masked + window.slice(done) };
}

/** Distance from [start, end) to the nearest past marker (`pattern`) of `text`, or Infinity. */
function nearestPast(pattern: RegExp, text: string, start: number, end: number): number {
  let best = Number.POSITIVE_INFINITY;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const d = distance(m.index, m[0].length, start, end);
    if (d >= 0 && d < best) best = d;
  }
  return best;
}

/**
 * The tense the words around [start, end) of `text` mark, or null when no marker is in reach.
 * `needPast` false answers null instead of 'past' when no future marker is in reach, without looking
 * for a past one (the scan that costs most): for callers to whom both mean the same.
 */
function tense(text: string, start: number, end: number, needPast: boolean): 'past' | 'future' | null {
  const from = Math.max(0, start - REACH);
  const window = text.slice(from, Math.min(text.length, end + REACH));
  const markers = FOLDS_TO_ASCII.test(window) ? UNICODE : ASCII;
  const { future, masked } = futureMarkers(markers.future, window, start - from, end - from);
  if (future === Number.POSITIVE_INFINITY && !needPast) return null;
  // A future marker that looks past ("planned", "scheduled") is not a past one: it is blanked first.
  const past = nearestPast(markers.past, masked, start - from, end - from);
  if (future === Number.POSITIVE_INFINITY && past === Number.POSITIVE_INFINITY) return null;
  return future < past ? 'future' : 'past';
}

/** The tense the words around [start, end) of `text` mark, or null when no marker is in reach. */
export function markedTense(text: string, start: number, end: number): 'past' | 'future' | null {
  return tense(text, start, end, true);
}

/** The tense the words around [start, end) of `text` give; 'past' when none does (news reports). */
export function tenseAt(text: string, start: number, end: number): 'past' | 'future' {
  // Without a future marker the answer is 'past' whatever the past markers say.
  return tense(text, start, end, false) ?? 'past';
}
