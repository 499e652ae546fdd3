import { describe, expect, it } from 'vitest';
import type { Alert } from '../../api/types.ts';
import { alertsByDay, latestDay } from './alert-series.ts';

const alert = (id: string, day: string, score: number): Alert => ({
  id,
  pseudonym: 'P-AAAA2222',
  day,
  score,
  reasons: [],
  status: 'open',
  dismissReason: null,
  caseId: null,
});

describe('alertsByDay', () => {
  it('sums scores per day, oldest first, with quiet days at zero', () => {
    const points = alertsByDay([
      alert('a', '2026-03-04', 2),
      alert('b', '2026-03-01', 1.5),
      alert('c', '2026-03-04', 3),
    ]);
    expect(points.map((p) => [p.day, p.alerts, p.risk, p.topScore])).toEqual([
      ['2026-03-01', 1, 1.5, 1.5],
      ['2026-03-02', 0, 0, 0],
      ['2026-03-03', 0, 0, 0],
      ['2026-03-04', 2, 5, 3],
    ]);
    expect(latestDay(points)?.day).toBe('2026-03-04');
  });

  it('gives an empty series for an empty queue', () => {
    expect(alertsByDay([])).toEqual([]);
    expect(latestDay([])).toBeUndefined();
  });
});
