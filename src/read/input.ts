/** The shapes that go into and come out of the read stage. */
import type { Pile, Problem } from '../types.js';

/** One input as bytes: a file (path as the user gave it, or under a folder they gave) or `-` for stdin. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
  /** The HTTP Content-Type it was served with, for inputs fetched from a URL (its charset decodes the page). */
  contentType?: string;
}

/** How to name the pile that loose text and HTML files form together. */
export interface ReadOptions {
  /** Human label of that pile; by default the folder the files share, or the file paths. */
  label?: string;
  /** Its id; by default the name of the shared folder (or file), else `pile`. */
  id?: string;
}

/** The piles read, and what could not be read (each naming its file). */
export interface ReadResult {
  piles: Pile[];
  problems: Problem[];
}
