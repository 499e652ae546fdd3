/**
 * Ranking metrics for detection. All take scores where higher means riskier and labels
 * where true means malicious.
 */

/** ROC AUC as the Mann–Whitney U statistic, ties counted half (average ranks). */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<boolean>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const average = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = average;
    i = j + 1;
  }
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < n; i++) {
    if (labels[i]) {
      positives++;
      rankSum += ranks[i]!;
    }
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Percentile rank of each malicious item among all items of its day, averaged (Tuor et al.
 * 2017, "Deep learning for unsupervised insider threat detection"): 0 is the top of the
 * list, 1 the bottom; lower is better. Ties take the pessimistic (lowest) position.
 */
export function averagePercentileRank(
  groups: ReadonlyArray<{ scores: readonly number[]; labels: readonly boolean[] }>,
): number {
  let total = 0;
  let count = 0;
  for (const { scores, labels } of groups) {
    for (let i = 0; i < scores.length; i++) {
      if (!labels[i]) continue;
      const atLeast = scores.filter((s) => s >= scores[i]!).length;
      total += scores.length > 1 ? (atLeast - 1) / (scores.length - 1) : 0;
      count++;
    }
  }
  return count === 0 ? Number.NaN : total / count;
}

/** The analyst budget: alerts per day an office can review, 5 per 1,000 users, at least 1. */
export function dailyBudget(users: number): number {
  return Math.max(1, Math.round((5 * users) / 1000));
}

/** Indices of the top `k` scores (ties broken by index, so the budget is never exceeded). */
export function topK(scores: readonly number[], k: number): number[] {
  return scores
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, k)
    .filter(([s]) => s > 0)
    .map(([, i]) => i);
}
