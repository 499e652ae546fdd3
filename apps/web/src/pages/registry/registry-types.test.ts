import { describe, expect, it } from 'vitest';
import { dayAfter, parseList } from './registry-types.ts';

describe('parseList', () => {
  it('splits on commas, semicolons, new lines and their full-width forms, without duplicates', () => {
    expect(parseList('acc-1, acc-2;acc-3\nacc-1，acc-4；acc-5、acc-6')).toEqual([
      'acc-1',
      'acc-2',
      'acc-3',
      'acc-4',
      'acc-5',
      'acc-6',
    ]);
  });
  it('gives nothing for blank input', () => {
    expect(parseList('  \n ,')).toEqual([]);
  });
});

describe('dayAfter', () => {
  it('counts whole days from the given instant', () => {
    expect(dayAfter(90, new Date('2026-01-01T12:00:00Z'))).toBe('2026-04-01');
  });
});
