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
  carriedBy: z.array(z.string()).describe('Other articles of the briefing that carry the same statement'),
});

const CopyJson = z
  .object({
    article: z.string().describe('The earlier article copied from'),
    share: z.number().min(0).max(1).describe("Share of this article's sentences found in the earlier one"),
    reworded: z.boolean().describe('Copied sentences were reworded by word swaps (spun content)'),
    swaps: z.array(z.tuple([z.string(), z.string()])).describe('Swaps seen, source wording first'),
  })
  .describe('Provenance: an earlier article this one copies from');

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
  publishedInferred: z
    .boolean()
    .describe('True when published was inferred from the text or related articles, not given by metadata'),
  url: z.string().nullable(),
  authors: z.array(z.string()),
  sentences: z.array(SentenceJson),
  removed: z.array(RemovedJson),
  copies: z.array(CopyJson),
});

const SummarySentenceJson = z.object({
  text: z.string(),
  sentence: z.string().describe('Id of the sentence whose text is shown'),
  article: z.string(),
  citations: z.array(z.string()).min(1).describe('Every sentence id reporting the same content'),
});

const EntityJson = z
  .object({
    name: z.string(),
    type: z.enum(['person', 'organisation', 'place']),
    aliases: z.array(z.string()).describe('Other names written for it'),
    role: z.string().nullable().describe('What the articles say it is ("US Secretary of State")'),
    mentions: z.number().int().positive(),
    citations: z.array(z.string()).min(1).describe('Sentence ids that name it'),
  })
  .describe('A person, organisation or place the story names, its names merged across outlets');

const QuoteJson = z
  .object({
    speaker: z
      .string()
      .describe("The speaker's name as the story's entities give it, or the article's description"),
    text: z.string(),
    partial: z.boolean().describe("A few quoted words inside the reporter's sentence"),
    citations: z.array(z.string()).min(1).describe('Every sentence id carrying the quote'),
  })
  .describe('A direct quotation; the same words in several outlets are one quote');

const TimelineEventJson = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/),
    certain: z
      .boolean()
      .describe('The text writes the date out, rather than implying it from the publication date'),
    text: z.string(),
    citations: z.array(z.string()).min(1).describe('Every sentence id reporting the same event'),
  })
  .describe('A dated event of the story');

const StoryJson = z.object({
  id: z.string(),
  title: z.string(),
  articles: z.array(z.string()),
  summary: z.array(SummarySentenceJson),
  entities: z.array(EntityJson),
  quotes: z.array(QuoteJson),
  timeline: z.array(TimelineEventJson),
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
