import { describe, expect, it } from 'vitest';
import { capacityReport, positionWeight, requiredBinaryPositions } from './code-length.ts';

describe('code length', () => {
  it('GIVEN n, c, ε WHEN sized THEN follows (π²/2)c² ln(n/ε)', () => {
    expect(
      requiredBinaryPositions({ recipients: 10000, coalition: 2, falseAccusation: 1e-3 }),
    ).toBe(Math.ceil(4.9348022 * 4 * Math.log(1e7)));
  });

  it('GIVEN ternary sites THEN each counts for more than a binary one', () => {
    expect(positionWeight(3, 2)).toBeGreaterThan(1.5);
    expect(positionWeight(2, 2)).toBeCloseTo(1, 9);
  });

  it('GIVEN too few sites WHEN checked THEN it says how many more words are needed', () => {
    const report = capacityReport(
      { recipients: 10000, coalition: 3, falseAccusation: 1e-3 },
      new Uint8Array(100).fill(2),
      500,
    );
    expect(report.sufficient).toBe(false);
    expect(report.wordsNeeded).toBe(Math.ceil((report.required - 100) / (100 / 500)));
  });
});
