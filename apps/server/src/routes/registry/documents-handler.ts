import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { notFoundError } from '@vigil/core';
import { defineRoute } from '../../http/define-route.ts';
import { forbidden } from '../../http/http-errors.ts';
import { keepsRegistry, registryPolicy } from '../../policies/registry.ts';
import { presentDocumentSummary } from '../../presenters/registry.ts';
import { recordAccess, registerWithAnalytics } from '../../registry/document-access.ts';
import { copyPath } from '../../registry/distribute-document.ts';
import { activeGrant } from '../../registry/need-to-know.ts';
import type { ServerContext } from '../../server-context.ts';
import {
  accessLog,
  copyView,
  createDocumentBody,
  documentIdParams,
  documentList,
  documentSummary,
  documentView,
} from './schema.ts';

export async function loadDocument(ctx: ServerContext, id: string) {
  const doc = await ctx.store.db
    .selectFrom('registry_documents')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!doc) throw notFoundError('registry.not_found', `no registry document ${id}`);
  return doc;
}

export const createDocument = defineRoute({
  method: 'post',
  path: '/api/registry/documents',
  summary: 'Register a classified document',
  tag: 'registry',
  access: registryPolicy.create,
  body: createDocumentBody,
  response: documentSummary,
  async handle({ actor, body, ctx }) {
    const row = {
      id: `reg-${randomUUID()}`,
      title: body.title,
      classification: body.classification,
      compartments: JSON.stringify(body.compartments),
      owner: body.owner,
      body: body.body,
      created_by: actor.id,
      created_at: new Date().toISOString(),
    };
    await ctx.store.db.insertInto('registry_documents').values(row).execute();
    await registerWithAnalytics(ctx, row);
    await ctx.audit.append({
      actor: actor.id,
      action: 'registry.create',
      target: `document:${row.id}`,
      details: { classification: body.classification, compartments: body.compartments },
    });
    return presentDocumentSummary(row);
  },
});

export const listDocuments = defineRoute({
  method: 'get',
  path: '/api/registry/documents',
  summary: 'List registry documents (officers: all; others: those they hold a grant for)',
  tag: 'registry',
  access: registryPolicy.list,
  response: documentList,
  async handle({ actor, ctx }) {
    let q = ctx.store.db.selectFrom('registry_documents').selectAll();
    if (!keepsRegistry(actor)) {
      const granted = ctx.store.db
        .selectFrom('grants')
        .select('document_id')
        .where('account_id', '=', actor.id)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', new Date().toISOString());
      q = q.where('id', 'in', granted);
    }
    return {
      documents: (await q.orderBy('created_at', 'desc').limit(1000).execute()).map(
        presentDocumentSummary,
      ),
    };
  },
});

export const viewDocument = defineRoute({
  method: 'get',
  path: '/api/registry/documents/:id',
  summary: 'View a registry document (text only under a grant; every view logged)',
  tag: 'registry',
  access: registryPolicy.read,
  params: documentIdParams,
  response: documentView,
  async handle({ actor, params, ctx }) {
    const doc = await loadDocument(ctx, params.id);
    const grant = await activeGrant(ctx.store, doc.id, actor.id);
    if (!grant) {
      if (!keepsRegistry(actor))
        throw forbidden(
          `read ${doc.id} without a need-to-know grant: request one (POST /api/registry/documents/${doc.id}/requests)`,
        );
      return { ...presentDocumentSummary(doc), body: null, grantExpiresAt: null };
    }
    await recordAccess(ctx, actor, doc, 'view');
    return { ...presentDocumentSummary(doc), body: doc.body, grantExpiresAt: grant.expires_at };
  },
});

export const downloadCopy = defineRoute({
  method: 'get',
  path: '/api/registry/documents/:id/copy',
  summary: 'Download your marked copy (logged)',
  tag: 'registry',
  access: registryPolicy.read,
  params: documentIdParams,
  response: copyView,
  async handle({ actor, params, ctx }) {
    const doc = await loadDocument(ctx, params.id);
    if (!(await activeGrant(ctx.store, doc.id, actor.id)))
      throw forbidden(`download ${doc.id} without a need-to-know grant`);
    const distributions = await ctx.store.db
      .selectFrom('distributions')
      .selectAll()
      .where('document_id', '=', doc.id)
      .orderBy('created_at', 'desc')
      .execute();
    const mine = distributions.find((d) =>
      (JSON.parse(d.recipients) as string[]).includes(actor.id),
    );
    if (!mine)
      throw notFoundError(
        'registry.no_copy',
        `no distribution of ${doc.id} includes you yet: ask the security office to distribute it to you`,
      );
    await recordAccess(ctx, actor, doc, 'download');
    return {
      documentId: doc.id,
      distributionId: mine.id,
      filename: `${doc.id}.md`,
      text: fs.readFileSync(copyPath(ctx, mine.id, actor.id), 'utf8'),
    };
  },
});

export const documentAccessLog = defineRoute({
  method: 'get',
  path: '/api/registry/documents/:id/access',
  summary: 'Who viewed or downloaded a document',
  tag: 'registry',
  access: registryPolicy.accessLog,
  params: documentIdParams,
  response: accessLog,
  async handle({ params, ctx }) {
    await loadDocument(ctx, params.id);
    const rows = await ctx.store.db
      .selectFrom('document_access')
      .selectAll()
      .where('document_id', '=', params.id)
      .orderBy('at')
      .limit(5000)
      .execute();
    return { entries: rows.map((r) => ({ accountId: r.account_id, action: r.action, at: r.at })) };
  },
});

export const documentRoutes = [
  createDocument,
  listDocuments,
  viewDocument,
  downloadCopy,
  documentAccessLog,
];
