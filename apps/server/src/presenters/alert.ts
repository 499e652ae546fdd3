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
 * are. A queue page is read at a glance, and a day with thirty reasons would make each page
 * hundreds of kilobytes.
 */
export function presentQueuedAlert(row: AlertTable) {
  const alert = presentAlert(row);
  return {
    ...alert,
    reasons: alert.reasons.slice(0, QUEUE_REASONS),
    moreReasons: Math.max(0, alert.reasons.length - QUEUE_REASONS),
  };
}
