import type { Command } from 'commander';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';

/** The default database file, in the working directory. */
export const DEFAULT_DB = './newsbrief.db';

/** Adds `--db PATH` to a command. */
export function withDb(command: Command): Command {
  return command.option('--db <path>', 'SQLite database file', DEFAULT_DB);
}

/** Opens the store named by `--db`, runs `work`, and closes it whatever happens. */
export async function usingStore<T>(path: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = openSqliteStore(path);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
