import { describe, expect, it } from 'vitest';
import { SeededRandom } from './random.ts';
import { generateTardosCode, sampleCodeword } from './tardos-code.ts';
import { CodewordMatrix } from './codeword-matrix.ts';
import { accuse, type Observation } from './accuse.ts';
import { chernoffThreshold } from './accusation-threshold.ts';

function buildCode(positions: number, recipients: number, seed: string, coalition = 2) {
  const rng = new SeededRandom(seed);
  const sizes = new Uint8Array(positions).map((_, i) => (i % 3 === 0 ? 3 : 2));
  const code = generateTardosCode(sizes, { coalition, rng });
  const words = Array.from({ length: recipients }, () => sampleCodeword(code, rng));
  return { code, words, matrix: CodewordMatrix.fromCodewords(words, positions), rng };
}

const observe = (word: Uint8Array, from = 0, to = word.length): Observation[] =>
  Array.from(word.subarray(from, to), (symbol, k) => ({ position: from + k, symbol }));

describe('Tardos code construction', () => {
  it('GIVEN a cutoff WHEN biases are drawn THEN every bias vector sums to 1 and respects the cutoff', () => {
    const { code } = buildCode(300, 10, 'biases');
    for (let i = 0; i < 300; i++) {
      const q = code.alphabetSizes[i]!;
      const p = Array.from(code.biases.subarray(code.biasOffsets[i]!, code.biasOffsets[i]! + q));
      expect(
        p.reduce((a, b) => a + b, 0),
        `position ${i}`,
      ).toBeCloseTo(1, 9);
      expect(Math.min(...p), `position ${i}`).toBeGreaterThanOrEqual(
        Math.min(code.cutoff, 1 / (2 * q)) - 1e-12,
      );
    }
  });

  it('GIVEN biases WHEN codewords are sampled THEN symbol frequencies follow them', () => {
    const { code, words } = buildCode(3, 20000, 'freq');
    const p0 = code.biases[code.biasOffsets[1]!]!;
    const share = words.filter((w) => w[1] === 0).length / words.length;
    expect(Math.abs(share - p0)).toBeLessThan(0.02);
  });
});

describe('accusation', () => {
  it("GIVEN a lone leaker's full codeword WHEN scored THEN exactly the leaker is accused", () => {
    const { code, words, matrix } = buildCode(150, 2000, 'single');
    const result = accuse(code, matrix, observe(words[17]!), [], 1e-3);
    expect(result.accused.map((a) => a.recipient)).toEqual([17]);
  });

  it('GIVEN too few observations WHEN scored THEN nobody is accused', () => {
    const { code, words, matrix } = buildCode(150, 2000, 'weak');
    const result = accuse(code, matrix, observe(words[3]!, 0, 8), [], 1e-3);
    expect(result.accused).toEqual([]);
  });

  it('GIVEN three colluders mixing passage by passage WHEN scored THEN a member and no innocent is accused', () => {
    const { code, words, matrix } = buildCode(360, 3000, 'collusion');
    const coalition = [5, 900, 2100];
    const mixed = new Uint8Array(360);
    for (let i = 0; i < 360; i++) mixed[i] = words[coalition[Math.floor(i / 120)]!]![i]!;
    const accused = accuse(code, matrix, observe(mixed), [], 1e-3).accused.map((a) => a.recipient);
    expect(accused.length).toBeGreaterThan(0);
    expect(
      accused.every((j) => coalition.includes(j)),
      `accused ${accused}`,
    ).toBe(true);
  });

  it('GIVEN seeded random leaks unrelated to anyone WHEN scored THEN innocents are accused no more often than the bound allows', () => {
    // Innocent-only trials: a leak drawn from the biases (as a fresh recipient would hold) is
    // independent of every stored codeword, so every accusation is false. With ε = 0.2 the bound
    // allows ≤ 20% of trials to accuse anyone; the Chernoff bound is conservative, so we also
    // check the observed rate is below it on 200 seeded trials.
    const { code, matrix, rng } = buildCode(60, 500, 'fp');
    let falseTrials = 0;
    const trials = 200;
    for (let t = 0; t < trials; t++) {
      const outsider = sampleCodeword(code, rng);
      if (accuse(code, matrix, observe(outsider), [], 0.2).accused.length > 0) falseTrials++;
    }
    expect(falseTrials / trials).toBeLessThanOrEqual(0.2);
  });

  it('GIVEN the Chernoff threshold WHEN checked by simulation THEN the tail probability is below δ', () => {
    const rng = new SeededRandom('tail');
    const ps = Array.from({ length: 40 }, () => 0.05 + 0.9 * rng.next());
    const delta = 0.01;
    const z = chernoffThreshold(ps, delta);
    let above = 0;
    const trials = 20000;
    for (let t = 0; t < trials; t++) {
      let s = 0;
      for (const p of ps) s += rng.next() < p ? Math.sqrt((1 - p) / p) : -Math.sqrt(p / (1 - p));
      if (s >= z) above++;
    }
    expect(above / trials).toBeLessThan(delta);
    expect(z).toBeLessThan(Math.sqrt(40) * 4); // and it is not vacuous
  });
});
