/**
 * Ingest: documents into the store, each analysed, put in a story by the
 * online clusterer and written in batches that are atomic. An article is
 * reported stored only once its batch has committed, so a crash loses
 * nothing that was reported; content hashes make a re-run add only what is
 * missing.
 */
import { analyseArticle } from '../analyse/article.js';
import { cleanDocument } from '../clean/index.js';
import {
  articleFeatures,
  type ClusterOptions,
  createClusterer,
  type StoryClusterer,
  streamOrder,
} from '../cluster/index.js';
import { contentHash } from '../dedupe/fingerprint.js';
import type { AddResult, NewArticle, Store, StoryUpdate } from '../store/store.js';
import type { Article, Problem, SourceDocument } from '../types.js';

/** How ingest batches and clusters. */
export interface IngestOptions {
  /** Articles per transaction: larger is faster, smaller loses less work to a crash. */
  batchSize: number;
  /** How many recently stored articles to replay into the clusterer on start. */
  replay: number;
  cluster: Partial<ClusterOptions>;
  /** Called after each committed batch with what it stored. */
  onBatch?: (results: readonly AddResult[]) => void;
}

export const DEFAULT_INGEST: IngestOptions = { batchSize: 500, replay: 5000, cluster: {} };

/** What an ingest did. */
export interface IngestReport {
  stored: number;
  duplicates: number;
  /** Stories that gained an article. */
  stories: number;
  problems: Problem[];
}

/** An ingest session over one store: keeps the clusterer warm across calls. */
export class Ingestor {
  private readonly clusterer: StoryClusterer;
  /** Clusterer story id -> stored story id (restored stories keep their stored id in the clusterer). */
  private readonly toStored = new Map<string, string>();

  private constructor(
    private readonly store: Store,
    private readonly options: IngestOptions,
  ) {
    this.clusterer = createClusterer(options.cluster);
  }

  /** Opens an ingest session, replaying the store's recent articles so stories continue where they left off. */
  static async open(store: Store, options: Partial<IngestOptions> = {}): Promise<Ingestor> {
    const ingestor = new Ingestor(store, { ...DEFAULT_INGEST, ...options });
    for (const { story, document } of await store.recentDocuments(ingestor.options.replay)) {
      const article = analyseArticle(cleanDocument(document));
      if (article.sentences.length === 0) continue;
      ingestor.clusterer.restore(articleFeatures(article), story);
      ingestor.toStored.set(story, story);
    }
    return ingestor;
  }

  /**
   * Ingests documents in the order given (callers put them in stream order);
   * `onBatch` (default: the option) hears each batch once it has committed.
   */
  async ingest(
    documents: Iterable<SourceDocument>,
    onBatch: ((results: readonly AddResult[]) => void) | undefined = this.options.onBatch,
  ): Promise<IngestReport> {
    const report: IngestReport = { stored: 0, duplicates: 0, stories: 0, problems: [] };
    const touched = new Set<string>();
    let batch: SourceDocument[] = [];
    const flush = async () => {
      const results = await this.writeBatch(batch, report.problems);
      for (const r of results) {
        if (r.status === 'stored') {
          report.stored++;
          touched.add(r.story);
        } else report.duplicates++;
      }
      onBatch?.(results);
      batch = [];
    };
    for (const document of documents) {
      batch.push(document);
      if (batch.length >= this.options.batchSize) await flush();
    }
    if (batch.length > 0) await flush();
    report.stories = touched.size;
    return report;
  }

  private async writeBatch(documents: readonly SourceDocument[], problems: Problem[]): Promise<AddResult[]> {
    const hashes = documents.map((d) => contentHash(d.text));
    const known = await this.store.knownHashes(hashes);
    const seen = new Set<string>();
    const repeats: (NewArticle & { at: number })[] = [];
    const fresh = new Map<Article, { document: SourceDocument; hash: string; at: number }>();
    documents.forEach((document, i) => {
      const hash = hashes[i]!;
      // Known or repeated content goes to the store as is: it answers with the stored copy.
      if (known.has(hash) || seen.has(hash)) {
        repeats.push({ id: document.id, contentHash: hash, document, title: null, story: '', at: i });
        return;
      }
      seen.add(hash);
      const article = analyseArticle(cleanDocument(document));
      if (article.sentences.length === 0) problems.push(noText(document, article));
      else fresh.set(article, { document, hash, at: i });
    });
    // Within a batch, stories form in publication order (then content order),
    // as in `brief`, so how the files were listed does not decide them; rows are
    // written in that order too, so a restart replays the same sequence.
    const articles: (NewArticle & { at: number })[] = [];
    const updates = new Map<string, StoryUpdate & { published: (string | null)[]; outlets: string[] }>();
    for (const article of streamOrder([...fresh.keys()])) {
      const { document, hash, at } = fresh.get(article)!;
      const story = this.assign(article, hash);
      articles.push({ id: document.id, contentHash: hash, document, title: article.title, story, at });
      const update = updates.get(story) ?? { id: story, title: article.title, published: [], outlets: [] };
      update.title ??= article.title;
      update.published.push(article.published);
      const outlet = article.source ?? article.publisher;
      if (outlet) update.outlets.push(outlet);
      updates.set(story, update);
    }
    const written = [...articles, ...repeats];
    const results = await this.store.addArticles({ articles: written, stories: [...updates.values()] });
    // Callers hear back in the order they gave.
    return written
      .map((a, i) => ({ at: a.at, result: results[i]! }))
      .sort((x, y) => x.at - y.at)
      .map((x) => x.result);
  }

  private assign(article: Article, hash: string): string {
    const { story, isNew } = this.clusterer.add(articleFeatures(article));
    if (isNew || !this.toStored.has(story)) {
      // Stored ids come from the first article's content, so they are the
      // same whichever process creates the story.
      this.toStored.set(story, `s${hash.slice(0, 12)}`);
    }
    return this.toStored.get(story)!;
  }
}

function noText(document: SourceDocument, article: Article): Problem {
  return {
    path: document.path,
    code: 'no-text',
    message: `${document.path}: no article text left after cleaning (${article.removed.length} lines removed); not stored`,
    hint: 'check that the file holds an article body, not only headlines or page furniture',
  };
}
