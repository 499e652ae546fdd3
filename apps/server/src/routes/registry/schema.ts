import { z } from 'zod';
import { CLASSIFICATIONS, calendarDateSchema } from '@vigil/core';

const isoDate = calendarDateSchema;
const id = z.string().min(1).max(100);

export const documentIdParams = z.object({ id });
export const createDocumentBody = z.object({
  title: z.string().trim().min(3).max(300),
  classification: z.enum(CLASSIFICATIONS),
  compartments: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-Z0-9-]{2,32}$/, 'compartments are upper-case codes like HUMINT or NOFORN'),
    )
    .max(20)
    .default([]),
  owner: z.string().trim().min(1).max(200),
  body: z.string().min(20, 'the document text is too short').max(2_000_000),
});
export const grantBody = z.object({
  accountId: id,
  reason: z
    .string()
    .trim()
    .min(10, 'give the need-to-know reason (at least 10 characters)')
    .max(4000),
  expiresOn: isoDate,
});
export const requestBody = z.object({
  reason: z.string().trim().min(10, 'say why you need to know (at least 10 characters)').max(4000),
});
export const decisionBody = z
  .object({ approve: z.boolean(), expiresOn: isoDate.optional() })
  .refine((b) => !b.approve || b.expiresOn !== undefined, {
    message: 'an approval needs expiresOn',
    path: ['expiresOn'],
  });
export const distributeBody = z.object({
  accountIds: z.array(id).min(1, 'name at least one recipient').max(2000),
});
export const traceBody = z.object({
  filename: z.string().trim().min(1).max(300),
  contentBase64: z
    .string()
    .min(1, 'is empty')
    .max(30_000_000)
    .regex(/^[A-Za-z0-9+/=\s]+$/, 'is not base64'),
});
export const requestsQuery = z.object({
  status: z.enum(['pending', 'approved', 'refused']).optional(),
});

export const documentSummary = z.object({
  id: z.string(),
  title: z.string(),
  classification: z.enum(CLASSIFICATIONS),
  compartments: z.array(z.string()),
  owner: z.string(),
  createdAt: z.string(),
});
export const documentView = documentSummary.extend({
  body: z.string().nullable(),
  grantExpiresAt: z.string().nullable(),
});
export const documentList = z.object({ documents: z.array(documentSummary) });
export const grantView = z.object({
  id: z.string(),
  documentId: z.string(),
  accountId: z.string(),
  reason: z.string(),
  approvedBy: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
});
export const requestView = z.object({
  id: z.string(),
  documentId: z.string(),
  accountId: z.string(),
  reason: z.string(),
  status: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const requestList = z.object({ requests: z.array(requestView) });
export const distributionView = z.object({
  id: z.string(),
  documentId: z.string(),
  attributionId: z.string(),
  recipients: z.array(z.string()),
  textSites: z.number(),
  createdAt: z.string(),
});
export const copyView = z.object({
  documentId: z.string(),
  distributionId: z.string(),
  filename: z.string(),
  text: z.string(),
});
export const traceView = z.object({
  verdict: z.enum(['accused', 'insufficient_evidence']),
  message: z.string(),
  distributionId: z.string().nullable(),
  accused: z.array(
    z.object({
      accountId: z.string(),
      username: z.string().nullable(),
      score: z.number(),
      threshold: z.number(),
      matchingSites: z.number(),
    }),
  ),
});
export const accessLog = z.object({
  entries: z.array(z.object({ accountId: z.string(), action: z.string(), at: z.string() })),
});
