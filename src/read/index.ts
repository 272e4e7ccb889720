/**
 * The read stage: bytes of input files -> piles of source documents, with a
 * problem (naming the file and the bad value) for each input that cannot be read.
 * Pure: file-system access lives in `src/adapters/fs`.
 */
export { type Decoded, decode, type Encoding } from './decode.js';
export { detectFormat, extensionOf, isReadableName, READABLE_EXTENSIONS } from './format.js';
export type { InputFile, ReadOptions, ReadResult } from './input.js';
export { readJsonl } from './jsonl.js';
export { readMultiNews } from './multinews.js';
export { readPiles } from './piles.js';
export { formatBytes } from './problem.js';
export { readText } from './text.js';
