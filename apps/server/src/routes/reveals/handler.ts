import { randomUUID } from 'node:crypto';
import { VigilError, notFoundError } from '@vigil/core';
import type { RevealRequestTable } from '@vigil/store';
import { defineRoute } from '../../http/define-route.ts';
import { conflictError, forbidden } from '../../http/http-errors.ts';
import { mayDecideReveal, maySeeRevealedIdentity, revealPolicy } from '../../policies/reveals.ts';
import type { ServerContext } from '../../server-context.ts';
import {
  decideRevealBody,
  requestRevealBody,
  revealIdParams,
  revealList,
  revealListQuery,
  revealView,
} from './schema.ts';

const present = (
  r: RevealRequestTable,
  identity: { personId: string; name: string | null } | null = null,
) => ({
  id: r.id,
  pseudonym: r.pseudonym,
  caseId: r.case_id,
  reason: r.reason,
  requestedBy: r.requested_by,
  status: r.status as 'pending' | 'approved' | 'refused',
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  createdAt: r.created_at,
  identity,
});

async function loadRequest(ctx: ServerContext, id: string) {
  const row = await ctx.store.db
    .selectFrom('reveal_requests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFoundError('reveal.not_found', `no reveal request ${id}`);
  return row;
}

/** Who the pseudonym stands for: the staff id, and a name from the accounts or the directory. */
async function identityBehind(ctx: ServerContext, pseudonym: string) {
  const mapping = await ctx.store.db
    .selectFrom('pseudonyms')
    .select('person_id')
    .where('pseudonym', '=', pseudonym)
    .executeTakeFirst();
  if (!mapping)
    throw notFoundError('reveal.unknown_pseudonym', `pseudonym ${pseudonym} is not on record`);
  const account = await ctx.store.db
    .selectFrom('accounts')
    .select('display_name')
    .where('person_id', '=', mapping.person_id)
    .executeTakeFirst();
  let name = account?.display_name ?? null;
  if (!name && ctx.events) {
    const rows = await ctx.events.all<{ employee_name: string | null }>(
      'SELECT employee_name FROM ldap WHERE user_id = $1 ORDER BY month DESC LIMIT 1',
      [mapping.person_id],
    );
    name = rows[0]?.employee_name ?? null;
  }
  return { personId: mapping.person_id, name };
}

export const requestReveal = defineRoute({
  method: 'post',
  path: '/api/reveals',
  summary: 'Ask to reveal the identity behind a pseudonym',
  tag: 'reveals',
  access: revealPolicy.request,
  body: requestRevealBody,
  response: revealView,
  async handle({ actor, body, ctx }) {
    const known = await ctx.store.db
      .selectFrom('pseudonyms')
      .select('pseudonym')
      .where('pseudonym', '=', body.pseudonym)
      .executeTakeFirst();
    if (!known)
      throw notFoundError(
        'reveal.unknown_pseudonym',
        `pseudonym ${body.pseudonym} is not on record`,
      );
    if (body.caseId) {
      const c = await ctx.store.db
        .selectFrom('cases')
        .select('id')
        .where('id', '=', body.caseId)
        .executeTakeFirst();
      if (!c) throw notFoundError('case.not_found', `no case ${body.caseId}`);
    }
    const row = {
      id: `rev-${randomUUID()}`,
      pseudonym: body.pseudonym,
      case_id: body.caseId ?? null,
      reason: body.reason,
      requested_by: actor.id,
      status: 'pending',
      decided_by: null,
      decided_at: null,
      created_at: new Date().toISOString(),
    };
    await ctx.store.db.insertInto('reveal_requests').values(row).execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'identity.reveal_request',
      target: `reveal:${row.id}`,
      details: { pseudonym: body.pseudonym, caseId: body.caseId ?? null, reason: body.reason },
    });
    return present(row);
  },
});

export const listReveals = defineRoute({
  method: 'get',
  path: '/api/reveals',
  summary: 'List reveal requests',
  tag: 'reveals',
  access: revealPolicy.list,
  query: revealListQuery,
  response: revealList,
  async handle({ query, ctx }) {
    let q = ctx.store.db.selectFrom('reveal_requests').selectAll();
    if (query.status) q = q.where('status', '=', query.status);
    return {
      requests: (await q.orderBy('created_at', 'desc').limit(200).execute()).map((r) => present(r)),
    };
  },
});

export const decideReveal = defineRoute({
  method: 'post',
  path: '/api/reveals/:id/decision',
  summary: 'Approve or refuse a reveal request',
  tag: 'reveals',
  access: revealPolicy.decide,
  params: revealIdParams,
  body: decideRevealBody,
  response: revealView,
  status: 200,
  async handle({ actor, params, body, ctx }) {
    const request = await loadRequest(ctx, params.id);
    if (!mayDecideReveal(actor, request))
      throw new VigilError(
        'reveal.same_person',
        'forbidden',
        'a reveal needs a second person: you asked for this one, so someone else must decide it',
      );
    if (request.status !== 'pending')
      throw conflictError('reveal.decided', `request ${params.id} was already ${request.status}`);
    const status = body.approve ? 'approved' : 'refused';
    await ctx.store.db
      .updateTable('reveal_requests')
      .set({ status, decided_by: actor.id, decided_at: new Date().toISOString() })
      .where('id', '=', params.id)
      .where('status', '=', 'pending')
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: body.approve ? 'identity.reveal_approve' : 'identity.reveal_refuse',
      target: `reveal:${params.id}`,
      details: { pseudonym: request.pseudonym, comment: body.comment },
    });
    return present(await loadRequest(ctx, params.id));
  },
});

export const getReveal = defineRoute({
  method: 'get',
  path: '/api/reveals/:id',
  summary: 'Show a reveal request (with the identity, once approved, to its two parties)',
  tag: 'reveals',
  access: revealPolicy.read,
  params: revealIdParams,
  response: revealView,
  async handle({ actor, params, ctx }) {
    const request = await loadRequest(ctx, params.id);
    if (request.status === 'approved' && !maySeeRevealedIdentity(actor, request)) {
      if (actor.id !== request.requested_by && actor.id !== request.decided_by)
        return present(request);
      throw forbidden('see this identity');
    }
    if (!maySeeRevealedIdentity(actor, request)) return present(request);
    const identity = await identityBehind(ctx, request.pseudonym);
    // Every look at a revealed identity is on the record, not only the approval.
    await ctx.audit.append({
      actor: actor.id,
      action: 'identity.reveal_view',
      target: `reveal:${request.id}`,
      details: { pseudonym: request.pseudonym },
    });
    return present(request, identity);
  },
});

export const revealRoutes = [requestReveal, listReveals, decideReveal, getReveal];
