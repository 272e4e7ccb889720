import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ingestor } from '../../src/service/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { SourceDocument } from '../../src/types.js';
import { textDocument } from '../helpers/articles.js';
import { ROOT } from '../helpers/cli.js';

const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => textDocument(f.replace(/\.txt$/, ''), readFileSync(join(ROOT, 'examples', f), 'utf8')));
const festival = [
  'The Harbor Festival returns to Kellingbay next month for its 50th year, with twice as many food stalls, a new stage on the quay and a children’s parade. Organisers said tickets for the Harbor Festival go on sale on Monday.',
  'Kellingbay’s Harbor Festival will mark its 50th year next month with twice as many food stalls, a children’s parade and a new stage on the quay, organisers said. Tickets for the festival go on sale on Monday.',
].map((text, i) => textDocument(`festival-${i}`, text));

async function groups(documents: SourceDocument[]): Promise<string[][]> {
  const store = openSqliteStore(':memory:');
  const ingestor = await Ingestor.open(store, { batchSize: 100 });
  await ingestor.ingest(documents);
  const stories = await store.listStories();
  const out = await Promise.all(
    stories.map(async (s) => (await store.storyDocuments(s.id)).map((d) => d.id).sort()),
  );
  await store.close();
  return out
    .map((g) => g.join(','))
    .sort()
    .map((g) => g.split(','));
}

describe('Ingestor', () => {
  it('forms the same stories whatever order the files were listed in', async () => {
    const all = [...examples, ...festival];
    const forward = await groups(all);
    expect(await groups([...all].reverse())).toEqual(forward);
    expect(await groups([all[2]!, all[4]!, all[0]!, all[3]!, all[1]!])).toEqual(forward);
    expect(forward).toContainEqual(['festival-0', 'festival-1']);
  });

  it('answers in the order documents were given, duplicates included', async () => {
    const store = openSqliteStore(':memory:');
    const ingestor = await Ingestor.open(store);
    const seen: string[] = [];
    await ingestor.ingest([...examples, examples[0]!], (batch) => {
      for (const r of batch) seen.push(`${r.id}:${r.status}`);
    });
    expect(seen).toEqual([...examples.map((d) => `${d.id}:stored`), `${examples[0]!.id}:duplicate`]);
    await store.close();
  });

  it('continues stories after a restart by replaying what the store holds', async () => {
    const store = openSqliteStore(':memory:');
    await (await Ingestor.open(store)).ingest([examples[0]!, festival[0]!]);
    const reopened = await Ingestor.open(store);
    await reopened.ingest([examples[1]!, festival[1]!]);
    const stories = await store.listStories();
    expect(stories.map((s) => s.articleCount).sort()).toEqual([2, 2]);
    await store.close();
  });
});
