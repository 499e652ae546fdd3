import type { ServerContext } from '../server-context.ts';
import type { RetentionType } from '../config.ts';

const daysAgo = (days: number, now: Date) =>
  new Date(now.getTime() - days * 86_400_000).toISOString();

/**
 * Deletes what the office may no longer keep (VIGIL_RETENTION). Privacy for the innocent
 * means a dismissed alert does not follow someone for years; open work is never deleted, only
 * dismissed alerts, closed cases, old tips, access logs and expired sessions. The audit log is
 * exempt: it is the evidence that retention itself was applied, so each run is recorded there.
 */
export async function enforceRetention(
  ctx: ServerContext,
  now = new Date(),
): Promise<Record<RetentionType, number>> {
  const r = ctx.config.retentionDays;
  const db = ctx.store.db;
  const counts: Record<RetentionType, number> = {
    dismissed_alerts: 0,
    tips: 0,
    document_access: 0,
    closed_cases: 0,
    sessions: 0,
  };
  counts.dismissed_alerts = Number(
    (
      await db
        .deleteFrom('alerts')
        .where('status', '=', 'dismissed')
        .where('updated_at', '<', daysAgo(r.dismissed_alerts, now))
        .executeTakeFirst()
    ).numDeletedRows,
  );
  const oldTips = db
    .selectFrom('tips')
    .select('id')
    .where('created_on', '<', daysAgo(r.tips, now).slice(0, 10));
  await db.deleteFrom('tip_messages').where('tip_id', 'in', oldTips).execute();
  counts.tips = Number(
    (
      await db
        .deleteFrom('tips')
        .where('created_on', '<', daysAgo(r.tips, now).slice(0, 10))
        .executeTakeFirst()
    ).numDeletedRows,
  );
  counts.document_access = Number(
    (
      await db
        .deleteFrom('document_access')
        .where('at', '<', daysAgo(r.document_access, now))
        .executeTakeFirst()
    ).numDeletedRows,
  );
  const oldCases = db
    .selectFrom('cases')
    .select('id')
    .where('status', '=', 'closed')
    .where('updated_at', '<', daysAgo(r.closed_cases, now));
  await db.deleteFrom('case_evidence').where('case_id', 'in', oldCases).execute();
  await db.deleteFrom('case_notes').where('case_id', 'in', oldCases).execute();
  counts.closed_cases = Number(
    (
      await db
        .deleteFrom('cases')
        .where('status', '=', 'closed')
        .where('updated_at', '<', daysAgo(r.closed_cases, now))
        .executeTakeFirst()
    ).numDeletedRows,
  );
  counts.sessions = Number(
    (await db.deleteFrom('sessions').where('expires_at', '<', daysAgo(0, now)).executeTakeFirst())
      .numDeletedRows,
  );
  if (Object.values(counts).some((n) => n > 0)) {
    await ctx.audit.append({
      actor: 'system',
      action: 'retention.enforce',
      target: 'store',
      details: { ...counts },
    });
  }
  return counts;
}
