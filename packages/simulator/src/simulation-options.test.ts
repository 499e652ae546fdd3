import { describe, expect, it } from 'vitest';
import { maxInsiders, resolveOptions } from './simulation-options.ts';

describe('maxInsiders', () => {
  it('allows CERT r4.2’s density of insiders (70 in 1,000 users)', () => {
    expect(maxInsiders(1000)).toBeGreaterThanOrEqual(70);
    expect(() =>
      resolveOptions({ users: 1000, days: 10, seed: 1, out: 'x', insiders: 70 }),
    ).not.toThrow();
  });

  it('gives small organizations one insider per scenario from 40 users up, and none below 8', () => {
    expect(maxInsiders(40)).toBe(8);
    expect(maxInsiders(30)).toBe(2);
    expect(maxInsiders(7)).toBe(0);
  });

  it('names the limit when asked for more', () => {
    expect(() => resolveOptions({ users: 30, days: 10, seed: 1, out: 'x', insiders: 9 })).toThrow(
      /at most 2 \(one per 14 users/,
    );
  });
});
