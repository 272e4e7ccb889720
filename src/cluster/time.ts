/**
 * How much the gap in days between an article and a story's latest article
 * discounts their similarity. A story runs for weeks with follow-ups days or
 * weeks apart, so gaps up to `graceDays` cost nothing; past that the
 * similarity halves every `halfLifeDays`, so the same topic months later
 * (another election, another summit) needs near-identical wording to join.
 */

/** The time-decay parameters. */
export interface TimeDecay {
  /** A gap up to this many days is not discounted. */
  graceDays: number;
  /** Past the grace period, similarity halves every this many days. */
  halfLifeDays: number;
}

/** Defaults: follow-ups within three weeks join freely; two months past that quarter the score. */
export const DEFAULT_TIME_DECAY: TimeDecay = { graceDays: 21, halfLifeDays: 30 };

/** The factor (0, 1] applied to a similarity for an article `gapDays` from the story; 1 when either is undated. */
export function timeFactor(
  day: number | null,
  storyFirst: number | null,
  storyLast: number | null,
  decay: TimeDecay,
): number {
  if (day === null || storyFirst === null || storyLast === null) return 1;
  // An article dated inside the story's span (a late-arriving report) has no gap.
  const gap = day > storyLast ? day - storyLast : day < storyFirst ? storyFirst - day : 0;
  const excess = gap - decay.graceDays;
  return excess <= 0 ? 1 : 0.5 ** (excess / decay.halfLifeDays);
}
