/**
 * The accusation threshold, with a false-accusation bound that holds for the biases and the
 * observations actually at hand — not a Gaussian approximation.
 *
 * An innocent recipient's codeword is drawn independently of the leaked copy, so given the biases
 * and the observed symbols y_i, the innocent's per-position scores are independent with
 *     g_i = +sqrt((1−p)/p)  with probability p,   g_i = −sqrt(p/(1−p))  otherwise,   p = p_i(y_i)
 * (symmetric score of Škorić et al. 2008; mean 0, variance 1). The Chernoff bound gives, for every
 * λ > 0,   P(Σ g_i ≥ Z) ≤ exp(−λZ + Σ_i K_i(λ)),   K_i(λ) = ln(p·e^{λa} + (1−p)·e^{λb}).
 * Setting the right-hand side to δ and minimising Z over λ yields the smallest threshold this
 * bound certifies:   Z(δ) = min_λ (ln(1/δ) + Σ K_i(λ)) / λ.
 * With δ = ε / (n·W) and a union bound over the n recipients and the W score windows tested, the
 * probability that any innocent is accused is at most ε. The function minimised is quasi-convex
 * (its derivative's numerator λK′ − K − ln(1/δ) increases in λ), so golden-section search finds it.
 */
export interface ScoredPosition {
  /** p_i(y_i): the bias of the symbol observed at this position. */
  p: number;
}

export function matchScore(p: number): number {
  return Math.sqrt((1 - p) / p);
}

export function mismatchScore(p: number): number {
  return -Math.sqrt(p / (1 - p));
}

/** Per-position constants of the cumulant, computed once per threshold search. */
interface Terms {
  hit: Float64Array;
  miss: Float64Array;
  logP: Float64Array;
  logQ: Float64Array;
}

function termsOf(ps: ArrayLike<number>): Terms {
  const m = ps.length;
  const t = {
    hit: new Float64Array(m),
    miss: new Float64Array(m),
    logP: new Float64Array(m),
    logQ: new Float64Array(m),
  };
  for (let i = 0; i < m; i++) {
    const p = ps[i]!;
    t.hit[i] = matchScore(p);
    t.miss[i] = mismatchScore(p);
    t.logP[i] = Math.log(p);
    t.logQ[i] = Math.log1p(-p);
  }
  return t;
}

/** (ln(1/δ) + Σ K_i(λ)) / λ with K_i(λ) = ln(p·e^{λa} + (1−p)·e^{λb}), computed stably. */
function chernoffThresholdAt(t: Terms, logInvDelta: number, lambda: number): number {
  let k = 0;
  for (let i = 0; i < t.hit.length; i++) {
    const x = lambda * t.hit[i]! + t.logP[i]!;
    const y = lambda * t.miss[i]! + t.logQ[i]!;
    k += x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
  }
  return (logInvDelta + k) / lambda;
}

/** Smallest Z with P(innocent score ≥ Z) ≤ δ certified by the Chernoff bound. */
export function chernoffThreshold(ps: ArrayLike<number>, delta: number): number {
  if (ps.length === 0) return Number.POSITIVE_INFINITY;
  const terms = termsOf(ps);
  const logInvDelta = Math.log(1 / delta);
  let lo = Math.log(1e-4);
  let hi = Math.log(64);
  const phi = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - phi * (hi - lo);
  let x2 = lo + phi * (hi - lo);
  let f1 = chernoffThresholdAt(terms, logInvDelta, Math.exp(x1));
  let f2 = chernoffThresholdAt(terms, logInvDelta, Math.exp(x2));
  // 48 golden-section steps shrink the log-λ bracket (width ≈ 13.4) below 1e-8.
  for (let iter = 0; iter < 48; iter++) {
    if (f1 < f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - phi * (hi - lo);
      f1 = chernoffThresholdAt(terms, logInvDelta, Math.exp(x1));
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + phi * (hi - lo);
      f2 = chernoffThresholdAt(terms, logInvDelta, Math.exp(x2));
    }
  }
  return Math.min(f1, f2);
}
