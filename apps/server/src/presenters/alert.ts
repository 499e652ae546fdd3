import { LEAD_PREFIX } from '@vigil/analytics';
import type { AlertTable } from '@vigil/store';

/** How many reasons an alert shows in the queue; the alert itself lists them all. */
export const QUEUE_REASONS = 5;

/** An alert as analysts see it: pseudonym, never the person id. */
export function presentAlert(row: AlertTable) {
  return {
    id: row.id,
    pseudonym: row.pseudonym,
    day: row.day,
    score: Number(row.score),
    reasons: JSON.parse(row.reasons) as string[],
    status: row.status as 'open' | 'dismissed' | 'escalated',
    dismissReason: row.dismiss_reason,
    caseId: row.case_id,
  };
}

/**
 * An alert in the queue: its strongest reasons only, strongest first, and how many more there
 * are, then its leads (at most three, on a few alerts in a hundred), which the queue is where an
 * analyst decides what to look at next. A queue page is read at a glance, and a day with thirty
 * reasons would make each page hundreds of kilobytes.
 */
export function presentQueuedAlert(row: AlertTable) {
  const alert = presentAlert(row);
  const evidence = alert.reasons.filter((r) => !r.startsWith(LEAD_PREFIX));
  const leads = alert.reasons.filter((r) => r.startsWith(LEAD_PREFIX));
  return {
    ...alert,
    reasons: [...evidence.slice(0, QUEUE_REASONS), ...leads],
    moreReasons: Math.max(0, evidence.length - QUEUE_REASONS),
  };
}
