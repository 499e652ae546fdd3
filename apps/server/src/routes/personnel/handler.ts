import { randomUUID } from 'node:crypto';
import { VigilError, inputError, notFoundError } from '@vigil/core';
import type { PersonnelReportTable } from '@vigil/store';
import { defineRoute } from '../../http/define-route.ts';
import { conflictError, forbidden } from '../../http/http-errors.ts';
import type { Actor } from '../../identity/roles.ts';
import {
  PERSONNEL_CSV_HEADER,
  feedAnalytics,
  personnelRow,
  raisePersonnelAlert,
  toCsv,
} from '../../personnel/personnel-context.ts';
import { mayAmendReport, mayReadReport, personnelPolicy } from '../../policies/personnel.ts';
import { debriefDue, presentPersonnelReport } from '../../presenters/personnel-report.ts';
import type { ServerContext } from '../../server-context.ts';
import {
  contactBody,
  debriefBody,
  familyBody,
  financialBody,
  personnelCsv,
  reportIdParams,
  reportList,
  reportListQuery,
  reportView,
  reviewBody,
  travelBody,
} from './schema.ts';

const today = () => new Date().toISOString().slice(0, 10);
/** The staff id the analytics know this person by; accounts without one are keyed by account id. */
const personOf = (actor: Actor) => actor.personId ?? actor.id;

async function fileReport(
  ctx: ServerContext,
  actor: Actor,
  fields: Pick<
    PersonnelReportTable,
    'kind' | 'status' | 'date' | 'until' | 'country' | 'counterparty' | 'note'
  > & { details: Record<string, unknown> },
) {
  const row: PersonnelReportTable = {
    id: `pr-${randomUUID()}`,
    account_id: actor.id,
    ...fields,
    details: JSON.stringify(fields.details),
    briefing_acknowledged_at: null,
    debrief: null,
    debriefed_at: null,
    reviewed_by: null,
    review_note: null,
    filed_at: new Date().toISOString(),
  };
  await ctx.store.db.insertInto('personnel_reports').values(row).execute();
  await feedAnalytics(ctx, row, personOf(actor));
  await ctx.audit.append({
    actor: actor.id,
    action: `personnel.file_${fields.kind}`,
    target: `report:${row.id}`,
  });
  return presentPersonnelReport(row, ctx.config.debriefDays);
}

async function loadReport(ctx: ServerContext, id: string) {
  const row = await ctx.store.db
    .selectFrom('personnel_reports')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFoundError('personnel.not_found', `no personnel report ${id}`);
  return row;
}

async function loadOwnTravel(ctx: ServerContext, actor: Actor, id: string) {
  const row = await loadReport(ctx, id);
  if (!mayAmendReport(actor, row)) throw forbidden("amend someone else's report");
  if (row.kind !== 'foreign_travel')
    throw inputError(
      'personnel.not_travel',
      `report ${id} is a ${row.kind} report, not foreign travel`,
    );
  return row;
}

export const registerTravel = defineRoute({
  method: 'post',
  path: '/api/personnel/travel',
  summary: 'Pre-register foreign travel',
  tag: 'personnel',
  access: personnelPolicy.file,
  body: travelBody,
  response: reportView,
  handle: ({ actor, body, ctx }) =>
    fileReport(ctx, actor, {
      kind: 'foreign_travel',
      status: 'registered',
      date: body.departOn,
      until: body.returnOn,
      country: body.country,
      counterparty: '',
      note: body.purpose,
      details: { purpose: body.purpose },
    }),
});

export const acknowledgeBriefing = defineRoute({
  method: 'post',
  path: '/api/personnel/travel/:id/briefing',
  summary: 'Acknowledge the pre-travel briefing',
  tag: 'personnel',
  access: personnelPolicy.file,
  params: reportIdParams,
  response: reportView,
  status: 200,
  async handle({ actor, params, ctx }) {
    const row = await loadOwnTravel(ctx, actor, params.id);
    if (row.briefing_acknowledged_at)
      throw conflictError(
        'personnel.briefing_done',
        `the briefing for ${params.id} was acknowledged on ${row.briefing_acknowledged_at}`,
      );
    await ctx.store.db
      .updateTable('personnel_reports')
      .set({ briefing_acknowledged_at: new Date().toISOString(), status: 'briefed' })
      .where('id', '=', params.id)
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'personnel.travel_briefing',
      target: `report:${params.id}`,
    });
    return presentPersonnelReport(await loadReport(ctx, params.id), ctx.config.debriefDays);
  },
});

export const debriefTravel = defineRoute({
  method: 'post',
  path: '/api/personnel/travel/:id/debrief',
  summary: 'File the post-travel debrief',
  tag: 'personnel',
  access: personnelPolicy.file,
  params: reportIdParams,
  body: debriefBody,
  response: reportView,
  status: 200,
  async handle({ actor, params, body, ctx }) {
    const row = await loadOwnTravel(ctx, actor, params.id);
    if (row.debriefed_at)
      throw conflictError('personnel.debrief_done', `report ${params.id} was already debriefed`);
    if (row.date > today())
      throw inputError(
        'personnel.not_travelled',
        `the trip starts on ${row.date}: file the debrief after it`,
      );
    await ctx.store.db
      .updateTable('personnel_reports')
      .set({
        debrief: JSON.stringify(body),
        debriefed_at: new Date().toISOString(),
        status: 'debriefed',
      })
      .where('id', '=', params.id)
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'personnel.travel_debrief',
      target: `report:${params.id}`,
    });
    // An approach or a request for information abroad is exactly what the office must look at.
    const flags = [
      body.approaches && 'an approach',
      body.requestsForInformation && 'a request for information',
      body.gifts && 'gifts',
    ].filter(Boolean);
    if (flags.length)
      await raisePersonnelAlert(
        ctx,
        personOf(actor),
        row.until ?? row.date,
        `personnel: ${flags.join(', ')} reported after travel to ${row.country}`,
        1 + flags.length,
      );
    return presentPersonnelReport(await loadReport(ctx, params.id), ctx.config.debriefDays);
  },
});

export const reportContact = defineRoute({
  method: 'post',
  path: '/api/personnel/contacts',
  summary: 'Report a foreign contact',
  tag: 'personnel',
  access: personnelPolicy.file,
  body: contactBody,
  response: reportView,
  handle: ({ actor, body, ctx }) =>
    fileReport(ctx, actor, {
      kind: 'foreign_contact',
      status: 'filed',
      date: body.date,
      until: null,
      country: body.country,
      counterparty: body.counterparty,
      note: body.note,
      details: { relationship: body.relationship },
    }),
});

export const reportFamily = defineRoute({
  method: 'post',
  path: '/api/personnel/family',
  summary: 'Declare a family member abroad',
  tag: 'personnel',
  access: personnelPolicy.file,
  body: familyBody,
  response: reportView,
  handle: ({ actor, body, ctx }) =>
    fileReport(ctx, actor, {
      kind: 'family_member',
      status: 'filed',
      date: today(),
      until: null,
      country: body.country,
      counterparty: body.relativeEmail,
      note: `${body.relationship}: ${body.relativeName}`,
      details: { relativeName: body.relativeName, relationship: body.relationship },
    }),
});

export const discloseFinances = defineRoute({
  method: 'post',
  path: '/api/personnel/financial',
  summary: 'File a financial disclosure',
  tag: 'personnel',
  access: personnelPolicy.file,
  body: financialBody,
  response: reportView,
  async handle({ actor, body, ctx }) {
    const report = await fileReport(ctx, actor, {
      kind: 'financial_distress',
      status: 'filed',
      date: body.date,
      until: null,
      country: '',
      counterparty: '',
      note: `${body.category}${body.note ? `: ${body.note}` : ''}`,
      details: { category: body.category, amount: body.amount ?? null },
    });
    if (body.category === 'garnishment' || body.category === 'sudden_wealth') {
      await raisePersonnelAlert(
        ctx,
        personOf(actor),
        body.date,
        `personnel: financial disclosure (${body.category.replace('_', ' ')})`,
        1.5,
      );
    }
    return report;
  },
});

export const listReports = defineRoute({
  method: 'get',
  path: '/api/personnel/reports',
  summary: 'List personnel reports (officers: everyone; others: their own)',
  tag: 'personnel',
  access: personnelPolicy.listOwn,
  query: reportListQuery,
  response: reportList,
  async handle({ actor, query, ctx }) {
    let q = ctx.store.db.selectFrom('personnel_reports').selectAll();
    if (actor.role !== 'security_officer') q = q.where('account_id', '=', actor.id);
    else if (query.accountId) q = q.where('account_id', '=', query.accountId);
    if (query.kind) q = q.where('kind', '=', query.kind);
    const rows = await q.orderBy('filed_at', 'desc').limit(500).execute();
    return { reports: rows.map((r) => presentPersonnelReport(r, ctx.config.debriefDays)) };
  },
});

export const getReport = defineRoute({
  method: 'get',
  path: '/api/personnel/reports/:id',
  summary: 'Show a personnel report',
  tag: 'personnel',
  access: personnelPolicy.read,
  params: reportIdParams,
  response: reportView,
  async handle({ actor, params, ctx }) {
    const row = await loadReport(ctx, params.id);
    if (!mayReadReport(actor, row))
      throw notFoundError('personnel.not_found', `no personnel report ${params.id}`);
    if (row.account_id !== actor.id)
      await ctx.audit.append({
        actor: actor.id,
        action: 'personnel.read',
        target: `report:${row.id}`,
      });
    return presentPersonnelReport(row, ctx.config.debriefDays);
  },
});

export const reviewReport = defineRoute({
  method: 'post',
  path: '/api/personnel/reports/:id/review',
  summary: 'Record an officer review',
  tag: 'personnel',
  access: personnelPolicy.review,
  params: reportIdParams,
  body: reviewBody,
  response: reportView,
  status: 200,
  async handle({ actor, params, body, ctx }) {
    const row = await loadReport(ctx, params.id);
    if (row.account_id === actor.id)
      throw new VigilError(
        'personnel.self_review',
        'forbidden',
        'another officer must review your own reports',
      );
    await ctx.store.db
      .updateTable('personnel_reports')
      .set({ reviewed_by: actor.id, review_note: body.note })
      .where('id', '=', params.id)
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'personnel.review',
      target: `report:${params.id}`,
    });
    return presentPersonnelReport(await loadReport(ctx, params.id), ctx.config.debriefDays);
  },
});

export const overdueDebriefs = defineRoute({
  method: 'get',
  path: '/api/personnel/overdue-debriefs',
  summary: 'List travel with overdue debriefs',
  tag: 'personnel',
  access: personnelPolicy.overdue,
  response: reportList,
  async handle({ ctx }) {
    const rows = await ctx.store.db
      .selectFrom('personnel_reports')
      .selectAll()
      .where('kind', '=', 'foreign_travel')
      .where('debriefed_at', 'is', null)
      .where('until', '<', today())
      .orderBy('until')
      .execute();
    const now = today();
    return {
      reports: rows
        .filter((r) => (debriefDue(r, ctx.config.debriefDays) ?? now) < now)
        .map((r) => presentPersonnelReport(r, ctx.config.debriefDays)),
    };
  },
});

export const exportPersonnel = defineRoute({
  method: 'get',
  path: '/api/personnel/export',
  summary: 'Export reports as the analytics personnel.csv',
  tag: 'personnel',
  access: personnelPolicy.export,
  response: personnelCsv,
  async handle({ actor, ctx }) {
    const rows = await ctx.store.db
      .selectFrom('personnel_reports')
      .innerJoin('accounts', 'accounts.id', 'personnel_reports.account_id')
      .selectAll('personnel_reports')
      .select('accounts.person_id')
      .orderBy('personnel_reports.date')
      .execute();
    const csvRows = rows.map((r) => personnelRow(r, r.person_id ?? r.account_id));
    await ctx.audit.append({
      actor: actor.id,
      action: 'personnel.export',
      target: 'personnel_reports',
      details: { rows: csvRows.length, columns: PERSONNEL_CSV_HEADER.length },
    });
    return { filename: 'personnel.csv', csv: toCsv(csvRows), rows: csvRows.length };
  },
});

export const personnelRoutes = [
  registerTravel,
  acknowledgeBriefing,
  debriefTravel,
  reportContact,
  reportFamily,
  discloseFinances,
  listReports,
  getReport,
  reviewReport,
  overdueDebriefs,
  exportPersonnel,
];
