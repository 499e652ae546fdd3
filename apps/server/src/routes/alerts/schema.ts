import { z } from 'zod';

export const ALERT_STATUSES = ['open', 'dismissed', 'escalated'] as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const alertView = z.object({
  id: z.string(),
  pseudonym: z.string(),
  day: z.string(),
  score: z.number(),
  /** Strongest first; the alert's leads ("lead: P-… used PC-…") come last. */
  reasons: z.array(z.string()),
  status: z.enum(ALERT_STATUSES),
  dismissReason: z.string().nullable(),
  caseId: z.string().nullable(),
  /**
   * In the queue: reasons beyond the strongest few, leads aside (the queue shows every lead;
   * GET /api/alerts/:id lists everything).
   */
  moreReasons: z.number().int().nonnegative().optional(),
});

export const alertQuery = z.object({
  status: z.enum(ALERT_STATUSES).default('open'),
  day: day.optional(),
  pseudonym: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const alertPage = z.object({ alerts: z.array(alertView), total: z.number() });
export const alertIdParams = z.object({ id: z.string().min(1).max(100) });
export const dismissBody = z.object({
  reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(2000),
});
export const escalateBody = z
  .object({
    caseId: z.string().min(1).max(100).optional(),
    title: z.string().trim().min(3).max(300).optional(),
  })
  .refine(
    (b) => (b.caseId === undefined) !== (b.title === undefined),
    'give either caseId (add to a case) or title (open a new case)',
  );
export const importBody = z.object({ day: day.optional() });
export const importResult = z.object({
  days: z.number(),
  imported: z.number(),
  budget: z.number(),
});
