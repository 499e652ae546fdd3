import { z } from 'zod';

export const REVEAL_STATUSES = ['pending', 'approved', 'refused'] as const;
export const revealIdParams = z.object({ id: z.string().min(1).max(100) });
export const requestRevealBody = z.object({
  pseudonym: z.string().regex(/^P-[A-Z2-9]{8}$/, 'expected a pseudonym like P-ABCD2345'),
  caseId: z.string().min(1).max(100).optional(),
  reason: z
    .string()
    .trim()
    .min(10, 'say why the identity is needed (at least 10 characters)')
    .max(4000),
});
export const decideRevealBody = z.object({
  approve: z.boolean(),
  comment: z.string().trim().max(4000).default(''),
});
export const revealView = z.object({
  id: z.string(),
  pseudonym: z.string(),
  caseId: z.string().nullable(),
  reason: z.string(),
  requestedBy: z.string(),
  status: z.enum(REVEAL_STATUSES),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Present only for the requester and the approver of an approved request. */
  identity: z.object({ personId: z.string(), name: z.string().nullable() }).nullable(),
});
export const revealList = z.object({ requests: z.array(revealView) });
export const revealListQuery = z.object({ status: z.enum(REVEAL_STATUSES).optional() });
