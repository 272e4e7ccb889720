import { readFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  BASELINES,
  BenchmarkInputError,
  type BenchmarkPage,
  type ExtractionSystem,
  extractionReportJson,
  formatExtractionReport,
  newsbriefSystem,
  parseBenchmark,
  runSystems,
} from '../../../eval/extract/index.js';
import { positiveInt, UsageError } from '../../usage.js';

interface ExtractFlags {
  baseline?: string[];
  worst: number;
  limit?: number;
  json?: boolean;
}

const DEFAULT_WORST = 10;

/** `newsbrief eval extract <benchmark.jsonl>`: article-extraction precision, recall, F1 and speed. */
export function registerExtract(evalCommand: Command): void {
  evalCommand
    .command('extract')
    .description(
      'score article extraction as the Zyte/Scrapinghub benchmark does: precision, recall and F1 over ' +
        'token 4-gram shingles of the extracted body, averaged per page; with speed and the worst pages',
    )
    .argument('<benchmark>', 'JSON Lines of {"id", "url", "html", "article_body"}')
    .addOption(
      new Option('--baseline <name...>', 'also score a baseline in the same run').choices(
        Object.keys(BASELINES),
      ),
    )
    .option(
      '--worst <n>',
      'list this many worst pages per system (0 for none)',
      nonNegativeInt,
      DEFAULT_WORST,
    )
    .option('--limit <n>', 'score only the first n pages', positiveInt)
    .option('--json', 'print machine-readable results')
    .addHelpText(
      'after',
      "\nTokens are runs of letters, digits and underscores (Python's \\w+), case kept; a page's shingle\n" +
        'counts are normalised to sum to 1; precision and recall are averaged over pages, and F1 is their\n' +
        'harmonic mean, as scrapinghub/article-extraction-benchmark evaluate.py computes them.\n' +
        'pages/s (median page) is 1000 / the median time per page; pages/s (all) is the whole run.',
    )
    .action(async (file: string, flags: ExtractFlags) => {
      process.exitCode = await runExtract(file, flags);
    });
}

async function runExtract(file: string, flags: ExtractFlags): Promise<number> {
  let pages: BenchmarkPage[];
  try {
    pages = parseBenchmark(await readText(file), file);
  } catch (error) {
    if (error instanceof BenchmarkInputError) throw new UsageError(error.message);
    throw error;
  }
  if (flags.limit) pages = pages.slice(0, flags.limit);
  const systems: ExtractionSystem[] = [
    newsbriefSystem,
    ...(flags.baseline ?? []).map((name) => BASELINES[name]!),
  ];
  // No progress bar: drawing it between pages would be timed with them.
  const runs = runSystems(pages, systems);
  process.stdout.write(
    flags.json
      ? `${JSON.stringify(extractionReportJson(runs), null, 2)}\n`
      : formatExtractionReport(runs, { worst: flags.worst }),
  );
  return 0;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new UsageError(`cannot read the benchmark file '${path}': ${reason}`);
  }
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected a whole number, 0 or more, got '${value}'`);
  return n;
}
