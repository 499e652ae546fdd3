import { z } from 'zod';

export const auditQuery = z.object({
  afterSeq: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  actor: z.string().max(200).optional(),
  action: z.string().max(200).optional(),
});

export const auditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.string(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

export const auditPage = z.object({
  entries: z.array(auditEntry),
  nextAfterSeq: z.number().nullable(),
});

export const auditVerification = z.object({
  ok: z.boolean(),
  entries: z.number(),
  head: z.string(),
  firstBreak: z.object({ seq: z.number(), problem: z.string(), message: z.string() }).nullable(),
  /** The heads recorded outside the store that the chain was checked against. */
  anchors: z.array(
    z.object({
      seq: z.number(),
      hash: z.string(),
      at: z.string().optional(),
      source: z.string(),
    }),
  ),
});
