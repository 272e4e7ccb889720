import { type Command, Option } from 'commander';
import { briefPile } from '../../pipeline.js';
import { renderHtml } from '../../render/html.js';
import { renderJson } from '../../render/json.js';
import { renderMarkdown } from '../../render/markdown.js';
import type { SearchHit, StoryRow } from '../../store/store.js';
import { usingStore, withDb } from '../db.js';
import { positiveInt, UsageError } from '../usage.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `newsbrief stories`, `newsbrief story <id>`, `newsbrief search <query>`: read the store. */
export function registerStories(program: Command): void {
  withDb(program.command('stories'))
    .description('list stored stories, most recently updated first')
    .option('--since <date>', 'only stories with news on or after YYYY-MM-DD')
    .option('--source <outlet>', 'only stories with an article from this outlet')
    .option('--limit <n>', 'at most this many', positiveInt, 50)
    .option('--json', 'one JSON line per story')
    .action(async (flags: { db: string; since?: string; source?: string; limit: number; json?: boolean }) => {
      if (flags.since && !DATE.test(flags.since))
        throw new UsageError(`--since expects YYYY-MM-DD, got '${flags.since}'`);
      const rows = await usingStore(flags.db, (store) => store.listStories(flags));
      process.stdout.write(flags.json ? rows.map((r) => `${JSON.stringify(r)}\n`).join('') : table(rows));
    });

  withDb(program.command('story'))
    .description("print a stored story's briefing")
    .argument('<id>', 'a story id from `newsbrief stories`')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['md', 'json', 'html']).default('md'),
    )
    .option('--words <n>', 'summary length in words', positiveInt, 120)
    .action(async (id: string, flags: { db: string; format: string; words: number }) => {
      const found = await usingStore(flags.db, async (store) => {
        const row = await store.getStory(id);
        return row ? { row, documents: await store.storyDocuments(id) } : null;
      });
      if (!found) {
        process.stderr.write(
          `newsbrief: no story '${id}' in ${flags.db} (list them with \`newsbrief stories\`)\n`,
        );
        process.exitCode = 1;
        return;
      }
      const pile = { id, label: found.row.title ?? id, documents: found.documents };
      const briefing = briefPile(pile, {
        budget: { words: flags.words },
        group: (articles) => [[...articles]],
      });
      const out =
        flags.format === 'json'
          ? renderJson(briefing)
          : flags.format === 'html'
            ? renderHtml([briefing])
            : renderMarkdown(briefing);
      process.stdout.write(out);
    });

  withDb(program.command('search'))
    .description('full-text search over stored articles')
    .argument('<query...>', 'words to look for (all must match; stemmed)')
    .option('--limit <n>', 'at most this many', positiveInt, 20)
    .option('--json', 'one JSON line per hit')
    .action(async (query: string[], flags: { db: string; limit: number; json?: boolean }) => {
      let list: SearchHit[];
      try {
        list = await usingStore(flags.db, (store) => store.search(query.join(' '), flags.limit));
      } catch (error) {
        // The only way a search fails on a good store is a query with no words.
        throw new UsageError((error as Error).message);
      }
      if (flags.json) process.stdout.write(list.map((h) => `${JSON.stringify(h)}\n`).join(''));
      else
        for (const h of list)
          process.stdout.write(`${h.story}  ${h.article}  ${h.title ?? ''}\n    ${h.snippet}\n`);
      if (list.length === 0) process.exitCode = 1;
    });
}

function table(rows: readonly StoryRow[]): string {
  if (rows.length === 0) return 'no stories yet (add articles with `newsbrief ingest`)\n';
  return rows
    .map((r) => {
      const span = r.firstPublished
        ? `${r.firstPublished}${r.lastPublished !== r.firstPublished ? ` – ${r.lastPublished}` : ''}`
        : '';
      return `${r.id}  ${String(r.articleCount).padStart(4)} articles  ${span.padEnd(23)}  ${r.title ?? '(untitled)'}${
        r.outlets.length ? `  [${r.outlets.join(', ')}]` : ''
      }`;
    })
    .join('\n')
    .concat('\n');
}
