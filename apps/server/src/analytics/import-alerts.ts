import { createHash } from 'node:crypto';
import { alertKey, dailyBudget, describeLead, leadsForAlerts } from '@vigil/analytics';
import { inputError } from '@vigil/core';
import type { EventStore } from '@vigil/event-store';
import type { AppStore } from '@vigil/store';
import { ensurePseudonyms } from './pseudonyms.ts';

export interface ImportAlertsResult {
  days: number;
  imported: number;
  budget: number;
}

/**
 * Turns the analytics' user-day scores into alerts: per day, the riskiest users within the
 * analyst budget (5 per 1,000 users, the same cut as `vigil top`), named by pseudonym only.
 * The reasons end with the alert's leads (who else left something on the person's own PC
 * shortly before), and the people a lead names are pseudonyms too.
 * Idempotent: an alert already imported for (pseudonym, day) is left as triaged.
 */
export async function importAlerts(
  store: AppStore,
  events: EventStore,
  key: Buffer,
  options: { day?: string } = {},
): Promise<ImportAlertsResult> {
  const tables = await events.all<{ n: bigint }>(
    `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'user_day_score'`,
  );
  if (Number(tables[0]?.n ?? 0) === 0)
    throw inputError(
      'alerts.not_scored',
      'the analytics store has no scores yet: run `vigil score` (or the demo) first',
    );
  const users = await events.all<{ n: bigint }>(
    `SELECT count(DISTINCT "user") AS n FROM user_day_score`,
  );
  const budget = dailyBudget(Number(users[0]?.n ?? 0));
  const rows = await events.all<{
    user: string;
    day: string;
    score: number;
    reasons: string | null;
  }>(
    `WITH ranked AS (
       SELECT "user", day, score, reasons, row_number() OVER (PARTITION BY day ORDER BY score DESC, "user") AS rank
       FROM user_day_score WHERE behavior > 0 ${options.day ? 'AND day = $2::DATE' : ''})
     SELECT "user", strftime(day, '%Y-%m-%d') AS day, score, reasons FROM ranked WHERE rank <= $1 ORDER BY day, rank`,
    options.day ? [budget, options.day] : [budget],
  );
  const leads = await leadsForAlerts(events, rows);
  const pseudonyms = await ensurePseudonyms(store, key, [
    ...rows.map((r) => r.user),
    ...[...leads.values()].flatMap((list) => list.map((l) => l.person)),
  ]);
  const now = new Date().toISOString();
  const values = rows.map((r) => {
    const pseudonym = pseudonyms.get(r.user)!;
    return {
      id: `al-${createHash('sha256').update(`${pseudonym}|${r.day}`).digest('hex').slice(0, 16)}`,
      pseudonym,
      day: r.day,
      score: Number(r.score),
      reasons: JSON.stringify([
        ...(r.reasons ? r.reasons.split('; ') : []),
        ...(leads.get(alertKey(r.user, r.day)) ?? []).map((l) =>
          describeLead(l, pseudonyms.get(l.person)!),
        ),
      ]),
      status: 'open',
      dismiss_reason: null,
      case_id: null,
      created_at: now,
      updated_at: now,
    };
  });
  let imported = 0;
  for (let i = 0; i < values.length; i += 200) {
    const result = await store.db
      .insertInto('alerts')
      .values(values.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['pseudonym', 'day']).doNothing())
      .executeTakeFirst();
    imported += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return { days: new Set(rows.map((r) => r.day)).size, imported, budget };
}
