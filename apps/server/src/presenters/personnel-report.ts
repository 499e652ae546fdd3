import type { PersonnelReportTable } from '@vigil/store';

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A travel debrief is due `debriefDays` after the return date; overdue when still missing after that. */
export function debriefDue(
  row: Pick<PersonnelReportTable, 'kind' | 'until'>,
  debriefDays: number,
): string | null {
  return row.kind === 'foreign_travel' && row.until ? addDays(row.until, debriefDays) : null;
}

export function presentPersonnelReport(
  row: PersonnelReportTable,
  debriefDays: number,
  today = new Date().toISOString().slice(0, 10),
) {
  const due = debriefDue(row, debriefDays);
  return {
    id: row.id,
    accountId: row.account_id,
    kind: row.kind,
    status: row.status,
    date: row.date,
    until: row.until,
    country: row.country,
    counterparty: row.counterparty,
    note: row.note,
    details: JSON.parse(row.details) as Record<string, unknown>,
    briefingAcknowledgedAt: row.briefing_acknowledged_at,
    debrief: row.debrief ? (JSON.parse(row.debrief) as Record<string, unknown>) : null,
    debriefedAt: row.debriefed_at,
    debriefDueOn: due,
    debriefOverdue: due !== null && row.debriefed_at === null && due < today,
    reviewedBy: row.reviewed_by,
    reviewNote: row.review_note,
    filedAt: row.filed_at,
  };
}
