import type { Command } from 'commander';
import { parsePolnear } from '../../../eval/quotes/input.js';
import { quoteMetrics, scoreQuotes } from '../../../eval/quotes/score.js';
import { parseEvalFile, percent, readEvalFile } from './read-eval-file.js';

interface QuotesFlags {
  json?: boolean;
  errors?: boolean;
}

/** `newsbrief eval quotes <polnear.jsonl>`: direct quotes and their speakers against PolNeAR. */
export function registerQuotes(evalCommand: Command): void {
  evalCommand
    .command('quotes')
    .description(
      "score newsbrief's direct quotes and speakers against PolNeAR: content overlap P/R/F1, speaker accuracy, " +
        'speaker P/R/F1',
    )
    .argument(
      '<dataset>',
      'PolNeAR JSON Lines: {"id","text","annotations":{"<annotator>":[{"source","cue","content",...}]}}',
    )
    .option('--json', 'print machine-readable results')
    .option('--errors', 'list every missed, spurious and misattributed quote on stderr')
    .addHelpText(
      'after',
      '\nGold quotes are the annotations with content_has_quote_marks (first annotator in name order when a\n' +
        'document has several). A prediction matches when its quoted text overlaps the gold content by at least\n' +
        'half of the shorter; only quotes newsbrief attributes are scored. A speaker is right when its phrase\n' +
        "overlaps the gold speaker span, or both resolve to the same person (pronouns through newsbrief's own\n" +
        'resolution), or the names share their last word.',
    )
    .action(async (file: string, flags: QuotesFlags) => {
      const docs = parseEvalFile(parsePolnear, await readEvalFile(file), file);
      const { counts, errors } = scoreQuotes(docs);
      const m = quoteMetrics(counts);
      if (flags.errors)
        for (const e of errors)
          process.stderr.write(
            `${e.kind}\t${e.document}\tgold=${e.gold ?? '-'}\tpredicted=${e.predicted ?? '-'}\t${e.text}\n`,
          );
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ documents: docs.length, counts, metrics: m }, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        [
          `${docs.length} documents, ${counts.gold} gold direct quotes, ${counts.predicted} attributed quotes found`,
          `quotes    P ${percent(m.precision)}  R ${percent(m.recall)}  F1 ${percent(m.f1)}`,
          `speaker   accuracy ${percent(m.speakerAccuracy)} (of gold quotes found)`,
          `speaker   P ${percent(m.speakerPrecision)}  R ${percent(m.speakerRecall)}  F1 ${percent(m.speakerF1)}`,
          '',
        ].join('\n'),
      );
    });
}
