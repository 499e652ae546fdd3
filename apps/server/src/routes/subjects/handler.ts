import { notFoundError } from '@vigil/core';
import { defineRoute } from '../../http/define-route.ts';
import { alertPolicy } from '../../policies/alerts.ts';
import { subjectParams, timelineView } from './schema.ts';

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
    const alerted = new Set(
      (
        await ctx.store.db
          .selectFrom('alerts')
          .select('day')
          .where('pseudonym', '=', params.pseudonym)
          .execute()
      ).map((a) => a.day),
    );
    if (!ctx.events) return { pseudonym: params.pseudonym, days: [], records: [] };
    const days = await ctx.events.all<{
      day: string;
      events: number;
      score: number | null;
      reasons: string | null;
    }>(
      `SELECT strftime(d.day, '%Y-%m-%d') AS day, d.events::DOUBLE AS events, s.score, s.reasons
       FROM user_day d LEFT JOIN user_day_score s ON s."user" = d."user" AND s.day = d.day
       WHERE d."user" = $1 ORDER BY d.day`,
      [mapping.person_id],
    );
    const records = await ctx.events.all<{
      id: string;
      kind: string;
      date: string;
      until: string | null;
      country: string | null;
      counterparty: string | null;
      note: string | null;
    }>(
      `SELECT id, kind, strftime(date, '%Y-%m-%d') AS date, strftime(until, '%Y-%m-%d') AS until, country, counterparty, note
       FROM personnel WHERE "user" = $1 ORDER BY date, id`,
      [mapping.person_id],
    );
    return {
      pseudonym: params.pseudonym,
      days: days.map((d) => ({
        day: d.day,
        events: Number(d.events),
        score: Number(d.score ?? 0),
        anomalous: alerted.has(d.day),
        reasons: alerted.has(d.day) && d.reasons ? d.reasons.split('; ') : [],
      })),
      // Counterparties (a relative's address, a contact's name) identify people: the timeline
      // says what kind of record it is and where, not who.
      records: records.map((r) => ({
        id: r.id,
        kind: r.kind,
        date: r.date,
        until: r.until,
        summary: [r.kind.replaceAll('_', ' '), r.country].filter((x) => x).join(' — '),
      })),
    };
  },
});

export const subjectRoutes = [subjectTimeline];
