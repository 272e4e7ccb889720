import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  type EvaluateOptions,
  evaluateSystems,
  formatRougeTable,
  IdMatcher,
  type LengthLimit,
  parseReferences,
  parseSummaries,
  type ReferenceRecord,
  RougeInputError,
  type RougeRun,
  rougeFlags,
  type SummaryRecord,
  type SystemReport,
} from '../../../eval/rouge/index.js';
import { positiveInt, UsageError } from '../../usage.js';

interface RougeFlags {
  refs: string;
  words?: number;
  bytes?: number;
  system?: string;
  stem: boolean;
  json?: boolean;
}

/** How many unmatched ids are listed one by one before the rest are counted. */
const LISTED_PROBLEMS = 10;

/** `newsbrief eval rouge <summaries.jsonl> --refs <dataset.jsonl>`: ROUGE-1.5.5 scores with intervals. */
export function registerRouge(evalCommand: Command): void {
  evalCommand
    .command('rouge')
    .description(
      'score summaries against reference summaries as ROUGE-1.5.5 does: R-1, R-2, R-SU4, R-L recall, ' +
        'precision and F with 95% bootstrap intervals, Porter stemming, references combined as -f A',
    )
    .argument(
      '<summaries>',
      'JSON Lines of {"id", "summary", "system"?}; a summary is a string with one sentence per line or an array of sentences',
    )
    .requiredOption(
      '--refs <dataset>',
      'JSON Lines dataset of {"id", "refs": [...]} (the ../shared/data schema)',
    )
    .option('--words <n>', 'cut every summary, references included, to n words (ROUGE -l n)', positiveInt)
    .option('--bytes <n>', 'cut every summary, references included, to n bytes (ROUGE -b n)', positiveInt)
    .option('--system <name>', 'score only this system')
    .option('--no-stem', 'do not stem (drop ROUGE -m)')
    .option('--json', 'print machine-readable results')
    .addHelpText(
      'after',
      '\nIds: a summary id matches a dataset id exactly, else after dropping one letter that follows the final\n' +
        "digit on either side ('d30001' matches 'd30001t'). Summaries without \"system\" are grouped under the\n" +
        'file name. A system is averaged over the clusters it has summaries for, as ROUGE-1.5.5 does.',
    )
    .action(async (file: string, flags: RougeFlags) => {
      process.exitCode = await runRouge(file, flags);
    });
}

async function readInput(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new UsageError(`cannot read the ${what} file '${path}': ${reason}`);
  }
}

function parse<T>(parser: (text: string, file: string) => T, text: string, file: string): T {
  try {
    return parser(text, file);
  } catch (error) {
    if (error instanceof RougeInputError) throw new UsageError(error.message);
    throw error;
  }
}

function warn(message: string): void {
  process.stderr.write(`newsbrief: ${message}\n`);
}

function warnList(title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  warn(`${title} (${items.length}):`);
  for (const item of items.slice(0, LISTED_PROBLEMS)) process.stderr.write(`  ${item}\n`);
  if (items.length > LISTED_PROBLEMS)
    process.stderr.write(`  ... and ${items.length - LISTED_PROBLEMS} more\n`);
}

interface Matched {
  runs: RougeRun[];
  unmatched: { line: number; id: string }[];
  ambiguous: { line: number; id: string; candidates: readonly string[] }[];
  normalised: { id: string; clusterId: string }[];
}

function matchRuns(
  records: readonly SummaryRecord[],
  clusters: readonly ReferenceRecord[],
  file: string,
): Matched {
  const matcher = new IdMatcher(clusters.map((c) => c.id));
  const fallback = basename(file).replace(/\.jsonl?$/i, '');
  const out: Matched = { runs: [], unmatched: [], ambiguous: [], normalised: [] };
  const seen = new Map<string, number>();
  for (const record of records) {
    const system = record.system ?? fallback;
    const resolution = matcher.resolve(record.id);
    if (resolution.kind === 'unmatched') {
      out.unmatched.push({ line: record.line, id: record.id });
      continue;
    }
    if (resolution.kind === 'ambiguous') {
      out.ambiguous.push({ line: record.line, id: record.id, candidates: resolution.candidates });
      continue;
    }
    const { clusterId } = resolution;
    if (resolution.kind === 'normalised') out.normalised.push({ id: record.id, clusterId });
    const key = `${system}\u0000${clusterId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new UsageError(
        `${file} line ${record.line}: system '${system}' already has a summary for cluster '${clusterId}' (line ${earlier})`,
      );
    }
    seen.set(key, record.line);
    out.runs.push({ system, clusterId, summary: record.summary });
  }
  return out;
}

function limitOf(flags: RougeFlags): LengthLimit | undefined {
  if (flags.words !== undefined && flags.bytes !== undefined) {
    throw new UsageError(
      `give --words or --bytes, not both (got --words ${flags.words} --bytes ${flags.bytes})`,
    );
  }
  if (flags.words !== undefined) return { words: flags.words };
  if (flags.bytes !== undefined) return { bytes: flags.bytes };
  return undefined;
}

/** Systems that skipped clusters other systems summarised: their averages cover fewer clusters. */
function coverageNotes(reports: readonly SystemReport[]): string[] {
  const all = new Set(reports.flatMap((r) => r.clusters.map((c) => c.clusterId)));
  return reports
    .filter((r) => r.clusters.length < all.size)
    .map(
      (r) =>
        `'${r.system}' has summaries for ${r.clusters.length} of ${all.size} clusters; averaged over those`,
    );
}

async function runRouge(file: string, flags: RougeFlags): Promise<number> {
  const limit = limitOf(flags);
  const [summaryText, datasetText] = await Promise.all([
    readInput(file, 'summaries'),
    readInput(flags.refs, 'references'),
  ]);
  let records = parse(parseSummaries, summaryText, file);
  const clusters = parse(parseReferences, datasetText, flags.refs);
  if (flags.system !== undefined) {
    const fallback = basename(file).replace(/\.jsonl?$/i, '');
    const systems = [...new Set(records.map((r) => r.system ?? fallback))].sort();
    records = records.filter((r) => (r.system ?? fallback) === flags.system);
    if (records.length === 0) {
      throw new UsageError(
        `no summaries for system '${flags.system}' in ${file}; systems: ${systems.join(', ')}`,
      );
    }
  }

  const matched = matchRuns(records, clusters, file);
  warnList(
    `ids in ${file} that match no cluster in ${flags.refs}`,
    matched.unmatched.map((u) => `line ${u.line}: '${u.id}'`),
  );
  warnList(
    `ids in ${file} that match several clusters in ${flags.refs}`,
    matched.ambiguous.map((a) => `line ${a.line}: '${a.id}' could be ${a.candidates.join(', ')}`),
  );
  if (matched.runs.length === 0) {
    warn(`nothing could be scored: no summary in ${file} matches a cluster in ${flags.refs}`);
    return 1;
  }
  if (matched.normalised.length > 0 && !flags.json) {
    const example = matched.normalised[0]!;
    const count = matched.normalised.length;
    warn(
      `${count} summary id${count === 1 ? '' : 's'} matched after dropping a trailing letter ` +
        `('${example.id}' -> '${example.clusterId}')`,
    );
  }

  const used = new Set(matched.runs.map((r) => r.clusterId));
  const references = clusters.filter((c) => used.has(c.id)).map((c) => ({ id: c.id, references: c.refs }));
  const options: EvaluateOptions = { stem: flags.stem, limit };
  const reports = evaluateSystems(references, matched.runs, options);
  for (const note of coverageNotes(reports)) warn(note);

  if (flags.json) {
    const result = {
      rouge: rougeFlags(options),
      settings: { stem: flags.stem, limit: limit ?? null, alpha: 0.5, confidence: 95, samples: 1000 },
      systems: reports.map((r) => ({ system: r.system, clusters: r.clusters.length, scores: r.scores })),
      unmatched: matched.unmatched,
      ambiguous: matched.ambiguous,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(`as ROUGE-1.5.5.pl ${rougeFlags(options)}\n\n`);
    process.stdout.write(formatRougeTable(reports));
  }
  return 0;
}
