/**
 * Upper tail of a (quasi-)Poisson count, for "how surprising is x events when λ are
 * expected". P(X ≥ k | λ) equals the regularized lower incomplete gamma P(k, λ), which also
 * extends smoothly to the non-integer k of a quasi-Poisson (x/φ, λ/φ) for over-dispersed
 * counts. Numerics after Numerical Recipes §6.2 (series below a+1, Lentz's continued
 * fraction above), computed in logs so a tail of 1e-300 does not underflow to 0.
 */

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const x = z - 1;
  let a = 0.99999999999980993;
  const t = x + 7.5;
  for (let i = 0; i < 8; i++) a += LANCZOS[i]! / (x + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln P(a, x), the log of the regularized lower incomplete gamma function. */
export function logLowerRegularizedGamma(a: number, x: number): number {
  if (x <= 0) return -Infinity;
  const logPrefix = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * 1e-14) break;
    }
    return Math.log(sum) + logPrefix;
  }
  // Continued fraction for Q(a, x); P = 1 − Q is not small here, so plain arithmetic is fine.
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-14) break;
  }
  const q = Math.exp(logPrefix) * h;
  return Math.log(Math.max(1e-300, 1 - q));
}

/**
 * Surprise of seeing `x` when `mean` is expected with variance `variance`: −log10 P(X ≥ x)
 * under a quasi-Poisson with dispersion φ = max(1, variance / mean). Zero when x ≤ mean.
 */
export function countSurprise(x: number, mean: number, variance: number, cap = 12): number {
  if (!(x > mean) || x <= 0) return 0;
  const phi = Math.min(50, Math.max(1, variance / mean));
  const logP = logLowerRegularizedGamma(x / phi, mean / phi);
  return Math.min(cap, -logP / Math.LN10);
}
