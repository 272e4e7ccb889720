/**
 * ROUGE faithful to ROUGE-1.5.5.pl, R-SU4 and summary-level R-L
 * with the script's tokeniser, Porter variant and WordNet exceptions, length
 * cut-offs, multi-reference combination (`-f A`) and bootstrap intervals.
 * `scoreSummary` scores one summary; `evaluateSystems` a corpus of systems.
 */
export { type BootstrapOptions, type Estimate, estimate, PerlRandom } from './bootstrap.js';
export {
  type EvaluateOptions,
  evaluateSystems,
  type MetricEstimate,
  type RougeCluster,
  type RougeRun,
  type SystemReport,
} from './evaluate.js';
export { parseExceptionLists, wordnetExceptions } from './exceptions.js';
export { IdMatcher, type IdResolution, normaliseId } from './ids.js';
export {
  parseReferences,
  parseSummaries,
  type ReferenceRecord,
  RougeInputError,
  type SummaryRecord,
} from './input.js';
export { rougePorterStem } from './porter.js';
export { formatRougeTable, rougeFlags } from './report.js';
export { perlRound } from './round.js';
export {
  type AnalysedSummary,
  METRIC_LABELS,
  type MetricScore,
  ROUGE_METRICS,
  type RougeMetric,
  type RougeOptions,
  RougeScorer,
  type RougeScores,
  SKIP_GAP,
  scoreSummary,
} from './score.js';
export { type LengthLimit, readSentences, rougeTokens, type SummaryText } from './text.js';
