import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { collectInputs } from '../../adapters/fs/inputs.js';
import { briefPile } from '../../pipeline.js';
import { readPiles } from '../../read/index.js';
import { renderHtml } from '../../render/html.js';
import { renderJson, toJson } from '../../render/json.js';
import { renderMarkdown } from '../../render/markdown.js';
import type { Briefing, Problem, SummaryBudget } from '../../types.js';
import { Progress } from '../progress.js';
import { positiveInt, UsageError } from '../usage.js';

/** The largest file `brief` reads unless told otherwise. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

interface BriefFlags {
  format: 'md' | 'json' | 'html';
  out?: string;
  words?: number;
  bytes?: number;
  sentences?: number;
  maxBytes: number;
  quiet?: boolean;
  allowPrivate?: boolean;
}

/** `newsbrief brief <paths...>`: read a pile, print its briefing. */
export function registerBrief(program: Command): void {
  program
    .command('brief')
    .description('brief a pile of articles: files, folders, globs, or - for stdin')
    .argument('<paths...>', '.txt, .html and .jsonl files, folders (recursive), globs, or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['md', 'json', 'html']).default('md'),
    )
    .option('-o, --out <file>', 'write the briefing to a file instead of stdout')
    .option('--words <n>', 'summary length in words (default 120)', positiveInt)
    .option('--bytes <n>', 'summary length in bytes', positiveInt)
    .option('--sentences <n>', 'summary length in sentences', positiveInt)
    .option('--max-bytes <n>', 'skip files larger than this many bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'no progress bar')
    .option('--allow-private', 'let URL inputs reach private, loopback and link-local addresses')
    .action(async (paths: string[], flags: BriefFlags) => {
      process.exitCode = await runBrief(paths, flags);
    });
}

function budgetOf(flags: BriefFlags): SummaryBudget {
  const budget: SummaryBudget = {};
  if (flags.words) budget.words = flags.words;
  if (flags.bytes) budget.bytes = flags.bytes;
  if (flags.sentences) budget.sentences = flags.sentences;
  if (!budget.words && !budget.bytes && !budget.sentences) budget.words = 120;
  return budget;
}

async function runBrief(paths: string[], flags: BriefFlags): Promise<number> {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError("'-' (stdin) may be given only once");
  const collected = await collectInputs(paths, {
    maxBytes: flags.maxBytes,
    stdin: process.stdin,
    allowPrivate: flags.allowPrivate ?? false,
  });
  const read = readPiles(collected.files, { label: paths.join(' ') });
  const readProblems = [...collected.problems, ...read.problems];
  const progress = new Progress(!flags.quiet);
  const total = read.piles.reduce((n, p) => n + p.documents.length, 0);
  let done = 0;
  const briefings: Briefing[] = [];
  for (const pile of read.piles) {
    briefings.push(
      briefPile(pile, { budget: budgetOf(flags), onArticle: (k) => progress.update(done + k, total) }),
    );
    done += pile.documents.length;
  }
  progress.stop();
  // Input problems belong in the briefing a reader sees; with several
  // briefings (JSON Lines records) they are not tied to one, so stderr only.
  if (briefings.length === 1) briefings[0]!.problems.unshift(...readProblems);
  const problems = [...(briefings.length === 1 ? [] : readProblems), ...briefings.flatMap((b) => b.problems)];
  reportProblems(problems);

  const briefed = briefings.reduce((n, b) => n + b.stories.length, 0);
  if (briefed === 0) {
    process.stderr.write('newsbrief: nothing could be briefed\n');
    return 1;
  }
  const output = render(
    briefings.filter((b) => b.stories.length > 0),
    flags.format,
  );
  if (flags.out) await writeFile(flags.out, output);
  else process.stdout.write(output);
  return 0;
}

function render(briefings: Briefing[], format: BriefFlags['format']): string {
  switch (format) {
    case 'json':
      // One briefing is one JSON document; several are JSON Lines, one per record.
      return briefings.length === 1
        ? renderJson(briefings[0]!)
        : `${briefings.map((b) => JSON.stringify(toJson(b))).join('\n')}\n`;
    case 'html':
      return renderHtml(briefings);
    default:
      return briefings.map(renderMarkdown).join('\n---\n\n');
  }
}

function reportProblems(problems: readonly Problem[]): void {
  for (const p of problems) {
    process.stderr.write(`newsbrief: ${p.message}\n${p.hint ? `  hint: ${p.hint}\n` : ''}`);
  }
}
