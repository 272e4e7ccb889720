import type { Command } from 'commander';
import { registerRouge } from './rouge.js';

/** `newsbrief eval ...`: benchmarks against the evaluation sets in ../shared/data. */
export function registerEval(program: Command): void {
  const evalCommand = program.command('eval').description('measure newsbrief against evaluation data sets');
  registerRouge(evalCommand);
}
