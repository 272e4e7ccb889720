/** The file-system adapter: paths, folders, globs and stdin -> input files as bytes. */
export { type Collected, type CollectOptions, collectInputs } from './inputs.js';
export { compareCodePoints, type FolderListing, walkFolder } from './walk.js';
