import { z } from 'zod';

export const CASE_STATUSES = ['open', 'investigating', 'closed'] as const;
export const CASE_OUTCOMES = [
  'no_finding',
  'policy_violation',
  'referred_to_law_enforcement',
  'administrative_action',
  'security_education',
] as const;
export const EVIDENCE_KINDS = ['alert', 'event', 'document', 'report', 'trace', 'tip'] as const;

export const caseIdParams = z.object({ id: z.string().min(1).max(100) });
export const createCaseBody = z.object({ title: z.string().trim().min(3).max(300) });
export const updateCaseBody = z
  .object({
    status: z.enum(CASE_STATUSES).optional(),
    outcome: z.enum(CASE_OUTCOMES).nullable().optional(),
  })
  .refine((b) => b.status !== undefined || b.outcome !== undefined, 'give status, outcome or both')
  .refine((b) => b.status !== 'closed' || (b.outcome !== undefined && b.outcome !== null), {
    message: 'closing a case needs an outcome',
    path: ['outcome'],
  });
export const evidenceBody = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  ref: z.string().trim().min(1).max(500),
  note: z.string().trim().max(4000).default(''),
});
export const noteBody = z.object({ body: z.string().trim().min(1, 'is empty').max(20000) });

export const caseSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(CASE_STATUSES),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const evidenceView = z.object({
  id: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  ref: z.string(),
  note: z.string(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export const noteView = z.object({
  id: z.string(),
  author: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export const caseDetail = caseSummary.extend({
  evidence: z.array(evidenceView),
  notes: z.array(noteView),
});
export const caseList = z.object({ cases: z.array(caseSummary) });
export const caseListQuery = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
