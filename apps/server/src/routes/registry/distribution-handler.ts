import { leakKind, traceLeak } from '@vigil/attribution';
import { VigilError, inputError } from '@vigil/core';
import { departmentsOf } from '../../directory/departments.ts';
import { defineRoute } from '../../http/define-route.ts';
import { registryPolicy } from '../../policies/registry.ts';
import { distributeDocument } from '../../registry/distribute-document.ts';
import { activeGrant } from '../../registry/need-to-know.ts';
import { loadDocument } from './documents-handler.ts';
import {
  distributeBody,
  distributionView,
  documentIdParams,
  traceBody,
  traceView,
} from './schema.ts';

export const distribute = defineRoute({
  method: 'post',
  path: '/api/registry/documents/:id/distributions',
  summary: 'Distribute uniquely marked copies',
  tag: 'registry',
  access: registryPolicy.distribute,
  params: documentIdParams,
  body: distributeBody,
  response: distributionView,
  async handle({ actor, params, body, ctx }) {
    const doc = await loadDocument(ctx, params.id);
    const ids = [...new Set(body.accountIds)];
    const accounts = await ctx.store.db
      .selectFrom('accounts')
      .select(['id', 'username', 'display_name', 'person_id'])
      .where('id', 'in', ids)
      .execute();
    const missing = ids.filter((id) => !accounts.some((a) => a.id === id));
    if (missing.length)
      throw inputError('registry.unknown_recipient', `no such account(s): ${missing.join(', ')}`);
    const ungranted = [];
    for (const a of accounts)
      if (!(await activeGrant(ctx.store, doc.id, a.id))) ungranted.push(a.username);
    if (ungranted.length)
      throw new VigilError(
        'registry.no_need_to_know',
        'forbidden',
        `these recipients hold no grant for ${doc.id}: ${ungranted.join(', ')}; grant access first`,
      );
    // The recipients file's department column is the person's department in the directory, as
    // a traced leak reports it; an account's role says nothing about where the copy went.
    const departments = await departmentsOf(
      ctx.events,
      accounts.flatMap((a) => (a.person_id ? [a.person_id] : [])),
    );
    const { id, mark } = await distributeDocument(
      ctx,
      doc,
      accounts.map((a) => ({
        accountId: a.id,
        name: a.display_name,
        username: a.username,
        department: (a.person_id && departments.get(a.person_id)) || '',
      })),
    );
    const row = {
      id,
      document_id: doc.id,
      attribution_id: mark.documentId,
      recipients: JSON.stringify(ids),
      created_by: actor.id,
      created_at: new Date().toISOString(),
    };
    await ctx.store.db.insertInto('distributions').values(row).execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'registry.distribute',
      target: `document:${doc.id}`,
      details: { distribution: id, attribution: mark.documentId, recipients: ids },
    });
    return {
      id,
      documentId: doc.id,
      attributionId: mark.documentId,
      recipients: ids,
      textSites: mark.textSites,
      createdAt: row.created_at,
    };
  },
});

export const traceUpload = defineRoute({
  method: 'post',
  path: '/api/registry/documents/:id/trace',
  summary: 'Trace a leaked file or photo to its recipient',
  tag: 'registry',
  access: registryPolicy.trace,
  params: documentIdParams,
  body: traceBody,
  response: traceView,
  status: 200,
  async handle({ actor, params, body, ctx }) {
    const doc = await loadDocument(ctx, params.id);
    if (!ctx.attribution)
      throw new VigilError(
        'registry.no_attribution',
        'unavailable',
        'this server runs without the attribution store',
      );
    const bytes = new Uint8Array(Buffer.from(body.contentBase64, 'base64'));
    if (bytes.length === 0) throw inputError('registry.empty_leak', 'the uploaded file is empty');
    const distributions = await ctx.store.db
      .selectFrom('distributions')
      .selectAll()
      .where('document_id', '=', doc.id)
      .orderBy('created_at', 'desc')
      .execute();
    if (distributions.length === 0)
      throw inputError(
        'registry.not_distributed',
        `${doc.id} was never distributed, so no copy carries marks to trace`,
      );
    const leak = { name: body.filename, kind: leakKind(bytes, body.filename), bytes };
    let best: { distributionId: string; result: Awaited<ReturnType<typeof traceLeak>> } | null =
      null;
    for (const d of distributions) {
      const result = await traceLeak({
        store: ctx.attribution,
        documentId: d.attribution_id,
        leak,
      });
      if (!best || (result.verdict === 'accused' && best.result.verdict !== 'accused'))
        best = { distributionId: d.id, result };
      if (result.verdict === 'accused') break;
    }
    const accountIds = best!.result.accused.map((a) => a.id);
    const names = accountIds.length
      ? await ctx.store.db
          .selectFrom('accounts')
          .select(['id', 'username'])
          .where('id', 'in', accountIds)
          .execute()
      : [];
    await ctx.audit.append({
      actor: actor.id,
      action: 'registry.trace',
      target: `document:${doc.id}`,
      details: { verdict: best!.result.verdict, accused: accountIds, leak: body.filename },
    });
    return {
      verdict: best!.result.verdict,
      message: best!.result.message,
      distributionId: best!.result.verdict === 'accused' ? best!.distributionId : null,
      accused: best!.result.accused.map((a) => ({
        accountId: a.id,
        username: names.find((n) => n.id === a.id)?.username ?? null,
        score: a.score,
        threshold: a.threshold,
        matchingSites: a.matchingSites,
      })),
    };
  },
});

export const distributionRoutes = [distribute, traceUpload];
