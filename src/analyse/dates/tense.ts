/**
 * Whether a date expression is reported (past) or announced (future), as
 * far as the words around it show: news reports are written in the past
 * ("confirmed Friday"), announcements in the future ("will meet Friday",
 * "is scheduled for Monday"). The nearest marker wins, so "said he will
 * meet Tuesday" reads as the future.
 */

const FUTURE =
  /\b(?:will|won't|shall|'ll|going to|plans?|planned|planning|scheduled|expected|due|next|upcoming|coming|set to|could|is to|are to|to be held|as soon as|as early as|ready to|preparing|intends?|aims? to)\b/giu;
const PAST = /\b(?:said|says|was|were|had|did|told|ago|earlier|last|yesterday|\w{3,}ed)\b/giu;
/** How far from the expression a tense marker counts. */
const REACH = 60;

/** Distance from [start, end) to the nearest match of `re` in `text`, or Infinity. */
function nearest(re: RegExp, text: string, start: number, end: number): number {
  let best = Number.POSITIVE_INFINITY;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const d = m.index >= end ? m.index - end : start - (m.index + m[0].length);
    if (d >= 0 && d < best) best = d;
  }
  return best;
}

/** The tense the words around [start, end) of `text` mark, or null when no marker is in reach. */
export function markedTense(text: string, start: number, end: number): 'past' | 'future' | null {
  const from = Math.max(0, start - REACH);
  const window = text.slice(from, Math.min(text.length, end + REACH));
  const future = nearest(FUTURE, window, start - from, end - from);
  // A future marker that looks past ("planned", "scheduled") is not a past one.
  const past = nearest(
    PAST,
    window.replace(FUTURE, (m) => ' '.repeat(m.length)),
    start - from,
    end - from,
  );
  if (future === Number.POSITIVE_INFINITY && past === Number.POSITIVE_INFINITY) return null;
  return future < past ? 'future' : 'past';
}

/** The tense the words around [start, end) of `text` give; 'past' when none does (news reports). */
export function tenseAt(text: string, start: number, end: number): 'past' | 'future' {
  return markedTense(text, start, end) ?? 'past';
}
