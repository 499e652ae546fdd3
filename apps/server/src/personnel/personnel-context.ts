import { createHash } from 'node:crypto';
import type { PersonnelReportTable } from '@vigil/store';
import type { ServerContext } from '../server-context.ts';
import { ensurePseudonyms } from '../analytics/pseudonyms.ts';

/** The `personnel.csv` columns the analytics read (packages/ingest context-schemas.ts). */
export const PERSONNEL_CSV_HEADER = [
  'id',
  'date',
  'user',
  'kind',
  'until',
  'country',
  'counterparty',
  'note',
] as const;

/** A report as one `personnel.csv` row: the subject is the staff id of the filing account. */
export function personnelRow(report: PersonnelReportTable, personId: string) {
  return {
    id: report.id,
    date: report.date,
    user: personId,
    kind: report.kind,
    until: report.until ?? '',
    country: report.country,
    counterparty: report.counterparty,
    note: report.note,
  };
}

const csvField = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
export const toCsv = (rows: Array<Record<(typeof PERSONNEL_CSV_HEADER)[number], string>>) =>
  [
    PERSONNEL_CSV_HEADER.join(','),
    ...rows.map((r) => PERSONNEL_CSV_HEADER.map((h) => csvField(r[h])).join(',')),
  ].join('\n') + '\n';

/**
 * Feeds a report to the analytics store as context, the same row `vigil ingest` would load
 * from personnel.csv, so scoring sees it on the next run without an export round trip.
 */
export async function feedAnalytics(
  ctx: ServerContext,
  report: PersonnelReportTable,
  personId: string,
): Promise<void> {
  if (!ctx.events) return;
  const r = personnelRow(report, personId);
  await ctx.events.run(
    `INSERT OR REPLACE INTO personnel VALUES ($1, $2::DATE, $3, $4, $5::DATE, $6, $7, $8)`,
    [
      r.id,
      r.date,
      r.user,
      r.kind,
      r.until === '' ? null : r.until,
      r.country,
      r.counterparty,
      r.note,
    ],
  );
}

/**
 * A report that calls for a look (an approach during travel, garnishment, sudden wealth)
 * raises an alert in the queue, under the person's pseudonym like any analytics alert.
 */
export async function raisePersonnelAlert(
  ctx: ServerContext,
  personId: string,
  day: string,
  reason: string,
  score: number,
): Promise<void> {
  const pseudonym = (await ensurePseudonyms(ctx.store, ctx.pseudonymKey, [personId])).get(
    personId,
  )!;
  const now = new Date().toISOString();
  await ctx.store.db
    .insertInto('alerts')
    .values({
      id: `al-${createHash('sha256').update(`${pseudonym}|${day}`).digest('hex').slice(0, 16)}`,
      pseudonym,
      day,
      score,
      reasons: JSON.stringify([reason]),
      status: 'open',
      dismiss_reason: null,
      case_id: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['pseudonym', 'day']).doNothing())
    .execute();
}
