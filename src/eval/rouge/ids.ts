/**
 * Matching summary ids to dataset cluster ids. Published DUC outputs name a
 * cluster "d30001" where the dataset says "d30001t": DUC ids end in a letter
 * for the assessor or topic set, and tools drop it or not. So an id matches
 * exactly first, else by its normalised form.
 */

/** How one summary id was resolved. */
export type IdResolution =
  | { readonly kind: 'exact' | 'normalised'; readonly clusterId: string }
  | { readonly kind: 'unmatched' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] };

/** An id without the single letter that may follow its final digit ("d30001t" -> "d30001"). */
export function normaliseId(id: string): string {
  return id.replace(/(\d)[A-Za-z]$/, '$1');
}

/** Resolves summary ids against a fixed set of cluster ids. */
export class IdMatcher {
  private readonly exact: ReadonlySet<string>;
  private readonly byNormalised = new Map<string, string[]>();

  constructor(clusterIds: Iterable<string>) {
    this.exact = new Set(clusterIds);
    for (const id of this.exact) {
      const key = normaliseId(id);
      const list = this.byNormalised.get(key);
      if (list) list.push(id);
      else this.byNormalised.set(key, [id]);
    }
  }

  /** The cluster a summary id names: exact match, else the only cluster with the same normalised id. */
  resolve(id: string): IdResolution {
    if (this.exact.has(id)) return { kind: 'exact', clusterId: id };
    const candidates = this.byNormalised.get(normaliseId(id)) ?? [];
    if (candidates.length === 1) return { kind: 'normalised', clusterId: candidates[0]! };
    if (candidates.length === 0) return { kind: 'unmatched' };
    return { kind: 'ambiguous', candidates };
  }
}
