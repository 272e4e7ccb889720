import { readFile, writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import {
  BASELINE_NAMES,
  type BaselineName,
  evaluateSummarizer,
  formatSummarizeReport,
  PRESET_NAMES,
  PRESETS,
  type PresetName,
  type SummarizeEvalResult,
} from '../../../eval/summarize/index.js';
import { readPiles } from '../../../read/index.js';
import { positiveInt, UsageError } from '../../usage.js';

interface SummarizeFlags {
  preset: PresetName;
  out?: string;
  baseline?: BaselineName;
  seed: number;
  limit?: number;
  json?: boolean;
  quiet?: boolean;
}

/** `newsbrief eval summarize <dataset.jsonl> --preset ...`: summarise every cluster and score it with ROUGE. */
export function registerSummarize(evalCommand: Command): void {
  evalCommand
    .command('summarize')
    .alias('summarise')
    .description(
      'summarise every cluster of a dataset as `brief` does and score the summaries with ROUGE-1.5.5 ' +
        '(R-1, R-2, R-SU4, R-L with 95% bootstrap intervals)',
    )
    .argument('<dataset>', 'JSON Lines of {"id", "docs": [{"id", "title", "date", "text"}], "refs": [...]}')
    .addOption(
      new Option(
        '--preset <name>',
        'evaluation protocol: duc2004 (100 words and 665 bytes, recall) or multinews (260 words, F1)',
      )
        .choices([...PRESET_NAMES])
        .makeOptionMandatory(),
    )
    .option('--out <file>', 'write the summaries as JSON Lines {"id", "summary"}, one sentence per line')
    .addOption(
      new Option('--baseline <name>', 'score a baseline instead of newsbrief').choices([...BASELINE_NAMES]),
    )
    .option('--seed <n>', 'seed of the random baseline', positiveInt, 1)
    .option('--limit <n>', 'only the first n clusters', positiveInt)
    .option('--json', 'print machine-readable results')
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText(
      'after',
      '\nSummaries may run past the length limit by their last sentence: ROUGE cuts every summary, references\n' +
        'included, at the limit (-l / -b), as the published systems were scored. With a preset of several\n' +
        'settings, --out lines carry "system" (e.g. newsbrief-words100) so `newsbrief eval rouge --system` can\n' +
        'pick one.',
    )
    .action(async (file: string, flags: SummarizeFlags) => {
      process.exitCode = await runSummarize(file, flags);
    });
}

async function readDataset(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new UsageError(`cannot read the dataset '${path}': ${reason}`);
  }
}

/** The JSON Lines written by `--out`. */
function outputLines(result: SummarizeEvalResult): string {
  const several = result.settings.length > 1;
  const lines: string[] = [];
  for (const { setting, outputs } of result.settings) {
    for (const o of outputs) {
      const record = several
        ? { id: o.id, system: `${result.system}-${setting.name}`, summary: o.sentences.join('\n') }
        : { id: o.id, summary: o.sentences.join('\n') };
      lines.push(JSON.stringify(record));
    }
  }
  return `${lines.join('\n')}\n`;
}

function toJson(result: SummarizeEvalResult, dataset: string): string {
  return `${JSON.stringify(
    {
      dataset,
      system: result.system,
      settings: result.settings.map(({ setting, report }) => ({
        ...setting,
        clusters: report.clusters.length,
        scores: report.scores,
      })),
      timings: result.timings ?? null,
      skipped: result.skipped,
    },
    null,
    2,
  )}\n`;
}

async function runSummarize(file: string, flags: SummarizeFlags): Promise<number> {
  const bytes = await readDataset(file);
  const { piles, problems } = readPiles([{ path: file, bytes }]);
  for (const p of problems) process.stderr.write(`newsbrief: ${p.message}\n`);
  const chosen = flags.limit !== undefined ? piles.slice(0, flags.limit) : piles;
  if (!chosen.some((p) => p.references && p.references.length > 0)) {
    process.stderr.write(
      `newsbrief: nothing could be scored: no record in ${file} has reference summaries ("refs")\n`,
    );
    return 1;
  }
  const progress = !flags.quiet && process.stderr.isTTY;
  const result = evaluateSummarizer(chosen, {
    preset: PRESETS[flags.preset],
    ...(flags.baseline ? { baseline: flags.baseline } : {}),
    seed: flags.seed,
    onPile: (done, total) => {
      if (progress && (done % 50 === 0 || done === total))
        process.stderr.write(`\rsummarised ${done}/${total} clusters`);
    },
  });
  if (progress) process.stderr.write('\n');
  if (result.skipped.length > 0) {
    process.stderr.write(
      `newsbrief: ${result.skipped.length} records without reference summaries were not scored\n`,
    );
  }
  if (flags.out) await writeFile(flags.out, outputLines(result));
  process.stdout.write(flags.json ? toJson(result, file) : formatSummarizeReport(result, file));
  return 0;
}
