import { describe, expect, it } from 'vitest';
import { averagePathLength, IsolationForest } from './isolation-forest.ts';
import { seededRandom } from './seeded-random.ts';

describe('IsolationForest', () => {
  it('scores planted outliers above every inlier of a Gaussian cloud', () => {
    // GIVEN 2,000 points from a 4-d standard normal and 5 points far out on every axis
    const random = seededRandom(1);
    const gaussian = () =>
      Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
    const dims = 4;
    const rows = 2005;
    const data = new Float64Array(rows * dims);
    for (let i = 0; i < 2000 * dims; i++) data[i] = gaussian();
    for (let k = 0; k < 5; k++)
      for (let j = 0; j < dims; j++) data[(2000 + k) * dims + j] = (j + k) % 2 ? 6 + k : -6 - k;
    // WHEN a forest is fitted and scores the data
    const forest = IsolationForest.fit(data, rows, dims, { seed: 3 });
    const scores = forest.score(data, rows, dims);
    // THEN every outlier outranks every inlier, and inliers sit near 0.5 or below
    const maxInlier = Math.max(...scores.subarray(0, 2000));
    const minOutlier = Math.min(...scores.subarray(2000));
    expect(minOutlier, 'outliers isolated').toBeGreaterThan(maxInlier);
    const meanInlier = scores.subarray(0, 2000).reduce((a, b) => a + b, 0) / 2000;
    expect(meanInlier).toBeLessThan(0.5);
  });
  it('is deterministic for a seed', () => {
    const data = Float64Array.from({ length: 300 }, (_, i) => Math.sin(i));
    const a = IsolationForest.fit(data, 100, 3, { seed: 9 }).score(data, 100, 3);
    const b = IsolationForest.fit(data, 100, 3, { seed: 9 }).score(data, 100, 3);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
  it('uses the normalizer c(n) of Liu et al.', () => {
    expect(averagePathLength(256)).toBeCloseTo(10.2448, 3);
  });
});
