import { describe, expect, it } from 'vitest';
import type { AlertTable } from '@vigil/store';
import { presentQueuedAlert, QUEUE_REASONS } from './alert.ts';

const row = (reasons: string[]): AlertTable => ({
  id: 'al-1',
  pseudonym: 'P-ABCDEFGH',
  day: '2010-01-20',
  score: 7.5,
  reasons: JSON.stringify(reasons),
  status: 'open',
  dismiss_reason: null,
  case_id: null,
  created_at: '2026-11-30T00:00:00Z',
  updated_at: '2026-11-30T00:00:00Z',
});

describe('presentQueuedAlert', () => {
  it('shows the strongest reasons, counts the rest, and keeps every lead', () => {
    const evidence = Array.from({ length: QUEUE_REASONS + 2 }, (_, i) => `reason ${i + 1}`);
    const leads = ["lead: P-QRSTUVWX (ITAdmin) used PC-2, this user's own PC, …"];
    const queued = presentQueuedAlert(row([...evidence, ...leads]));
    expect(queued.reasons).toEqual([...evidence.slice(0, QUEUE_REASONS), ...leads]);
    expect(queued.moreReasons).toBe(2);
  });

  it('shows an alert with few reasons whole', () => {
    const queued = presentQueuedAlert(row(['reason 1', 'reason 2']));
    expect(queued.reasons).toEqual(['reason 1', 'reason 2']);
    expect(queued.moreReasons).toBe(0);
  });
});
