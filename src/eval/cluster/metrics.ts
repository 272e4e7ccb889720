/**
 * Clustering scores against gold labels: B-cubed and pairwise precision,
 * recall and F1. A document may carry several gold labels (TDT documents
 * on two topics); two documents then belong together when their label sets
 * meet, so a prediction is right if it matches either topic.
 *
 * B-cubed (Bagga & Baldwin 1998): for each document, precision is the share
 * of its predicted cluster that belongs with it, recall the share of the
 * documents that belong with it found in its predicted cluster; both are
 * averaged over documents. Pairwise: precision is the share of predicted
 * same-cluster pairs that belong together, recall the share of pairs that
 * belong together predicted in one cluster.
 */

/** Precision, recall and their harmonic mean. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Both scores for one clustering. */
export interface ClusterScores {
  bcubed: Prf;
  pairwise: Prf;
  documents: number;
  predictedClusters: number;
  goldClusters: number;
}

/** One document: its predicted cluster and its gold labels (at least one). */
export interface Labelled {
  predicted: string;
  gold: readonly string[];
}

/** B-cubed and pairwise scores of `docs`. Cost grows with the size of clusters only for multi-label documents. */
export function scoreClustering(docs: readonly Labelled[]): ClusterScores {
  const byPredicted = groupIndices(docs.map((d) => d.predicted));
  const byGold = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.gold.length === 0) throw new Error(`document ${i} has no gold label`);
    for (const label of new Set(d.gold)) push(byGold, label, i);
  });
  // Documents per (predicted cluster, gold label) cell.
  const cell = new Map<string, number>();
  for (const d of docs) {
    for (const label of new Set(d.gold)) {
      const key = `${d.predicted}\u0000${label}`;
      cell.set(key, (cell.get(key) ?? 0) + 1);
    }
  }

  let precisionSum = 0;
  let recallSum = 0;
  let togetherInPredicted = 0; // sum over documents of documents (itself included) right beside it
  let togetherInGold = 0; // sum over documents of documents (itself included) belonging with it
  for (const d of docs) {
    const cluster = byPredicted.get(d.predicted)!;
    const labels = [...new Set(d.gold)];
    let right: number;
    let belong: number;
    if (labels.length === 1) {
      right = cell.get(`${d.predicted}\u0000${labels[0]}`)!;
      belong = byGold.get(labels[0]!)!.length;
    } else {
      const meets = (j: number): boolean => docs[j]!.gold.some((g) => labels.includes(g));
      right = cluster.filter(meets).length;
      belong = new Set(labels.flatMap((l) => byGold.get(l)!)).size;
    }
    precisionSum += right / cluster.length;
    recallSum += right / belong;
    togetherInPredicted += right;
    togetherInGold += belong;
  }

  const n = docs.length;
  let predictedPairs = 0;
  for (const members of byPredicted.values()) predictedPairs += (members.length * (members.length - 1)) / 2;
  const truePairs = (togetherInPredicted - n) / 2;
  const goldPairs = (togetherInGold - n) / 2;
  return {
    bcubed: prf(n === 0 ? 0 : precisionSum / n, n === 0 ? 0 : recallSum / n),
    // With no pairs on a side there is nothing to get wrong there.
    pairwise: prf(
      predictedPairs === 0 ? 1 : truePairs / predictedPairs,
      goldPairs === 0 ? 1 : truePairs / goldPairs,
    ),
    documents: n,
    predictedClusters: byPredicted.size,
    goldClusters: byGold.size,
  };
}

/** Precision and recall with their F1 (0 when both are 0). */
export function prf(precision: number, recall: number): Prf {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function groupIndices(keys: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    push(groups, key, i);
  });
  return groups;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}
