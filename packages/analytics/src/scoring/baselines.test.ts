import { describe, expect, it } from 'vitest';
import { computeBaselines } from './baselines.ts';
import { countSurprise } from '../models/poisson-tail.ts';
import type { UserDayMatrix } from './user-day-matrix.ts';

/** One feature, six peers with the same role and department, one of them running a campaign. */
function matrix(series: Record<string, number[]>): UserDayMatrix {
  const users: string[] = [];
  const days: string[] = [];
  const values: number[] = [];
  for (const [user, xs] of Object.entries(series))
    xs.forEach((x, d) => {
      users.push(user);
      days.push(new Date(Date.UTC(2010, 0, 1 + d)).toISOString().slice(0, 10));
      values.push(x);
    });
  const rows = users.length;
  return {
    rows,
    users,
    days,
    peers: users.map(() => 'clerk / finance'),
    roles: users.map(() => 'clerk'),
    features: [Float64Array.from(values)],
    context: [],
    firstHour: new Float64Array(rows),
  };
}

describe('own baseline', () => {
  // 40 ordinary days (one event every fourth day), then five events twice a week for 5 weeks.
  const ordinary: number[] = Array.from({ length: 40 }, (_, d) => (d % 4 === 0 ? 1 : 0));
  const campaign: number[] = Array.from({ length: 35 }, (_, d) => (d % 3 === 0 ? 5 : 0));
  const quiet: number[] = Array.from({ length: 75 }, (_, d) => (d % 4 === 0 ? 1 : 0));
  const m = matrix({
    INS: [...ordinary, ...campaign],
    P1: quiet,
    P2: quiet,
    P3: quiet,
    P4: quiet,
    P5: quiet,
  });
  const b = computeBaselines(m).features[0]!;
  const last = 74; // INS's last day (rows are sorted by user, INS first)

  it('GIVEN an act repeated for weeks WHEN the baseline learns THEN the campaign stays unusual', () => {
    const history = [...ordinary, ...campaign].slice(0, last);
    const mean = history.reduce((a, x) => a + x, 0) / last;
    const variance = history.reduce((a, x) => a + (x - mean) ** 2, 0) / last;
    const clipped = countSurprise(
      5,
      b.selfMean[last]!,
      Math.max(b.selfVar[last]!, b.selfMean[last]!),
    );
    const learned = countSurprise(5, mean, Math.max(variance, mean));
    // Learned in full, the campaign would become the usual; clipped, it stays above it.
    expect(b.selfMean[last]!).toBeLessThan(0.9 * mean);
    expect(clipped).toBeGreaterThan(learned);
  });

  it('GIVEN ordinary days WHEN the baseline learns THEN it follows them unclipped', () => {
    const p1Last = 75 + 74;
    const mean = quiet.slice(0, 74).reduce((a, x) => a + x, 0) / 74;
    // Shrinkage towards peers (who behave the same) leaves the running mean where it is.
    expect(b.selfMean[p1Last]!).toBeCloseTo(mean, 1);
    expect(b.priorTotal[p1Last]!).toBe(quiet.slice(0, 74).reduce((a, x) => a + x, 0));
  });
});
