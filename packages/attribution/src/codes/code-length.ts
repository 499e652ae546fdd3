import { SeededRandom } from './random.ts';
import { DEFAULT_DIRICHLET_SHAPE, cutoffFor } from './tardos-code.ts';
import type { TardosParameters } from './tardos-code.ts';

/**
 * How many code positions a document needs for (n, c, ε).
 *
 * For the symmetric score, Škorić et al. (2008) and Laarhoven & de Weger ("Optimal symmetric
 * Tardos traitor tracing schemes", 2014) give the sufficient binary code length
 *     m ≈ (π²/2) · c² · ln(n/ε)
 * against an arbitrary coalition strategy (per-innocent error ε1 = ε/n, union bound over n).
 * We count each position in binary-equivalents: a q-ary site carries more evidence per position
 * than a binary one. Its weight is (s_q / s_2)², where s_q = E[Σ_y sqrt(p_y(1−p_y))] is the
 * expected score a leaker gains per position while an innocent's score has mean 0 and variance 1
 * (Škorić et al. 2008, Lemma 1); the number of positions needed scales as 1/s² for a fixed
 * threshold-to-drift ratio. This weight is a documented engineering estimate, not a theorem; the
 * threshold at trace time is exact (accusation-threshold.ts) whatever the code length.
 */
export function requiredBinaryPositions(params: TardosParameters): number {
  const { recipients, coalition, falseAccusation } = params;
  return Math.ceil(
    ((Math.PI * Math.PI) / 2) * coalition * coalition * Math.log(recipients / falseAccusation),
  );
}

const driftCache = new Map<string, number>();

/** s_q: expected per-position score of a lone leaker (Monte Carlo over the bias distribution, fixed seed). */
export function leakerDrift(q: number, coalition: number, shape = DEFAULT_DIRICHLET_SHAPE): number {
  const key = `${q}:${coalition}:${shape}`;
  const cached = driftCache.get(key);
  if (cached !== undefined) return cached;
  const rng = new SeededRandom(`drift:${key}`);
  const cutoff = Math.min(cutoffFor(coalition), 1 / (2 * q));
  const p = new Float64Array(q);
  let total = 0;
  let count = 0;
  while (count < 20000) {
    let sum = 0;
    for (let k = 0; k < q; k++) {
      p[k] = rng.gamma(shape);
      sum += p[k]!;
    }
    let ok = sum > 0;
    for (let k = 0; k < q && ok; k++) if (p[k]! / sum < cutoff) ok = false;
    if (!ok) continue;
    let s = 0;
    for (let k = 0; k < q; k++) {
      const pk = p[k]! / sum;
      s += Math.sqrt(pk * (1 - pk));
    }
    total += s;
    count++;
  }
  const drift = total / count;
  driftCache.set(key, drift);
  return drift;
}

/** Binary-equivalent weight of one position with alphabet size q. */
export function positionWeight(q: number, coalition: number): number {
  const ratio = leakerDrift(q, coalition) / leakerDrift(2, coalition);
  return ratio * ratio;
}

export interface CapacityReport {
  required: number;
  available: number;
  sufficient: boolean;
  /** Extra words of similar prose the document needs (0 when sufficient). */
  wordsNeeded: number;
}

export function capacityReport(
  params: TardosParameters,
  alphabetSizes: ArrayLike<number>,
  words: number,
): CapacityReport {
  const required = requiredBinaryPositions(params);
  const weights = new Map<number, number>();
  let available = 0;
  for (let i = 0; i < alphabetSizes.length; i++) {
    const q = alphabetSizes[i]!;
    let w = weights.get(q);
    if (w === undefined) weights.set(q, (w = positionWeight(q, params.coalition)));
    available += w;
  }
  const missing = required - available;
  const perWord = words > 0 ? available / words : 0;
  const wordsNeeded =
    missing <= 0 ? 0 : perWord > 0 ? Math.ceil(missing / perWord) : Number.POSITIVE_INFINITY;
  return { required, available: Math.floor(available), sufficient: missing <= 0, wordsNeeded };
}
