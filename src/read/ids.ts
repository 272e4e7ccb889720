/**
 * Document and pile ids: derived from names in the input (file names,
 * record ids), so they stay the same from run to run, and made unique with
 * -2, -3 suffixes in the order the inputs were given.
 */

/** The base name of `path` without its extension: `a/b/000_x.txt` -> `000_x`; `-` -> `stdin`. */
export function stemOf(path: string): string {
  if (path === '-') return 'stdin';
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The last segment of `path`, ignoring trailing slashes. */
export function baseName(path: string): string {
  const trimmed = path.replace(/[/\\]+$/, '');
  return trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
}

/**
 * Makes `name` safe inside sentence ids (`${articleId}:${index}`) and URLs:
 * letters, digits, `.`, `_` and `-` stay, anything else becomes `-`.
 */
export function safeId(name: string, fallback = 'doc'): string {
  const id = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? fallback : id;
}

/** Hands out ids unique within one scope (a pile's documents, or the piles of one read). */
export class UniqueIds {
  private readonly taken = new Set<string>();

  /** `base` if free, else `base-2`, `base-3`, ... */
  take(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
