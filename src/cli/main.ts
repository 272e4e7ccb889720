#!/usr/bin/env -S node --max-semi-space-size=64
/**
 * The `newsbrief` command line: an adapter that parses arguments, calls the
 * core and prints. Exit codes: 0 when anything was done, 1 when nothing could
 * be, 2 on bad usage.
 */
import { Command, CommanderError } from 'commander';
import { registerBrief } from './commands/brief.js';
import { registerEval } from './commands/eval/index.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';
import { registerStories } from './commands/stories.js';
import { registerWatch } from './commands/watch.js';
import { UsageError } from './usage.js';

const program = new Command('newsbrief')
  .description('Turn a pile or a stream of news articles into briefings people can trust.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

registerBrief(program);
registerIngest(program);
registerStories(program);
registerServe(program);
registerWatch(program);
registerEval(program);

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
