import type { Command } from 'commander';
import { parseTempeval } from '../../../eval/timex/input.js';
import { scoreTimexes, timexMetrics } from '../../../eval/timex/score.js';
import { parseEvalFile, percent, readEvalFile } from './read-eval-file.js';

interface TimexFlags {
  json?: boolean;
  errors?: boolean;
}

/** `newsbrief eval timex <tempeval.jsonl>`: time expressions and their values against TempEval-3. */
export function registerTimex(evalCommand: Command): void {
  evalCommand
    .command('timex')
    .description(
      'score time expressions against TempEval-3: span F1 (relaxed and strict), value accuracy and value F1',
    )
    .argument(
      '<dataset>',
      'TempEval-3 JSON Lines: {"id","dct","text","timexes":[{"type","value","start","end"}]}',
    )
    .option('--json', 'print machine-readable results')
    .option('--errors', 'list every missed, spurious and wrongly valued expression on stderr')
    .addHelpText(
      'after',
      '\nValues are resolved against each document\'s "dct". As TempEval-3 scores them: spans match when they\n' +
        'overlap (relaxed) or coincide (strict); value F1 counts an expression as right when it matches a gold\n' +
        'one and has its value.',
    )
    .action(async (file: string, flags: TimexFlags) => {
      const docs = parseEvalFile(parseTempeval, await readEvalFile(file), file);
      const { counts, errors } = scoreTimexes(docs);
      const m = timexMetrics(counts);
      if (flags.errors)
        for (const e of errors)
          process.stderr.write(
            `${e.kind}\t${e.document}\tgold=${e.gold ?? '-'}\tsystem=${e.system ?? '-'}\t${e.text}\n`,
          );
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ documents: docs.length, counts, metrics: m }, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        [
          `${docs.length} documents, ${counts.gold} gold time expressions, ${counts.system} found`,
          `span      P ${percent(m.spanPrecision)}  R ${percent(m.spanRecall)}  F1 ${percent(m.spanF1)} (relaxed), strict F1 ${percent(m.strictF1)}`,
          `value     accuracy ${percent(m.valueAccuracy)}  P ${percent(m.valuePrecision)}  R ${percent(m.valueRecall)}  F1 ${percent(m.valueF1)}`,
          '',
        ].join('\n'),
      );
    });
}
