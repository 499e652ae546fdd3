import { randomUUID } from 'node:crypto';
import { VigilError, notFoundError } from '@vigil/core';
import { defineRoute } from '../../http/define-route.ts';
import { casePolicy } from '../../policies/cases.ts';
import { presentCase, presentEvidence, presentNote } from '../../presenters/case.ts';
import type { ServerContext } from '../../server-context.ts';
import {
  caseDetail,
  caseIdParams,
  caseList,
  caseListQuery,
  caseSummary,
  createCaseBody,
  evidenceBody,
  evidenceView,
  noteBody,
  noteView,
  updateCaseBody,
} from './schema.ts';

async function loadCase(ctx: ServerContext, id: string) {
  const row = await ctx.store.db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFoundError('case.not_found', `no case ${id}`);
  return row;
}

async function loadOpenCase(ctx: ServerContext, id: string) {
  const row = await loadCase(ctx, id);
  if (row.status === 'closed')
    throw new VigilError(
      'case.closed',
      'conflict',
      `case ${id} is closed; reopen it (status "investigating") to add to it`,
    );
  return row;
}

export const listCases = defineRoute({
  method: 'get',
  path: '/api/cases',
  summary: 'List cases',
  tag: 'cases',
  access: casePolicy.list,
  query: caseListQuery,
  response: caseList,
  async handle({ query, ctx }) {
    let q = ctx.store.db.selectFrom('cases').selectAll();
    if (query.status) q = q.where('status', '=', query.status);
    const rows = await q
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    return { cases: rows.map(presentCase) };
  },
});

export const createCase = defineRoute({
  method: 'post',
  path: '/api/cases',
  summary: 'Open a case',
  tag: 'cases',
  access: casePolicy.create,
  body: createCaseBody,
  response: caseSummary,
  async handle({ actor, body, ctx }) {
    const now = new Date().toISOString();
    const id = `case-${randomUUID()}`;
    await ctx.store.db
      .insertInto('cases')
      .values({
        id,
        title: body.title,
        status: 'open',
        outcome: null,
        created_by: actor.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'case.open',
      target: `case:${id}`,
      details: { title: body.title },
    });
    return presentCase(await loadCase(ctx, id));
  },
});

export const getCase = defineRoute({
  method: 'get',
  path: '/api/cases/:id',
  summary: 'Show a case with its evidence and notes',
  tag: 'cases',
  access: casePolicy.read,
  params: caseIdParams,
  response: caseDetail,
  async handle({ params, ctx }) {
    const row = await loadCase(ctx, params.id);
    const [evidence, notes] = await Promise.all([
      ctx.store.db
        .selectFrom('case_evidence')
        .selectAll()
        .where('case_id', '=', params.id)
        .orderBy('added_at')
        .orderBy('id')
        .execute(),
      ctx.store.db
        .selectFrom('case_notes')
        .selectAll()
        .where('case_id', '=', params.id)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    ]);
    return {
      ...presentCase(row),
      evidence: evidence.map(presentEvidence),
      notes: notes.map(presentNote),
    };
  },
});

export const updateCase = defineRoute({
  method: 'patch',
  path: '/api/cases/:id',
  summary: 'Change a case status or outcome',
  tag: 'cases',
  access: casePolicy.update,
  params: caseIdParams,
  body: updateCaseBody,
  response: caseSummary,
  async handle({ actor, params, body, ctx }) {
    const before = await loadCase(ctx, params.id);
    await ctx.store.db
      .updateTable('cases')
      .set({
        ...(body.status ? { status: body.status } : {}),
        ...(body.outcome !== undefined ? { outcome: body.outcome } : {}),
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', params.id)
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'case.update',
      target: `case:${params.id}`,
      details: { from: { status: before.status, outcome: before.outcome }, to: body },
    });
    return presentCase(await loadCase(ctx, params.id));
  },
});

export const addEvidence = defineRoute({
  method: 'post',
  path: '/api/cases/:id/evidence',
  summary: 'Add evidence to a case',
  tag: 'cases',
  access: casePolicy.addEvidence,
  params: caseIdParams,
  body: evidenceBody,
  response: evidenceView,
  async handle({ actor, params, body, ctx }) {
    await loadOpenCase(ctx, params.id);
    const now = new Date().toISOString();
    const row = {
      id: `ev-${randomUUID()}`,
      case_id: params.id,
      kind: body.kind,
      ref: body.ref,
      note: body.note,
      added_by: actor.id,
      added_at: now,
    };
    await ctx.store.db.insertInto('case_evidence').values(row).execute();
    await ctx.store.db
      .updateTable('cases')
      .set({ updated_at: now })
      .where('id', '=', params.id)
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'case.add_evidence',
      target: `case:${params.id}`,
      details: { kind: body.kind, ref: body.ref },
    });
    return presentEvidence(row);
  },
});

export const addNote = defineRoute({
  method: 'post',
  path: '/api/cases/:id/notes',
  summary: 'Add a note to a case',
  tag: 'cases',
  access: casePolicy.addNote,
  params: caseIdParams,
  body: noteBody,
  response: noteView,
  async handle({ actor, params, body, ctx }) {
    await loadOpenCase(ctx, params.id);
    const now = new Date().toISOString();
    const row = {
      id: `note-${randomUUID()}`,
      case_id: params.id,
      author: actor.id,
      body: body.body,
      created_at: now,
    };
    await ctx.store.db.insertInto('case_notes').values(row).execute();
    await ctx.store.db
      .updateTable('cases')
      .set({ updated_at: now })
      .where('id', '=', params.id)
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'case.add_note',
      target: `case:${params.id}`,
    });
    return presentNote(row);
  },
});

export const caseRoutes = [listCases, createCase, getCase, updateCase, addEvidence, addNote];
