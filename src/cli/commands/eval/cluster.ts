import { writeFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError } from 'commander';
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS } from '../../../cluster/index.js';
import { parseClusterLabels, runClusterEval } from '../../../eval/cluster/index.js';
import { positiveInt } from '../../usage.js';
import { parseEvalFile, percent, readEvalFile } from './read-eval-file.js';

interface ClusterFlags {
  out?: string;
  json?: boolean;
  threshold?: number;
  maxStories?: number;
  options?: Partial<ClusterOptions>;
}

/** `newsbrief eval cluster <docs.jsonl>`: online story clustering against gold stories. */
export function registerCluster(evalCommand: Command): void {
  evalCommand
    .command('cluster')
    .description(
      'cluster a labelled stream online, in file order, and score it: B-cubed and pairwise precision, recall, F1',
    )
    .argument(
      '<docs>',
      'JSON Lines of {"id","date","title","text","cluster","all_clusters"?} in stream order',
    )
    .option('-o, --out <file>', 'write the predicted story of every document as {"id","story"} lines')
    .option('--json', 'print machine-readable results')
    .option('--threshold <x>', `join score (default ${DEFAULT_CLUSTER_OPTIONS.threshold})`, score)
    .option(
      '--max-stories <n>',
      `stories in the window (default ${DEFAULT_CLUSTER_OPTIONS.maxStories})`,
      positiveInt,
    )
    .option(
      '--options <json>',
      'any other clusterer options as JSON, e.g. \'{"namesWeight":0.3}\' (see ClusterOptions)',
      clusterOptions,
    )
    .addHelpText(
      'after',
      '\nDocuments are read, cleaned and analysed as `newsbrief brief` does, then clustered one at a time in the\n' +
        'order of the file. A document on two gold stories (all_clusters) counts as rightly placed with either.\n' +
        'Timings: analysis, and features + clustering apart; clustering is single-threaded wall-clock time.',
    )
    .action(async (file: string, flags: ClusterFlags) => {
      const text = await readEvalFile(file);
      const gold = parseEvalFile(parseClusterLabels, text, file);
      const options: Partial<ClusterOptions> = {
        ...flags.options,
        ...(flags.threshold !== undefined ? { threshold: flags.threshold } : {}),
        ...(flags.maxStories !== undefined ? { maxStories: flags.maxStories } : {}),
      };
      const run = runClusterEval(file, text, gold, options);
      if (flags.out !== undefined) {
        const lines = run.predictions.map((p) => JSON.stringify({ id: p.id, story: p.story }));
        await writeFile(flags.out, `${lines.join('\n')}\n`);
      }
      const { scores: s, timings: t } = run;
      const n = s.documents;
      const clusterPerSecond = n / ((t.featuresMs + t.clusteringMs) / 1000);
      if (flags.json) {
        const out = {
          ...s,
          unread: run.unread,
          timings: t,
          clusterArticlesPerSecond: Math.round(clusterPerSecond),
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const ms = (x: number): string => (x / n).toFixed(3);
      process.stdout.write(
        [
          `${file}: ${n} documents, ${s.goldClusters} gold stories, ${s.predictedClusters} predicted` +
            (run.unread > 0 ? ` (${run.unread} unreadable documents scored as stories of their own)` : ''),
          `B-cubed   P ${percent(s.bcubed.precision)}  R ${percent(s.bcubed.recall)}  F1 ${percent(s.bcubed.f1)}`,
          `pairwise  P ${percent(s.pairwise.precision)}  R ${percent(s.pairwise.recall)}  F1 ${percent(s.pairwise.f1)}`,
          `time      analysis ${ms(t.analysisMs)} ms/doc; features ${ms(t.featuresMs)} + clustering ${ms(t.clusteringMs)} ms/doc` +
            ` (${Math.round(clusterPerSecond).toLocaleString('en-US')} docs/s)`,
          '',
        ].join('\n'),
      );
    });
}

function score(value: string): number {
  const x = Number(value);
  if (!Number.isFinite(x) || x < 0 || x > 1)
    throw new InvalidArgumentError(`expected a number from 0 to 1, got '${value}'`);
  return x;
}

function clusterOptions(value: string): Partial<ClusterOptions> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new InvalidArgumentError(`expected a JSON object, got '${value}'`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new InvalidArgumentError(`expected a JSON object, got '${value}'`);
  const unknown = Object.keys(parsed).filter((k) => !(k in DEFAULT_CLUSTER_OPTIONS));
  if (unknown.length > 0)
    throw new InvalidArgumentError(
      `unknown option ${unknown.map((k) => `'${k}'`).join(', ')}; known: ${Object.keys(DEFAULT_CLUSTER_OPTIONS).join(', ')}`,
    );
  return parsed as Partial<ClusterOptions>;
}
