import { describe, expect, it } from 'vitest';
import { countSurprise, logGamma, logLowerRegularizedGamma } from './poisson-tail.ts';

/** Direct Poisson upper tail, summed term by term, as the reference. */
function poissonUpperTail(k: number, lambda: number): number {
  let below = 0;
  let term = Math.exp(-lambda);
  for (let i = 0; i < k; i++) {
    below += term;
    term *= lambda / (i + 1);
  }
  return 1 - below;
}

describe('Poisson tail', () => {
  it('matches the Poisson upper tail P(X ≥ k) on both numerical branches', () => {
    for (const [k, lambda] of [
      [1, 0.01],
      [3, 0.5],
      [5, 4],
      [10, 12],
      [20, 30],
      [2, 7],
    ] as const) {
      expect(Math.exp(logLowerRegularizedGamma(k, lambda))).toBeCloseTo(
        poissonUpperTail(k, lambda),
        10,
      );
    }
  });
  it('knows Γ', () => {
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 8);
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 10);
  });
  it('calls one event surprising only when almost none are expected, and discounts over-dispersion', () => {
    expect(countSurprise(1, 0.01, 0.01)).toBeCloseTo(-Math.log10(1 - Math.exp(-0.01)), 6);
    expect(countSurprise(1, 0.8, 0.8)).toBeLessThan(0.5);
    expect(countSurprise(30, 5, 5)).toBeGreaterThan(countSurprise(30, 5, 100));
    expect(countSurprise(2, 5, 5)).toBe(0);
  });
});
