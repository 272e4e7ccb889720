import { z } from '@hono/zod-openapi';

/** An error response. */
export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error');

/** One document posted as JSON. */
export const PostedDocumentSchema = z.object({
  text: z.string().min(1).describe('The article text (plain text)'),
  id: z.string().min(1).max(200).optional(),
  title: z.string().optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .optional()
    .describe('Publication date, YYYY-MM-DD'),
  source: z.string().optional(),
  url: z.string().url().optional(),
});

export const IngestJsonSchema = z
  .object({ documents: z.array(PostedDocumentSchema).min(1).max(1000) })
  .openapi('IngestRequest');

export const IngestResultSchema = z
  .object({
    articles: z.array(
      z.object({ id: z.string(), status: z.enum(['stored', 'duplicate']), story: z.string() }),
    ),
    stories: z.array(z.lazy(() => StorySchema)),
    problems: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
  })
  .openapi('IngestResult');

export const StorySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    articleCount: z.number().int(),
    outlets: z.array(z.string()),
    firstPublished: z.string().nullable(),
    lastPublished: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('Story');

export const StoryListQuerySchema = z.object({
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('Only stories with news on or after YYYY-MM-DD'),
  source: z.string().optional().describe('Only stories with an article from this outlet'),
  q: z.string().optional().describe('Only stories with an article matching these words'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const SearchQuerySchema = z.object({
  q: z.string().min(1).describe('Words to look for (stemmed, all must match)'),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

export const SearchHitSchema = z
  .object({ article: z.string(), story: z.string(), title: z.string().nullable(), snippet: z.string() })
  .openapi('SearchHit');

export const IdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const ArticleSchema = z
  .object({
    id: z.string(),
    story: z.string(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    sentences: z.array(z.object({ id: z.string(), text: z.string(), start: z.number(), end: z.number() })),
    removed: z.array(z.object({ text: z.string(), reason: z.string() })),
  })
  .openapi('Article');
