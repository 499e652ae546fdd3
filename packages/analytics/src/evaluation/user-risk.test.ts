import { describe, expect, it } from 'vitest';
import { userRisk } from './user-risk.ts';

describe('userRisk', () => {
  it('counts the riskiest day in full, the second at half, the third at a quarter, and no more', () => {
    const risk = userRisk(['a', 'a', 'b', 'a', 'a', 'b'], [1, 8, 3, 4, 2, 0]);
    expect(risk.get('a')).toBe(8 + 4 / 2 + 2 / 4);
    expect(risk.get('b')).toBe(3);
  });

  it('ranks one alarming day above several merely odd ones', () => {
    const risk = userRisk(['once', 'once', 'odd', 'odd', 'odd'], [10, 0, 4, 4, 4]);
    expect(risk.get('once')!).toBeGreaterThan(risk.get('odd')!);
  });
});
