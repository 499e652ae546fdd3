import { randomUUID } from 'node:crypto';
import { VigilError, notFoundError } from '@vigil/core';
import { importAlerts } from '../../analytics/import-alerts.ts';
import { defineRoute } from '../../http/define-route.ts';
import { conflictError } from '../../http/http-errors.ts';
import { alertPolicy } from '../../policies/alerts.ts';
import { presentAlert, presentQueuedAlert } from '../../presenters/alert.ts';
import type { ServerContext } from '../../server-context.ts';
import {
  alertIdParams,
  alertPage,
  alertQuery,
  alertView,
  dismissBody,
  escalateBody,
  importBody,
  importResult,
} from './schema.ts';

async function loadAlert(ctx: ServerContext, id: string) {
  const row = await ctx.store.db
    .selectFrom('alerts')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFoundError('alert.not_found', `no alert ${id}`);
  return row;
}

export const listAlerts = defineRoute({
  method: 'get',
  path: '/api/alerts',
  summary: 'List the alert queue',
  tag: 'alerts',
  access: alertPolicy.list,
  query: alertQuery,
  response: alertPage,
  async handle({ query, ctx }) {
    let q = ctx.store.db.selectFrom('alerts').where('status', '=', query.status);
    if (query.day) q = q.where('day', '=', query.day);
    if (query.pseudonym) q = q.where('pseudonym', '=', query.pseudonym);
    const [rows, total] = await Promise.all([
      q
        .selectAll()
        .orderBy('score', 'desc')
        .orderBy('id')
        .limit(query.limit)
        .offset(query.offset)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    ]);
    return { alerts: rows.map(presentQueuedAlert), total: Number(total?.n ?? 0) };
  },
});

export const getAlert = defineRoute({
  method: 'get',
  path: '/api/alerts/:id',
  summary: 'Show an alert',
  tag: 'alerts',
  access: alertPolicy.read,
  params: alertIdParams,
  response: alertView,
  async handle({ params, ctx }) {
    return presentAlert(await loadAlert(ctx, params.id));
  },
});

export const dismissAlert = defineRoute({
  method: 'post',
  path: '/api/alerts/:id/dismiss',
  summary: 'Dismiss an alert with a reason',
  tag: 'alerts',
  access: alertPolicy.triage,
  params: alertIdParams,
  body: dismissBody,
  response: alertView,
  status: 200,
  async handle({ actor, params, body, ctx }) {
    const alert = await loadAlert(ctx, params.id);
    if (alert.status !== 'open')
      throw conflictError('alert.already_triaged', `alert ${params.id} is already ${alert.status}`);
    await ctx.store.db
      .updateTable('alerts')
      .set({
        status: 'dismissed',
        dismiss_reason: body.reason,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', params.id)
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'alert.dismiss',
      target: `alert:${params.id}`,
      details: { reason: body.reason },
    });
    return presentAlert(await loadAlert(ctx, params.id));
  },
});

export const escalateAlert = defineRoute({
  method: 'post',
  path: '/api/alerts/:id/case',
  summary: 'Open a case from an alert or add it to one',
  tag: 'alerts',
  access: alertPolicy.triage,
  params: alertIdParams,
  body: escalateBody,
  response: alertView,
  status: 200,
  async handle({ actor, params, body, ctx }) {
    const alert = await loadAlert(ctx, params.id);
    if (alert.status === 'escalated')
      throw conflictError(
        'alert.already_triaged',
        `alert ${params.id} is already in case ${alert.case_id}`,
      );
    const now = new Date().toISOString();
    let caseId = body.caseId;
    await ctx.store.db.transaction().execute(async (trx) => {
      if (caseId) {
        const existing = await trx
          .selectFrom('cases')
          .select(['id', 'status'])
          .where('id', '=', caseId)
          .executeTakeFirst();
        if (!existing) throw notFoundError('case.not_found', `no case ${caseId}`);
        if (existing.status === 'closed')
          throw new VigilError(
            'case.closed',
            'conflict',
            `case ${caseId} is closed; reopen it first`,
          );
      } else {
        caseId = `case-${randomUUID()}`;
        await trx
          .insertInto('cases')
          .values({
            id: caseId,
            title: body.title!,
            status: 'open',
            outcome: null,
            created_by: actor.id,
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
      await trx
        .insertInto('case_evidence')
        .values({
          id: `ev-${randomUUID()}`,
          case_id: caseId,
          kind: 'alert',
          ref: alert.id,
          note: `alert on ${alert.pseudonym} for ${alert.day}, score ${Number(alert.score).toFixed(2)}`,
          added_by: actor.id,
          added_at: now,
        })
        .execute();
      await trx
        .updateTable('alerts')
        .set({ status: 'escalated', case_id: caseId, updated_at: now })
        .where('id', '=', alert.id)
        .execute();
    });
    await ctx.audit.append({
      actor: actor.id,
      action: body.caseId ? 'alert.add_to_case' : 'alert.open_case',
      target: `alert:${alert.id}`,
      details: { caseId },
    });
    return presentAlert(await loadAlert(ctx, params.id));
  },
});

export const importAlertsRoute = defineRoute({
  method: 'post',
  path: '/api/alerts/import',
  summary: 'Import alerts from the analytics scores',
  tag: 'alerts',
  access: alertPolicy.import,
  body: importBody,
  response: importResult,
  status: 200,
  async handle({ actor, body, ctx }) {
    if (!ctx.events)
      throw new VigilError(
        'alerts.no_analytics',
        'unavailable',
        'this server runs without an analytics store; start it with one (vigil serve --home DIR after vigil ingest/score)',
      );
    const result = await importAlerts(ctx.store, ctx.events, ctx.pseudonymKey, body);
    await ctx.audit.append({
      actor: actor.id,
      action: 'alert.import',
      target: 'alerts',
      details: { ...result },
    });
    return result;
  },
});

export const alertRoutes = [listAlerts, importAlertsRoute, getAlert, dismissAlert, escalateAlert];
