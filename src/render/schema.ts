import { z } from 'zod';

/**
 * The JSON contract of a briefing. `schema/briefing.schema.json` is generated
 * from these schemas (`npm run schema`) and a test keeps the two in step.
 */
const RepairJson = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    original: z.string().describe('text.slice(start, end) of the source'),
    replacement: z.string(),
    kind: z.enum(['backtick-apostrophe', 'backtick-quote', 'ptb-quote', 'glued-word', 'glued-sentence']),
  })
  .describe('A repair applied to the shown text; offsets are into the source text');

const SentenceJson = z.object({
  id: z.string(),
  text: z.string().describe('The source text of [start, end) with the listed repairs applied'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  repairs: z.array(RepairJson),
});

const RemovedJson = z.object({
  text: z.string(),
  reason: z.enum([
    'title',
    'source-tag',
    'dateline',
    'byline',
    'caption',
    'headline',
    'widget',
    'subhead',
    'dek',
  ]),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const ArticleJson = z.object({
  id: z.string(),
  path: z.string(),
  format: z.enum(['text', 'html', 'jsonl', 'multinews']),
  title: z.string().nullable(),
  source: z.string().nullable().describe('The originating outlet or agency'),
  publisher: z
    .string()
    .nullable()
    .describe('The outlet that published this copy, when it differs from source'),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  url: z.string().nullable(),
  authors: z.array(z.string()),
  sentences: z.array(SentenceJson),
  removed: z.array(RemovedJson),
});

const SummarySentenceJson = z.object({
  text: z.string(),
  sentence: z.string().describe('Id of the sentence whose text is shown'),
  article: z.string(),
  citations: z.array(z.string()).min(1).describe('Every sentence id reporting the same content'),
});

const StoryJson = z.object({
  id: z.string(),
  title: z.string(),
  articles: z.array(z.string()),
  summary: z.array(SummarySentenceJson),
});

const ProblemJson = z.object({
  path: z.string(),
  line: z.number().int().positive().optional(),
  code: z.string(),
  message: z.string(),
  hint: z.string().optional(),
});

/** One briefing as `--format json` prints it. */
export const BriefingJsonSchema = z.object({
  id: z.string(),
  label: z.string(),
  articles: z.array(ArticleJson),
  stories: z.array(StoryJson),
  problems: z.array(ProblemJson),
});

export type BriefingJson = z.infer<typeof BriefingJsonSchema>;

/** The published JSON Schema (draft 2020-12) of a briefing. */
export function briefingJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(BriefingJsonSchema, { target: 'draft-2020-12' }),
    title: 'newsbrief briefing',
    description: 'One briefing as `newsbrief brief --format json` prints it; offsets are UTF-16 code units.',
  };
}
