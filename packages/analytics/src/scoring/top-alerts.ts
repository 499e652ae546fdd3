import type { EventStore } from '@vigil/event-store';
import { inputError } from '@vigil/core';
import { dailyBudget } from '../evaluation/metrics.ts';
import { alertLeads } from './alert-leads.ts';

export interface Alert {
  rank: number;
  user: string;
  day: string;
  score: number;
  role: string | null;
  department: string | null;
  reasons: string[];
  /**
   * Who else left something on this user's own PC shortly before (see `leadsForAlerts`); not
   * part of the score.
   */
  leads: string[];
}

/**
 * The day's riskiest users, as many as the analyst budget allows unless `limit` says otherwise,
 * each with the reasons for the score and the leads an analyst would follow next.
 */
export async function topAlerts(
  store: EventStore,
  day: string,
  limit?: number,
): Promise<{ day: string; budget: number; alerts: Alert[] }> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) {
    throw inputError('top.bad_day', `--day must be a date YYYY-MM-DD, got "${day}"`);
  }
  const tables = await store.all<{ n: bigint }>(
    `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'user_day_score'`,
  );
  if (Number(tables[0]?.n ?? 0) === 0)
    throw inputError('top.not_scored', 'no scores in this store yet: run `vigil score` first');
  const users = await store.all<{ n: bigint }>(
    `SELECT count(DISTINCT "user") AS n FROM user_day_score`,
  );
  const budget = dailyBudget(Number(users[0]?.n ?? 0));
  const rows = await store.all<{
    user: string;
    score: number;
    role: string | null;
    department: string | null;
    reasons: string;
  }>(
    `SELECT s."user", s.score, p.role, p.department, s.reasons FROM user_day_score s
     LEFT JOIN user_profile p USING ("user") WHERE s.day = $1::DATE AND s.behavior > 0
     ORDER BY s.score DESC, s."user" LIMIT $2`,
    [day, limit ?? budget],
  );
  const leads = await alertLeads(
    store,
    day,
    rows.map((r) => r.user),
  );
  return {
    day,
    budget,
    alerts: rows.map((r, i) => ({
      rank: i + 1,
      user: r.user,
      day,
      score: Number(r.score),
      role: r.role,
      department: r.department,
      reasons: r.reasons ? r.reasons.split('; ') : [],
      leads: leads.get(r.user) ?? [],
    })),
  };
}
