import type { Command } from 'commander';
import { registerCluster } from './cluster.js';
import { registerExtract } from './extract.js';
import { registerQuotes } from './quotes.js';
import { registerRouge } from './rouge.js';
import { registerSummarize } from './summarize.js';
import { registerTimex } from './timex.js';

/** `newsbrief eval ...`: benchmarks against the evaluation sets in ../shared/data. */
export function registerEval(program: Command): void {
  const evalCommand = program.command('eval').description('measure newsbrief against evaluation data sets');
  registerRouge(evalCommand);
  registerCluster(evalCommand);
  registerExtract(evalCommand);
  registerSummarize(evalCommand);
  registerQuotes(evalCommand);
  registerTimex(evalCommand);
}
