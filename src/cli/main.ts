#!/usr/bin/env -S node --max-semi-space-size=64
/**
 * The `newsbrief` command line: an adapter that parses arguments, calls the
 * core and prints. Exit codes: 0 when anything was done, 1 when nothing could
 * be, 2 on bad usage.
 */
import { Command, CommanderError } from 'commander';
import { UsageError } from './usage.js';

type Register = (program: Command) => void;

/**
 * The module defining each command, by command name, in the order help
 * lists them. Only the module of the command asked for is loaded: `brief`
 * then never loads the HTTP server, the store or the evaluation code, and
 * starts in a fraction of the time.
 */
const COMMANDS: ReadonlyArray<[names: string[], load: () => Promise<Register>]> = [
  [['brief'], async () => (await import('./commands/brief.js')).registerBrief],
  [['ingest'], async () => (await import('./commands/ingest.js')).registerIngest],
  [['stories', 'story', 'search'], async () => (await import('./commands/stories.js')).registerStories],
  [['serve'], async () => (await import('./commands/serve.js')).registerServe],
  [['watch'], async () => (await import('./commands/watch.js')).registerWatch],
  [['eval'], async () => (await import('./commands/eval/index.js')).registerEval],
];

const program = new Command('newsbrief')
  .description('Turn a pile or a stream of news articles into briefings people can trust.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

// The first word that is not an option names the command; without a known one (help, a typo), every command is
// defined so that commander can list them or suggest the nearest.
const asked = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
const chosen = COMMANDS.filter(([names]) => asked !== undefined && names.includes(asked));
for (const register of await Promise.all((chosen.length > 0 ? chosen : COMMANDS).map(([, load]) => load())))
  register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every other commander error is a usage error.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UsageError) {
    process.stderr.write(`newsbrief: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`newsbrief: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
