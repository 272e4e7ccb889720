/**
 * Summarise every cluster of a dataset and score it with the project's ROUGE.
 * A dataset cluster is one story by definition, so it is not re-clustered:
 * its documents go through the stages `briefPile` runs (clean, analyse,
 * statements) and the whole cluster through `summarise`, the function every
 * story of a briefing is summarised with, the last sentence allowed to
 * overflow since ROUGE cuts. Baselines get the same analysed sentences.
 */
import { analyseArticle } from '../../analyse/article.js';
import { cleanDocument } from '../../clean/index.js';
import { findStatements } from '../../dedupe/statements.js';
import { type SummaryOptions, summarise } from '../../synthesise/summary/index.js';
import type { Article, Pile, Statement } from '../../types.js';
import { evaluateSystems, type RougeRun, type SystemReport } from '../rouge/index.js';
import { type BaselineName, baselineSummary } from './baselines.js';
import type { EvalPreset, EvalSetting } from './presets.js';

/** What to evaluate and how. */
export interface SummarizeEvalOptions {
  readonly preset: EvalPreset;
  /** Score a baseline instead of newsbrief. */
  readonly baseline?: BaselineName;
  /** Seed of the random baseline (default 1). */
  readonly seed?: number;
  /** Summarizer options (overflow is always on here). */
  readonly summary?: Partial<SummaryOptions>;
  /** Called after each cluster, for progress reports. */
  readonly onPile?: (done: number, total: number) => void;
}

/** One cluster's summary: its sentences in order. */
export interface SummaryOutput {
  readonly id: string;
  readonly sentences: readonly string[];
}

/** The scores and summaries of one setting of the preset. */
export interface SettingResult {
  readonly setting: EvalSetting;
  readonly report: SystemReport;
  readonly outputs: readonly SummaryOutput[];
}

/** Milliseconds per cluster, in dataset order (newsbrief only, first setting). */
export interface Timings {
  /** Cleaning and sentence analysis of the documents. */
  readonly analyse: readonly number[];
  /** Grouping sentences into statements (`findStatements`). */
  readonly statements: readonly number[];
  /** `summarise()` alone, on articles already analysed and grouped into statements. */
  readonly summarise: readonly number[];
  /** The whole cluster: clean, analyse, group statements, summarise. */
  readonly pile: readonly number[];
}

/** Everything one evaluation run produced. */
export interface SummarizeEvalResult {
  /** `newsbrief` or the baseline's name. */
  readonly system: string;
  readonly settings: readonly SettingResult[];
  readonly timings?: Timings;
  /** Piles left out, with why. */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
}

/** A cluster's documents as `briefPile` prepares them before summarising a story, and the time each step took. */
function prepare(pile: Pile): {
  articles: Article[];
  statements: Statement[];
  analysed: number;
  grouped: number;
} {
  const started = performance.now();
  const articles = pile.documents
    .map((d) => analyseArticle(cleanDocument(d)))
    .filter((a) => a.sentences.length > 0);
  const analysed = performance.now();
  const statements = findStatements(articles);
  return { articles, statements, analysed: analysed - started, grouped: performance.now() - analysed };
}

/** The whitespace-normalised sentence, so that one summary line is one sentence as ROUGE reads it. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Summarises and scores every pile that carries reference summaries; throws when none does. */
export function evaluateSummarizer(
  piles: readonly Pile[],
  options: SummarizeEvalOptions,
): SummarizeEvalResult {
  const { preset } = options;
  const scored = piles.filter((p) => p.references && p.references.length > 0);
  const skipped = piles
    .filter((p) => !(p.references && p.references.length > 0))
    .map((p) => ({ id: p.id, reason: 'no reference summaries ("refs")' }));
  if (scored.length === 0) throw new Error('nothing to score: no pile carries reference summaries ("refs")');
  const outputs = preset.settings.map((): SummaryOutput[] => []);
  const timings = {
    analyse: [] as number[],
    statements: [] as number[],
    summarise: [] as number[],
    pile: [] as number[],
  };
  const summary: Partial<SummaryOptions> = { ...options.summary, overflow: true };
  // The first cluster warms the caches and compiles the hot paths; its time
  // says nothing about a cluster's cost, so it is measured once more after.
  if (!options.baseline && scored[0]) {
    const warm = prepare(scored[0]);
    summarise(warm.articles, warm.statements, preset.settings[0]!.budget, summary);
  }

  scored.forEach((pile, done) => {
    const started = performance.now();
    const { articles, statements, analysed, grouped } = prepare(pile);
    if (options.baseline) {
      preset.settings.forEach((setting, k) => {
        const sentences = baselineSummary(options.baseline!, articles, {
          budget: setting.budget,
          overflow: true,
          seed: options.seed ?? 1,
          key: `${pile.id}:${setting.name}`,
        });
        outputs[k]!.push({ id: pile.id, sentences: sentences.map(oneLine) });
      });
    } else {
      preset.settings.forEach((setting, k) => {
        const t = performance.now();
        const sentences = summarise(articles, statements, setting.budget, summary);
        if (k === 0) {
          const now = performance.now();
          timings.analyse.push(analysed);
          timings.statements.push(grouped);
          timings.summarise.push(now - t);
          timings.pile.push(now - started);
        }
        outputs[k]!.push({ id: pile.id, sentences: sentences.map((s) => oneLine(s.text)) });
      });
    }
    options.onPile?.(done + 1, scored.length);
  });

  const clusters = scored.map((p) => ({ id: p.id, references: p.references! }));
  const system = options.baseline ?? 'newsbrief';
  const settings = preset.settings.map((setting, k): SettingResult => {
    const runs: RougeRun[] = outputs[k]!.map((o) => ({ system, clusterId: o.id, summary: o.sentences }));
    const [report] = evaluateSystems(clusters, runs, { limit: setting.limit });
    return { setting, report: report!, outputs: outputs[k]! };
  });
  return { system, settings, ...(options.baseline ? {} : { timings }), skipped };
}
