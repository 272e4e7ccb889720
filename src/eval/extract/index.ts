/**
 * Article-extraction evaluation as the Zyte/Scrapinghub benchmark scores it:
 * precision, recall and F1 over token 4-gram shingles of the extracted body,
 * averaged per page (`score.ts` documents the exact rules), with newsbrief's
 * extractor and Readability.js alone run side by side.
 */
export { readabilityText } from './baseline.js';
export { BenchmarkInputError, type BenchmarkPage, parseBenchmark } from './benchmark.js';
export { extractionReportJson, formatExtractionReport, type ReportOptions } from './report.js';
export { type ExtractionSystem, type PageResult, runSystems, type SystemRun } from './run.js';
export {
  benchmarkTokens,
  type CorpusScores,
  corpusScores,
  type PageCounts,
  pageCounts,
  pageF1,
  pagePrecision,
  pageRecall,
  sameTokens,
  shingles,
} from './score.js';
export { BASELINES, newsbriefSystem, readabilitySystem } from './systems.js';
