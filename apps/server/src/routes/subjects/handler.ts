import { notFoundError } from '@vigil/core';
import type { EventStore } from '@vigil/event-store';
import type { z } from 'zod';
import { defineRoute } from '../../http/define-route.ts';
import { alertPolicy } from '../../policies/alerts.ts';
import { subjectParams, timelineView } from './schema.ts';

type TimelineDay = z.infer<typeof timelineView>['days'][number];

/** Events and score per active day; none before the analytics have built user-days. */
async function activityByDay(
  events: EventStore,
  personId: string,
): Promise<Array<{ day: string; events: number; score: number }>> {
  const tables = new Set(
    (
      await events.all<{ name: string }>(
        `SELECT table_name AS name FROM duckdb_tables() WHERE table_name IN ('user_day', 'user_day_score')`,
      )
    ).map((t) => t.name),
  );
  if (!tables.has('user_day')) return [];
  const scored = tables.has('user_day_score');
  const rows = await events.all<{ day: string; events: number; score: number | null }>(
    `SELECT strftime(d.day, '%Y-%m-%d') AS day, d.events::DOUBLE AS events, ${scored ? 's.score' : 'NULL'} AS score
     FROM user_day d ${scored ? 'LEFT JOIN user_day_score s ON s."user" = d."user" AND s.day = d.day' : ''}
     WHERE d."user" = $1 ORDER BY d.day`,
    [personId],
  );
  return rows.map((r) => ({ day: r.day, events: Number(r.events), score: Number(r.score ?? 0) }));
}

/**
 * A subject's timeline under their pseudonym: activity and risk per day from the analytics
 * store (days that reached the alert queue are the anomalous ones, with their reasons) beside
 * the personnel-security records on the same time axis. The person's identity never leaves the
 * server: it is looked up only to join the two stores.
 */
export const subjectTimeline = defineRoute({
  method: 'get',
  path: '/api/subjects/:pseudonym/timeline',
  summary: "A subject's activity, anomalous days and personnel records, by pseudonym",
  tag: 'alerts',
  access: alertPolicy.read,
  params: subjectParams,
  response: timelineView,
  async handle({ params, ctx }) {
    const mapping = await ctx.store.db
      .selectFrom('pseudonyms')
      .select('person_id')
      .where('pseudonym', '=', params.pseudonym)
      .executeTakeFirst();
    if (!mapping) throw notFoundError('subject.not_found', `no subject ${params.pseudonym}`);
    // The days that reached the queue are the anomalous ones; the alert keeps every reason the
    // scorer gave (the queue shows only the strongest), and personnel reports raise alerts too.
    const alerts = await ctx.store.db
      .selectFrom('alerts')
      .select(['day', 'score', 'reasons'])
      .where('pseudonym', '=', params.pseudonym)
      .execute();
    const alerted = new Map(
      alerts.map((a) => [a.day, { score: a.score, reasons: JSON.parse(a.reasons) as string[] }]),
    );
    const activity = ctx.events ? await activityByDay(ctx.events, mapping.person_id) : [];
    const days = new Map<string, TimelineDay>();
    for (const d of activity) {
      const alert = alerted.get(d.day);
      days.set(d.day, {
        day: d.day,
        events: d.events,
        score: alert?.score ?? d.score,
        anomalous: alert !== undefined,
        reasons: alert?.reasons ?? [],
      });
    }
    // An alert on a day without logged activity (a report filed about a trip) is still a day to explain.
    for (const [day, alert] of alerted)
      if (!days.has(day))
        days.set(day, {
          day,
          events: 0,
          score: alert.score,
          anomalous: true,
          reasons: alert.reasons,
        });
    const series = [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
    if (!ctx.events) return { pseudonym: params.pseudonym, days: series, records: [] };
    const records = await ctx.events.all<{
      id: string;
      kind: string;
      date: string;
      until: string | null;
      country: string | null;
    }>(
      `SELECT id, kind, strftime(date, '%Y-%m-%d') AS date, strftime(until, '%Y-%m-%d') AS until, country
       FROM personnel WHERE "user" = $1 ORDER BY date, id`,
      [mapping.person_id],
    );
    return {
      pseudonym: params.pseudonym,
      days: series,
      // Counterparties (a relative's address, a contact's name) identify people: the timeline
      // says what kind of record it is and where, not who.
      records: records.map((r) => ({
        id: r.id,
        kind: r.kind,
        date: r.date,
        until: r.until,
        country: r.country || null,
        summary: [r.kind.replaceAll('_', ' '), r.country].filter((x) => x).join(' — '),
      })),
    };
  },
});

export const subjectRoutes = [subjectTimeline];
