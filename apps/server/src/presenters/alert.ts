import type { AlertTable } from '@vigil/store';

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
