/**
 * Anchors between the leak and the master: k-character shingles that occur exactly once in the
 * master and appear in the leak, chained into the longest sequence increasing in both texts
 * (Patience/LIS, as in MUMmer-style anchoring). Character errors, missing passages and reordered
 * excerpts only remove anchors locally; the chain keeps the consistent ones.
 */
export interface Anchor {
  leak: number;
  master: number;
}

/** Shingles repeated more often than this in the master are too ambiguous to anchor on. */
const MAX_REPEATS = 4;

export function findAnchors(master: string, leak: string, k: number): Anchor[] {
  if (leak.length < k || master.length < k) return [];
  const occurrences = new Map<string, number[]>();
  for (let i = 0; i + k <= master.length; i++) {
    const gram = master.slice(i, i + k);
    const list = occurrences.get(gram);
    if (list) list.push(i);
    else occurrences.set(gram, [i]);
  }
  // Repeated passages (a sentence used twice) give several candidates per leak shingle; listing
  // them in decreasing master order lets the strictly increasing chain take at most one.
  const candidates: Anchor[] = [];
  for (let i = 0; i + k <= leak.length; i++) {
    const list = occurrences.get(leak.slice(i, i + k));
    if (!list || list.length > MAX_REPEATS) continue;
    for (let r = list.length - 1; r >= 0; r--) candidates.push({ leak: i, master: list[r]! });
  }
  return longestIncreasingChain(candidates);
}

/** Longest subsequence strictly increasing in master position (candidates sorted by leak position). */
function longestIncreasingChain(candidates: Anchor[]): Anchor[] {
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous = new Int32Array(candidates.length).fill(-1);
  for (let i = 0; i < candidates.length; i++) {
    const value = candidates[i]!.master;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailIndex[lo] = i;
    previous[i] = lo > 0 ? tailIndex[lo - 1]! : -1;
  }
  const chain: Anchor[] = [];
  let at = tails.length > 0 ? tailIndex[tails.length - 1]! : -1;
  while (at >= 0) {
    chain.push(candidates[at]!);
    at = previous[at]!;
  }
  return chain.reverse();
}
