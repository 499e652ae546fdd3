import { SeededRandom } from './random.ts';

/**
 * Symmetric q-ary Tardos code (Škorić, Katzenbeisser & Celik, "Symmetric Tardos fingerprinting
 * codes for arbitrary alphabet sizes", Des. Codes Cryptogr. 46, 2008).
 *
 * Every position i has an alphabet of q_i symbols (a mark site with q_i variants; layout sites
 * are binary). The issuer draws a secret bias vector p_i from a symmetric Dirichlet(κ)
 * distribution with a cutoff t (every component ≥ t), then every recipient's symbol at i is drawn
 * independently from p_i. For q = 2 and κ = 1/2 this is Tardos' arcsine density.
 */
export interface TardosParameters {
  /** n: number of recipients. */
  recipients: number;
  /** c: the largest coalition the code length is sized for. */
  coalition: number;
  /** ε: tolerated probability that any innocent is accused. */
  falseAccusation: number;
}

export interface TardosCode {
  /** q_i per position. */
  alphabetSizes: Uint8Array;
  /** Start of position i's bias vector in `biases`. */
  biasOffsets: Uint32Array;
  /** Concatenated bias vectors p_i (each sums to 1). */
  biases: Float64Array;
  cutoff: number;
  dirichletShape: number;
}

/** Dirichlet shape κ = 1/2: the q-ary generalisation of Tardos' arcsine density used by Škorić et al. */
export const DEFAULT_DIRICHLET_SHAPE = 0.5;

/**
 * Cutoff t = 1/(20c). The cutoff bounds the largest score a single position can contribute,
 * sqrt((1−t)/t), which keeps the innocent score distribution light-tailed (Tardos 2003 uses
 * 1/(300c), Laarhoven & de Weger 2014 show larger cutoffs cost little for small c). Our
 * threshold is computed from the actual biases (see accusation-threshold.ts), so the cutoff only
 * trades detection power, never the false-accusation bound.
 */
export function cutoffFor(coalition: number): number {
  return 1 / (20 * Math.max(1, coalition));
}

export function offsetsFor(alphabetSizes: Uint8Array): Uint32Array {
  const offsets = new Uint32Array(alphabetSizes.length + 1);
  for (let i = 0; i < alphabetSizes.length; i++) offsets[i + 1] = offsets[i]! + alphabetSizes[i]!;
  return offsets;
}

export function generateTardosCode(
  alphabetSizes: Uint8Array,
  options: { coalition: number; rng: SeededRandom; dirichletShape?: number },
): TardosCode {
  const shape = options.dirichletShape ?? DEFAULT_DIRICHLET_SHAPE;
  const biasOffsets = offsetsFor(alphabetSizes);
  const biases = new Float64Array(biasOffsets[alphabetSizes.length]!);
  for (let i = 0; i < alphabetSizes.length; i++) {
    const q = alphabetSizes[i]!;
    const cutoff = Math.min(cutoffFor(options.coalition), 1 / (2 * q));
    const p = sampleDirichletWithCutoff(q, shape, cutoff, options.rng);
    biases.set(p, biasOffsets[i]!);
  }
  return {
    alphabetSizes,
    biasOffsets,
    biases,
    cutoff: cutoffFor(options.coalition),
    dirichletShape: shape,
  };
}

/** Rejection sampling: the cut-off Dirichlet is the Dirichlet conditioned on min p ≥ t. */
function sampleDirichletWithCutoff(
  q: number,
  shape: number,
  cutoff: number,
  rng: SeededRandom,
): Float64Array {
  const p = new Float64Array(q);
  for (;;) {
    let sum = 0;
    for (let k = 0; k < q; k++) {
      p[k] = rng.gamma(shape);
      sum += p[k]!;
    }
    if (sum <= 0) continue;
    let ok = true;
    for (let k = 0; k < q; k++) {
      p[k] = p[k]! / sum;
      if (p[k]! < cutoff) ok = false;
    }
    if (ok) return p;
  }
}

/** One recipient's codeword: symbol i drawn from p_i, independently of everyone else. */
export function sampleCodeword(code: TardosCode, rng: SeededRandom): Uint8Array {
  const m = code.alphabetSizes.length;
  const word = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    const start = code.biasOffsets[i]!;
    const q = code.alphabetSizes[i]!;
    let u = rng.next();
    let symbol = q - 1;
    for (let k = 0; k < q - 1; k++) {
      u -= code.biases[start + k]!;
      if (u < 0) {
        symbol = k;
        break;
      }
    }
    word[i] = symbol;
  }
  return word;
}

export function bias(code: TardosCode, position: number, symbol: number): number {
  return code.biases[code.biasOffsets[position]! + symbol]!;
}
