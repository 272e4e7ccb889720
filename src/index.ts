/**
 * newsbrief as a library: read inputs, brief piles, render briefings.
 *
 * @example
 * const { piles } = readPiles([{ path: 'a.txt', bytes }]);
 * const briefing = briefPile(piles[0]);
 * console.log(renderMarkdown(briefing));
 */
export { analyseArticle } from './analyse/article.js';
export { splitSentences } from './analyse/sentences.js';
export { cleanDocument } from './clean/index.js';
export { clusterArticles, createClusterer, StoryClusterer } from './cluster/index.js';
export { findCopies } from './dedupe/provenance.js';
export { findStatements } from './dedupe/statements.js';
export { createApp } from './http/app.js';
export { type BriefOptions, briefPile, DEFAULT_BUDGET } from './pipeline.js';
export { readPiles } from './read/index.js';
export { renderHtml } from './render/html.js';
export { renderJson, toJson } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';
export { type BriefingJson, BriefingJsonSchema, briefingJsonSchema } from './render/schema.js';
export { Ingestor } from './service/ingest.js';
export { openSqliteStore } from './store/sqlite/sqlite-store.js';
export type * from './store/store.js';
export { synthesiseStory } from './synthesise/story.js';
export { DEFAULT_SUMMARY, type SummaryOptions, summarise } from './synthesise/summary/index.js';
export type * from './types.js';
