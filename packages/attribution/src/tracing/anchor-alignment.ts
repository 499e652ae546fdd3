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

export function findAnchors(master: string, leak: string, k: number): Anchor[] {
  if (leak.length < k || master.length < k) return [];
  const seen = new Map<string, number>();
  for (let i = 0; i + k <= master.length; i++) {
    const gram = master.slice(i, i + k);
    seen.set(gram, seen.has(gram) ? -1 : i);
  }
  const candidates: Anchor[] = [];
  const leakSeen = new Map<string, number>();
  for (let i = 0; i + k <= leak.length; i++) {
    const gram = leak.slice(i, i + k);
    leakSeen.set(gram, leakSeen.has(gram) ? -1 : i);
  }
  for (const [gram, leakPos] of leakSeen) {
    if (leakPos < 0) continue;
    const masterPos = seen.get(gram);
    if (masterPos !== undefined && masterPos >= 0) candidates.push({ leak: leakPos, master: masterPos });
  }
  candidates.sort((a, b) => a.leak - b.leak);
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
