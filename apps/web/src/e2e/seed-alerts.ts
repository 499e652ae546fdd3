import type { EventStore } from '@vigil/event-store';
import { pseudonymOf, type RunningServer } from '@vigil/server';

export interface SeededAlert {
  id: string;
  day: string;
  score: number;
  reasons: string[];
}

export interface ActiveDay {
  day: string;
  events: number;
  score: number;
  /** The scorer's reasons, as user_day_score keeps them. */
  reasons: string[];
}

/**
 * Puts scored alerts in the queue the way the analytics import leaves them (apps/server/src/
 * analytics/import-alerts.ts): the person's pseudonym under the server's key, mapped to the staff
 * id, and open alerts under it. Running the simulator and the scorer would take minutes; the web
 * flows start at the queue. Returns the pseudonym.
 */
export async function seedAlerts(
  server: RunningServer,
  personId: string,
  alerts: SeededAlert[],
): Promise<string> {
  const pseudonym = pseudonymOf(server.ctx.pseudonymKey, personId);
  const db = server.ctx.store.db;
  await db.insertInto('pseudonyms').values({ person_id: personId, pseudonym }).execute();
  const now = new Date().toISOString();
  for (const a of alerts) {
    await db
      .insertInto('alerts')
      .values({
        id: a.id,
        pseudonym,
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
  return pseudonym;
}

/**
 * The person's days as the analytics leave them after `vigil score`: the columns of user_day
 * and user_day_score that the subject timeline reads (packages/analytics builds many more).
 */
export async function seedActivity(
  events: EventStore,
  personId: string,
  days: ActiveDay[],
): Promise<void> {
  await events.run(
    'CREATE TABLE IF NOT EXISTS user_day ("user" VARCHAR NOT NULL, day DATE NOT NULL, events BIGINT NOT NULL)',
  );
  await events.run(
    'CREATE TABLE IF NOT EXISTS user_day_score ("user" VARCHAR NOT NULL, day DATE NOT NULL, score DOUBLE NOT NULL, reasons VARCHAR)',
  );
  for (const d of days) {
    await events.run('INSERT INTO user_day VALUES ($1, $2::DATE, $3)', [personId, d.day, d.events]);
    await events.run('INSERT INTO user_day_score VALUES ($1, $2::DATE, $3, $4)', [
      personId,
      d.day,
      d.score,
      d.reasons.join('; '),
    ]);
  }
}
