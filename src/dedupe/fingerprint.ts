import { createHash } from 'node:crypto';

/**
 * The identity of an article's content: SHA-256 of its text with white space
 * folded and Unicode normalised, so the same article saved twice (another
 * path, CRLF line ends, a trailing newline) is recognised as one.
 */
export function contentHash(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normal).digest('hex');
}
