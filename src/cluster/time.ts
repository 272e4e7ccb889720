/**
 * How the gap in days between an article and a story discounts, or raises,
 * their similarity. Reports of one event cluster in time: on TDT 1998 a
 * candidate story last fed the same day or the day before is the right one
 * about four times in five, one fed two days to two weeks before about
 * half the time. So a gap under `nearDays` raises the similarity a little;
 * gaps up to `graceDays` cost nothing, since a story runs for weeks with
 * follow-ups days or weeks apart; past that the similarity halves every
 * `halfLifeDays`, so the same topic months later (another election,
 * another summit) needs near-identical wording to join.
 * Undated articles and stories are neither raised nor discounted.
 */

/** The time-decay parameters. */
export interface TimeDecay {
  /** A gap up to this many days is not discounted. */
  graceDays: number;
  /** Past the grace period, similarity halves every this many days. */
  halfLifeDays: number;
  /** A gap of 0 days multiplies similarity by 1 + nearBoost... */
  nearBoost: number;
  /** ...falling linearly to no boost at a gap of this many days. */
  nearDays: number;
}

/**
 * Defaults: the same day counts 25% more, the next day 17%, two days 8%;
 * follow-ups within three weeks join freely; two months past that quarter
 * the score.
 */
export const DEFAULT_TIME_DECAY: TimeDecay = {
  graceDays: 21,
  halfLifeDays: 30,
  nearBoost: 0.25,
  nearDays: 3,
};

/** The factor (0, 1 + nearBoost] applied to a similarity for an article `gapDays` from the story; 1 when either is undated. */
export function timeFactor(
  day: number | null,
  storyFirst: number | null,
  storyLast: number | null,
  decay: TimeDecay,
): number {
  if (day === null || storyFirst === null || storyLast === null) return 1;
  // An article dated inside the story's span (a late-arriving report) has no gap.
  const gap = day > storyLast ? day - storyLast : day < storyFirst ? storyFirst - day : 0;
  if (gap < decay.nearDays) return 1 + decay.nearBoost * (1 - gap / decay.nearDays);
  const excess = gap - decay.graceDays;
  return excess <= 0 ? 1 : 0.5 ** (excess / decay.halfLifeDays);
}
