import type { AuditEntry } from '@vigil/store';
import { defineRoute } from '../../http/define-route.ts';
import { auditPolicy } from '../../policies/audit.ts';
import { auditPage, auditQuery, auditVerification } from './schema.ts';

const present = (e: AuditEntry) => ({
  seq: e.seq,
  at: e.at,
  actor: e.actor,
  action: e.action,
  target: e.target,
  details: JSON.parse(e.details) as Record<string, unknown>,
  prevHash: e.prev_hash,
  hash: e.hash,
});

export const listAudit = defineRoute({
  method: 'get',
  path: '/api/audit',
  summary: 'Read the audit log',
  tag: 'audit',
  access: auditPolicy.list,
  query: auditQuery,
  response: auditPage,
  async handle({ query, ctx }) {
    const entries = await ctx.audit.list(query);
    return {
      entries: entries.map(present),
      nextAfterSeq: entries.length === query.limit ? entries[entries.length - 1]!.seq : null,
    };
  },
});

/** The whole log with hashes, so an export can be verified offline against the same chain rule. */
export const exportAudit = defineRoute({
  method: 'get',
  path: '/api/audit/export',
  summary: 'Export the audit log',
  tag: 'audit',
  access: auditPolicy.export,
  response: auditPage,
  async handle({ actor, ctx }) {
    const all: AuditEntry[] = [];
    for (let after = 0; ;) {
      const page = await ctx.audit.list({ afterSeq: after, limit: 1000 });
      all.push(...page);
      if (page.length < 1000) break;
      after = page[page.length - 1]!.seq;
    }
    await ctx.audit.append({
      actor: actor.id,
      action: 'audit.export',
      target: 'audit_log',
      details: { entries: all.length },
    });
    return { entries: all.map(present), nextAfterSeq: null };
  },
});

/**
 * The chain, and its newest head recorded in the server's anchors file: a log whose newest
 * entries were deleted is reported as `truncated`, naming the anchor.
 */
export const verifyAudit = defineRoute({
  method: 'get',
  path: '/api/audit/verify',
  summary: 'Verify the audit chain',
  tag: 'audit',
  access: auditPolicy.verify,
  response: auditVerification,
  async handle({ ctx }) {
    return ctx.audit.verify();
  },
});

export const auditRoutes = [listAudit, exportAudit, verifyAudit];
