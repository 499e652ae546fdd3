import { randomUUID } from 'node:crypto';
import { VigilError, inputError, notFoundError } from '@vigil/core';
import type { Kysely } from 'kysely';
import type { Database } from '@vigil/store';
import { defineRoute } from '../../http/define-route.ts';
import { conflictError } from '../../http/http-errors.ts';
import { keepsRegistry, registryPolicy } from '../../policies/registry.ts';
import { presentGrant, presentRequest } from '../../presenters/registry.ts';
import { loadDocument } from './documents-handler.ts';
import {
  decisionBody,
  documentIdParams,
  grantBody,
  grantView,
  requestBody,
  requestList,
  requestView,
  requestsQuery,
} from './schema.ts';

const endOfDay = (day: string) => `${day}T23:59:59.999Z`;

async function insertGrant(
  db: Kysely<Database>,
  fields: {
    documentId: string;
    accountId: string;
    reason: string;
    approvedBy: string;
    expiresOn: string;
  },
) {
  if (endOfDay(fields.expiresOn) <= new Date().toISOString())
    throw inputError('registry.expired_grant', `expiresOn ${fields.expiresOn} is in the past`);
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .where('id', '=', fields.accountId)
    .executeTakeFirst();
  if (!account) throw notFoundError('account.not_found', `no account ${fields.accountId}`);
  const row = {
    id: `grant-${randomUUID()}`,
    document_id: fields.documentId,
    account_id: fields.accountId,
    reason: fields.reason,
    approved_by: fields.approvedBy,
    expires_at: endOfDay(fields.expiresOn),
    revoked_at: null,
    created_at: new Date().toISOString(),
  };
  await db.insertInto('grants').values(row).execute();
  return row;
}

export const grantAccess = defineRoute({
  method: 'post',
  path: '/api/registry/documents/:id/grants',
  summary: 'Grant need-to-know',
  tag: 'registry',
  access: registryPolicy.grant,
  params: documentIdParams,
  body: grantBody,
  response: grantView,
  async handle({ actor, params, body, ctx }) {
    await loadDocument(ctx, params.id);
    const row = await insertGrant(ctx.store.db, {
      documentId: params.id,
      accountId: body.accountId,
      reason: body.reason,
      approvedBy: actor.id,
      expiresOn: body.expiresOn,
    });
    await ctx.audit.append({
      actor: actor.id,
      action: 'registry.grant',
      target: `document:${params.id}`,
      details: {
        grant: row.id,
        accountId: body.accountId,
        reason: body.reason,
        expiresAt: row.expires_at,
      },
    });
    return presentGrant(row);
  },
});

export const revokeGrant = defineRoute({
  method: 'post',
  path: '/api/registry/grants/:id/revoke',
  summary: 'Revoke a grant',
  tag: 'registry',
  access: registryPolicy.grant,
  params: documentIdParams,
  response: grantView,
  status: 200,
  async handle({ actor, params, ctx }) {
    const grant = await ctx.store.db
      .selectFrom('grants')
      .selectAll()
      .where('id', '=', params.id)
      .executeTakeFirst();
    if (!grant) throw notFoundError('registry.grant_not_found', `no grant ${params.id}`);
    if (grant.revoked_at)
      throw conflictError(
        'registry.already_revoked',
        `grant ${params.id} was revoked on ${grant.revoked_at}`,
      );
    await ctx.store.db
      .updateTable('grants')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', params.id)
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'registry.revoke',
      target: `grant:${params.id}`,
    });
    return presentGrant(
      await ctx.store.db
        .selectFrom('grants')
        .selectAll()
        .where('id', '=', params.id)
        .executeTakeFirstOrThrow(),
    );
  },
});

export const requestAccess = defineRoute({
  method: 'post',
  path: '/api/registry/documents/:id/requests',
  summary: 'Request need-to-know access',
  tag: 'registry',
  access: registryPolicy.request,
  params: documentIdParams,
  body: requestBody,
  response: requestView,
  async handle({ actor, params, body, ctx }) {
    await loadDocument(ctx, params.id);
    const row = {
      id: `req-${randomUUID()}`,
      document_id: params.id,
      account_id: actor.id,
      reason: body.reason,
      status: 'pending',
      decided_by: null,
      decided_at: null,
      created_at: new Date().toISOString(),
    };
    await ctx.store.db.insertInto('access_requests').values(row).execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'registry.request',
      target: `document:${params.id}`,
      details: { request: row.id },
    });
    return presentRequest(row);
  },
});

export const listRequests = defineRoute({
  method: 'get',
  path: '/api/registry/requests',
  summary: 'List access requests (officers: all; others: their own)',
  tag: 'registry',
  access: registryPolicy.listRequests,
  query: requestsQuery,
  response: requestList,
  async handle({ actor, query, ctx }) {
    let q = ctx.store.db.selectFrom('access_requests').selectAll();
    if (!keepsRegistry(actor)) q = q.where('account_id', '=', actor.id);
    if (query.status) q = q.where('status', '=', query.status);
    return {
      requests: (await q.orderBy('created_at', 'desc').limit(1000).execute()).map(presentRequest),
    };
  },
});

export const decideRequest = defineRoute({
  method: 'post',
  path: '/api/registry/requests/:id/decision',
  summary: 'Approve or refuse an access request',
  tag: 'registry',
  access: registryPolicy.decide,
  params: documentIdParams,
  body: decisionBody,
  response: requestView,
  status: 200,
  async handle({ actor, params, body, ctx }) {
    const request = await ctx.store.db
      .selectFrom('access_requests')
      .selectAll()
      .where('id', '=', params.id)
      .executeTakeFirst();
    if (!request)
      throw notFoundError('registry.request_not_found', `no access request ${params.id}`);
    if (request.status !== 'pending')
      throw conflictError('registry.decided', `request ${params.id} was already ${request.status}`);
    if (request.account_id === actor.id)
      throw new VigilError(
        'registry.self_approval',
        'forbidden',
        'another officer must decide your own access request',
      );
    await ctx.store.db.transaction().execute(async (trx) => {
      if (body.approve)
        await insertGrant(trx, {
          documentId: request.document_id,
          accountId: request.account_id,
          reason: request.reason,
          approvedBy: actor.id,
          expiresOn: body.expiresOn!,
        });
      await trx
        .updateTable('access_requests')
        .set({
          status: body.approve ? 'approved' : 'refused',
          decided_by: actor.id,
          decided_at: new Date().toISOString(),
        })
        .where('id', '=', params.id)
        .execute();
    });
    await ctx.audit.append({
      actor: actor.id,
      action: body.approve ? 'registry.request_approve' : 'registry.request_refuse',
      target: `request:${params.id}`,
      details: { documentId: request.document_id, accountId: request.account_id },
    });
    return presentRequest(
      await ctx.store.db
        .selectFrom('access_requests')
        .selectAll()
        .where('id', '=', params.id)
        .executeTakeFirstOrThrow(),
    );
  },
});

export const grantRoutes = [grantAccess, revokeGrant, requestAccess, listRequests, decideRequest];
