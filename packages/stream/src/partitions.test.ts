import { describe, expect, it } from 'vitest';
import { messageIdOf, ownedPartitions, partitionOf } from './partitions.ts';

describe('partitions', () => {
  it('sends one user always to the same partition and spreads users evenly', () => {
    const partitions = 16;
    const counts = new Array<number>(partitions).fill(0);
    for (let i = 0; i < 16_000; i++) {
      const user = `U${String(i).padStart(5, '0')}`;
      const p = partitionOf(user, partitions);
      expect(partitionOf(user, partitions)).toBe(p);
      counts[p]!++;
    }
    // 1,000 expected per partition; a fair hash stays well within ±15 %.
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });

  it('gives every partition exactly one owner for any number of workers', () => {
    for (const workers of [1, 2, 3, 4, 7, 16]) {
      const owners = new Map<number, number>();
      for (let w = 0; w < workers; w++)
        for (const p of ownedPartitions(w, workers, 16)) {
          expect(owners.has(p)).toBe(false);
          owners.set(p, w);
        }
      expect(owners.size).toBe(16);
    }
  });

  it('keys messages by kind and id', () => {
    expect(messageIdOf({ kind: 'logon', id: '{X1}' })).toBe('logon:{X1}');
    expect(messageIdOf({ kind: 'http', id: '{X1}' })).not.toBe(
      messageIdOf({ kind: 'logon', id: '{X1}' }),
    );
  });
});
