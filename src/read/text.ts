/** A plain-text file -> one document whose text is the file's text, unchanged. */
import type { SourceDocument } from '../types.js';

/**
 * Reads a decoded text file. The text is kept byte-faithful (no trimming, no
 * newline normalising) because every later offset points into it; titles,
 * bylines and datelines are the clean stage's job.
 */
export function readText(path: string, text: string, id: string): SourceDocument {
  return {
    id,
    path,
    format: 'text',
    text,
    title: null,
    published: null,
    source: null,
    url: null,
    authors: [],
  };
}
