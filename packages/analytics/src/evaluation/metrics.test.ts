import { describe, expect, it } from 'vitest';
import { averagePercentileRank, dailyBudget, rocAuc, topK } from './metrics.ts';

describe('rocAuc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one and 0.5 for all ties', () => {
    expect(rocAuc([0.9, 0.8, 0.1, 0.2], [true, true, false, false])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.9, 0.8], [true, true, false, false])).toBe(0);
    expect(rocAuc([1, 1, 1, 1], [true, false, true, false])).toBe(0.5);
  });
  it('matches the pairwise definition on a mixed example', () => {
    const scores = [3, 1, 2, 5, 4, 2];
    const labels = [true, false, false, true, false, true];
    let wins = 0;
    let pairs = 0;
    scores.forEach((p, i) =>
      scores.forEach((n, j) => {
        if (labels[i] && !labels[j]) {
          pairs++;
          wins += p > n ? 1 : p === n ? 0.5 : 0;
        }
      }),
    );
    expect(rocAuc(scores, labels)).toBeCloseTo(wins / pairs, 12);
  });
  it('is undefined without both classes', () => {
    expect(rocAuc([1, 2], [false, false])).toBeNaN();
  });
});

describe('averagePercentileRank', () => {
  it('is 0 when every malicious item tops its day, and pessimistic on ties', () => {
    expect(averagePercentileRank([{ scores: [9, 1, 2], labels: [true, false, false] }])).toBe(0);
    expect(averagePercentileRank([{ scores: [1, 9, 2], labels: [true, false, false] }])).toBe(1);
    expect(averagePercentileRank([{ scores: [5, 5, 1], labels: [true, false, false] }])).toBe(0.5);
  });
});

describe('budget', () => {
  it('allows 5 alerts per 1,000 users and at least one', () => {
    expect(dailyBudget(1000)).toBe(5);
    expect(dailyBudget(4000)).toBe(20);
    expect(dailyBudget(50)).toBe(1);
  });
  it('never returns more than k and skips zero scores', () => {
    expect(topK([0, 3, 3, 1, 0], 2)).toEqual([1, 2]);
    expect(topK([0, 0, 2], 2)).toEqual([2]);
  });
});
