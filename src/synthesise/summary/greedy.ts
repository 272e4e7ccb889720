import { bestTail, type CoverageProblem, type Selection, tailRoom } from './coverage.js';
import { type PackedProblem, packProblem } from './packed.js';

const EPS = 1e-9;

/**
 * Budgeted maximum coverage, greedily: repeatedly take the item whose gain
 * (newly covered concept weight plus bonus) per unit of the first capacity is
 * highest, among those that still fit; then compare with the best single
 * item, which bounds how badly greedy can do (Khuller et al. 1999), and add
 * the best tail when the problem allows one. It is the exact solver's first
 * incumbent and its fallback when time runs out. `p`: the problem packed,
 * when the caller already has it.
 */
export function solveGreedy(problem: CoverageProblem, p: PackedProblem = packProblem(problem)): Selection {
  const {
    n,
    dims,
    start,
    concepts,
    weight,
    bonus,
    cost,
    cost0,
    capacity,
    weights,
    holderStart,
    holders,
    itemOf,
  } = p;
  const covered = new Uint8Array(weights.length);
  const used = new Float64Array(dims);
  const fits = (i: number): boolean => {
    for (let d = 0; d < dims; d++) if (used[d]! + cost[i * dims + d]! > capacity[d]! + EPS) return false;
    return true;
  };
  const gainOf = (i: number): number => {
    let g = bonus[i]!;
    for (let e = start[i]!; e < start[i + 1]!; e++) if (!covered[concepts[e]!]) g += weight[e]!;
    return g;
  };
  // Each item's gain, summed again only when a concept it holds gets covered.
  const gain = new Float64Array(n);
  const stale = new Uint8Array(n);
  for (let i = 0; i < n; i++) gain[i] = gainOf(i);
  const chosen: number[] = [];
  let total = 0;
  // The items still worth a look, in index order (ties go to the first).
  const alive = new Int32Array(n);
  let count = n;
  for (let i = 0; i < n; i++) alive[i] = i;
  for (;;) {
    let kept = 0;
    for (let j = 0; j < count; j++) if (fits(alive[j]!)) alive[kept++] = alive[j]!;
    count = kept;
    let best = -1;
    let bestRatio = 0;
    for (let j = 0; j < count; j++) {
      const i = alive[j]!;
      const ratio = gain[i]! / cost0[i]!;
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = i;
      }
    }
    if (best === -1) break;
    total += gain[best]!;
    for (let e = start[best]!; e < start[best + 1]!; e++) {
      const c = concepts[e]!;
      if (covered[c]) continue;
      covered[c] = 1;
      for (let h = holderStart[c]!; h < holderStart[c + 1]!; h++) stale[itemOf[holders[h]!]!] = 1;
    }
    for (let d = 0; d < dims; d++) used[d]! += cost[best * dims + d]!;
    chosen.push(best);
    kept = 0;
    for (let j = 0; j < count; j++) {
      const i = alive[j]!;
      if (i === best) continue;
      alive[kept++] = i;
      if (stale[i]) {
        stale[i] = 0;
        gain[i] = gainOf(i);
      }
    }
    count = kept;
  }
  let single = -1;
  let singleValue = total;
  problem.items.forEach((item, i) => {
    if (!item.cost.every((c, d) => c <= capacity[d]! + EPS)) return;
    let v = bonus[i]!;
    for (let e = start[i]!; e < start[i + 1]!; e++) v += weight[e]!;
    if (v > singleValue) {
      singleValue = v;
      single = i;
    }
  });
  const picked = single === -1 ? chosen : [single];
  return { chosen: picked, tail: greedyTail(problem, picked) };
}

/** The best tail after `chosen`, or -1 (also when the problem has no tail). */
function greedyTail(problem: CoverageProblem, chosen: readonly number[]): number {
  const rule = problem.tail;
  if (!rule) return -1;
  const covered = new Uint8Array(problem.weights.length);
  const used = new Float64Array(problem.capacity.length);
  for (const i of chosen) {
    const item = problem.items[i]!;
    for (const c of item.concepts) covered[c] = 1;
    item.cost.forEach((x, d) => {
      used[d]! += x;
    });
  }
  const inChosen = new Set(chosen);
  const room = tailRoom(problem, used[rule.dim]!);
  return bestTail(problem, room, covered, (i) => inChosen.has(i) || !tailFits(problem, used, i))[0];
}

/** A tail may overflow its own dimension only: in every other one it must fit. */
function tailFits(problem: CoverageProblem, used: ArrayLike<number>, i: number): boolean {
  const cost = problem.items[i]!.cost;
  return problem.capacity.every((cap, d) => d === problem.tail?.dim || used[d]! + cost[d]! <= cap + EPS);
}
