/**
 * The HTTP API: an adapter over the store and the core. `createApp` returns a
 * Hono app, so tests call `app.request()` without a socket and `serve` binds
 * it to a port. Every request and response shape is a zod schema, which both
 * validates and generates `/openapi.json`.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { analyseArticle } from '../analyse/article.js';
import { cleanDocument } from '../clean/index.js';
import { readPiles } from '../read/index.js';
import type { Ingestor } from '../service/ingest.js';
import type { AddResult, Store } from '../store/store.js';
import type { Problem, SourceDocument } from '../types.js';
import { BriefingCache } from './briefings.js';
import { ApiError, errorBody } from './errors.js';
import {
  ArticleSchema,
  ErrorSchema,
  IdParamSchema,
  IngestJsonSchema,
  IngestResultSchema,
  SearchHitSchema,
  SearchQuerySchema,
  StoryListQuerySchema,
  StorySchema,
} from './schemas.js';
import { securityHeaders, writeGuard } from './security.js';

/** What the app needs and how it is limited. */
export interface AppOptions {
  store: Store;
  ingestor: Ingestor;
  /** Bearer token that write endpoints demand; none means writes are open (loopback only). */
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Extra routes (the web page) mounted after the API. */
  mount?: (app: OpenAPIHono) => void;
}

/** Raw body types and the file extension the read stage should treat them as. */
const RAW_TYPES: Record<string, string> = {
  'text/plain': 'txt',
  'text/html': 'html',
  'application/x-ndjson': 'jsonl',
};

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = {
  400: json(ErrorSchema, 'The request is malformed'),
  404: json(ErrorSchema, 'No such resource'),
  413: json(ErrorSchema, 'The body is over the size limit'),
};

/** Builds the API app over a store. */
export function createApp(options: AppOptions): OpenAPIHono {
  const { store, ingestor } = options;
  const briefings = new BriefingCache(store);
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.join('.') || 'request';
        return c.json(errorBody('bad-request', `${where}: ${issue?.message ?? 'invalid'}`), 400);
      }
    },
  });
  app.use('*', securityHeaders());
  app.use('/api/*', writeGuard(options.token));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 10 * 1024 * 1024,
      onError: (c) =>
        c.json(errorBody('too-large', `request body over ${options.maxBodyBytes ?? 10485760} bytes`), 413),
    }),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status);
    // Never a stack trace to the client; the operator sees it on stderr.
    process.stderr.write(`newsbrief serve: ${error.stack ?? error.message}\n`);
    return c.json(errorBody('internal', 'internal error'), 500);
  });
  app.notFound((c) => c.json(errorBody('not-found', `no route for ${c.req.method} ${c.req.path}`), 404));

  // Ingests run one at a time: the clusterer is stateful and SQLite has one writer.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const ingest = async (documents: SourceDocument[], problems: Problem[]) => {
    if (documents.length === 0) {
      throw new ApiError(422, 'nothing-ingested', problems[0]?.message ?? 'no article in the body');
    }
    const articles: AddResult[] = [];
    const report = await serial(() =>
      ingestor.ingest(documents, (batch) => {
        for (const r of batch) articles.push(r);
      }),
    );
    const storyIds = [...new Set(articles.map((r) => r.story))];
    const stories = (await Promise.all(storyIds.map((id) => store.getStory(id)))).filter((s) => s !== null);
    const all = [...problems, ...report.problems].map((p) => ({
      path: p.path,
      code: p.code,
      message: p.message,
    }));
    return {
      articles: articles.map((a) => ({ id: a.id, status: a.status, story: a.story })),
      stories,
      problems: all,
    };
  };

  const ingestRoute = createRoute({
    method: 'post',
    path: '/api/articles',
    summary: 'Ingest articles given as JSON documents',
    request: { body: { content: { 'application/json': { schema: IngestJsonSchema } }, required: true } },
    responses: { 200: json(IngestResultSchema, 'What was stored, and the stories it went into'), ...errors },
  });
  app.openapi(ingestRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(await ingest(body.documents.map(postedDocument), []), 200);
  });

  const rawRoute = createRoute({
    method: 'post',
    path: '/api/articles/raw',
    summary: 'Ingest one raw body: plain text, an HTML page, or JSON Lines in the dataset schema',
    request: {
      body: {
        content: {
          'text/plain': { schema: z.string() },
          'text/html': { schema: z.string() },
          'application/x-ndjson': { schema: z.string() },
        },
        required: true,
      },
      query: z.object({
        name: z
          .string()
          .max(200)
          .optional()
          .describe('A file name for the body: sets the article id and format'),
      }),
    },
    responses: { 200: json(IngestResultSchema, 'What was stored, and the stories it went into'), ...errors },
  });
  app.openapi(rawRoute, async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const extension = RAW_TYPES[type];
    if (!extension) {
      throw new ApiError(
        415,
        'unsupported-media-type',
        `content-type '${type}' is not one of ${Object.keys(RAW_TYPES).join(', ')}`,
      );
    }
    const name = c.req.valid('query').name ?? `posted.${extension}`;
    const read = readPiles([{ path: name, bytes: new Uint8Array(await c.req.arrayBuffer()) }]);
    return c.json(
      await ingest(
        read.piles.flatMap((p) => p.documents),
        read.problems,
      ),
      200,
    );
  });

  const listRoute = createRoute({
    method: 'get',
    path: '/api/stories',
    summary: 'List stories, most recently updated first',
    request: { query: StoryListQuerySchema },
    responses: { 200: json(z.object({ stories: z.array(StorySchema) }), 'Stories'), ...errors },
  });
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid('query');
    let stories = await store.listStories({ since: q.since, source: q.source, limit: q.q ? 500 : q.limit });
    if (q.q) {
      const matching = new Set((await searchOrThrow(store, q.q, 500)).map((h) => h.story));
      stories = stories.filter((s) => matching.has(s.id)).slice(0, q.limit);
    }
    return c.json({ stories }, 200);
  });

  const storyRoute = createRoute({
    method: 'get',
    path: '/api/stories/{id}',
    summary: "A story's briefing: summary with citations, quotes, timeline, provenance",
    request: { params: IdParamSchema },
    responses: {
      200: json(z.object({ story: StorySchema, briefing: z.unknown() }), 'The story and its briefing'),
      ...errors,
    },
  });
  app.openapi(storyRoute, async (c) => {
    const { id } = c.req.valid('param');
    const body = await briefings.get(id);
    if (body === null) throw new ApiError(404, 'not-found', `no story '${id}'`);
    return c.body(body, 200, { 'content-type': 'application/json; charset=utf-8' }) as never;
  });

  const articleRoute = createRoute({
    method: 'get',
    path: '/api/articles/{id}',
    summary: 'An article with its sentences (the ids citations point at) and what cleaning removed',
    request: { params: IdParamSchema },
    responses: { 200: json(ArticleSchema, 'The article'), ...errors },
  });
  app.openapi(articleRoute, async (c) => {
    const { id } = c.req.valid('param');
    const stored = await store.getDocument(id);
    if (!stored) throw new ApiError(404, 'not-found', `no article '${id}'`);
    const a = analyseArticle(cleanDocument(stored.document));
    return c.json(
      {
        id: a.id,
        story: stored.story,
        title: a.title,
        source: a.source,
        published: a.published,
        url: a.url,
        sentences: a.sentences.map((s) => ({ id: s.id, text: s.text, start: s.start, end: s.end })),
        removed: a.removed.map((r) => ({ text: r.text, reason: r.reason })),
      },
      200,
    );
  });

  const searchRoute = createRoute({
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over articles',
    request: { query: SearchQuerySchema },
    responses: { 200: json(z.object({ hits: z.array(SearchHitSchema) }), 'Hits, best first'), ...errors },
  });
  app.openapi(searchRoute, async (c) => {
    const { q, limit } = c.req.valid('query');
    return c.json({ hits: await searchOrThrow(store, q, limit) }, 200);
  });

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'newsbrief',
      version: '0.1.0',
      description: 'Stories, cited summaries, quotes and timelines from news articles.',
    },
  });
  options.mount?.(app);
  return app;
}

async function searchOrThrow(store: Store, q: string, limit: number) {
  try {
    return await store.search(q, limit);
  } catch (error) {
    throw new ApiError(400, 'bad-request', (error as Error).message);
  }
}

function postedDocument(d: z.infer<typeof IngestJsonSchema>['documents'][number], i: number): SourceDocument {
  return {
    id: d.id ?? `posted-${i + 1}`,
    path: d.url ?? `posted-${i + 1}`,
    format: 'text',
    text: d.text,
    title: d.title ?? null,
    published: d.published?.slice(0, 10) ?? null,
    source: d.source ?? null,
    url: d.url ?? null,
    authors: [],
  };
}
