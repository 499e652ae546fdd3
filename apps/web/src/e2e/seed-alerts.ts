import type { RunningServer } from '@vigil/server';

export interface SeededAlert {
  id: string;
  pseudonym: string;
  day: string;
  score: number;
  reasons: string[];
}

/**
 * Puts scored alerts in the queue the way the analytics import leaves them (apps/server/src/
 * analytics/import-alerts.ts): a pseudonym mapped to a staff id, and open alerts under it.
 * Running the simulator and the scorer would take minutes; the web flows start at the queue.
 */
export async function seedAlerts(
  server: RunningServer,
  personId: string,
  pseudonym: string,
  alerts: SeededAlert[],
): Promise<void> {
  const db = server.ctx.store.db;
  await db.insertInto('pseudonyms').values({ person_id: personId, pseudonym }).execute();
  const now = new Date().toISOString();
  for (const a of alerts) {
    await db
      .insertInto('alerts')
      .values({
        id: a.id,
        pseudonym: a.pseudonym,
        day: a.day,
        score: a.score,
        reasons: JSON.stringify(a.reasons),
        status: 'open',
        dismiss_reason: null,
        case_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}
