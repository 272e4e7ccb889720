/**
 * Summary evaluation: every cluster of a dataset summarised by newsbrief (or a
 * baseline) and scored with the project's ROUGE under a named protocol.
 */
export {
  BASELINE_NAMES,
  type BaselineName,
  baselineSummary,
  leadOrder,
  lexRankSummary,
  seededRandom,
} from './baselines.js';
export { fillBudget } from './budget.js';
export { type EvalPreset, type EvalSetting, PRESET_NAMES, PRESETS, type PresetName } from './presets.js';
export { describeTimes, formatSummarizeReport, median } from './report.js';
export {
  evaluateSummarizer,
  type SettingResult,
  type SummarizeEvalOptions,
  type SummarizeEvalResult,
  type SummaryOutput,
  type Timings,
} from './run.js';
