import { bestTail, type CoverageProblem, type Selection, tailRoom } from './coverage.js';

const EPS = 1e-9;

/**
 * Budgeted maximum coverage, greedily: repeatedly take the item whose gain
 * (newly covered concept weight plus bonus) per unit of the first capacity is
 * highest, among those that still fit; then compare with the best single
 * item, which bounds how badly greedy can do (Khuller et al. 1999), and add
 * the best tail when the problem allows one. It is the exact solver's first
 * incumbent and its fallback when time runs out.
 */
export function solveGreedy(problem: CoverageProblem): Selection {
  const { items, weights, capacity } = problem;
  const dims = capacity.length;
  const covered = new Uint8Array(weights.length);
  const used = new Float64Array(dims);
  const fits = (i: number): boolean => {
    const cost = items[i]!.cost;
    for (let d = 0; d < dims; d++) if (used[d]! + cost[d]! > capacity[d]! + EPS) return false;
    return true;
  };
  const gain = (i: number): number => {
    const item = items[i]!;
    let g = item.bonus;
    for (const c of item.concepts) if (!covered[c]) g += weights[c]!;
    return g;
  };
  const chosen: number[] = [];
  let total = 0;
  let alive = items.map((_, i) => i);
  for (;;) {
    alive = alive.filter(fits);
    let best = -1;
    let bestRatio = 0;
    for (const i of alive) {
      const ratio = gain(i) / Math.max(EPS, items[i]!.cost[0] ?? 1);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = i;
      }
    }
    if (best === -1) break;
    total += gain(best);
    const item = items[best]!;
    for (const c of item.concepts) covered[c] = 1;
    for (let d = 0; d < dims; d++) used[d]! += item.cost[d]!;
    chosen.push(best);
    alive = alive.filter((i) => i !== best);
  }
  let single = -1;
  let singleValue = total;
  items.forEach((item, i) => {
    if (!item.cost.every((c, d) => c <= capacity[d]! + EPS)) return;
    let v = item.bonus;
    for (const c of item.concepts) v += weights[c]!;
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
