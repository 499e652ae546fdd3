import { z } from 'zod';
import { PERSONNEL_KINDS, calendarDateSchema } from '@vigil/core';

const isoDate = calendarDateSchema;
const country = z.string().trim().min(2, 'name the country').max(100);
const text = (max: number) => z.string().trim().max(max);

export const travelBody = z
  .object({
    country,
    departOn: isoDate,
    returnOn: isoDate,
    purpose: text(2000).min(3, 'say why you travel'),
  })
  .refine((b) => b.returnOn >= b.departOn, {
    message: 'returnOn is before departOn',
    path: ['returnOn'],
  });
export const debriefBody = z.object({
  contacts: text(8000).default(''),
  approaches: text(8000).default(''),
  gifts: text(8000).default(''),
  requestsForInformation: text(8000).default(''),
});
export const contactBody = z.object({
  date: isoDate,
  country,
  counterparty: text(300).min(2, 'name the contact'),
  relationship: text(300).default(''),
  note: text(8000).default(''),
});
export const familyBody = z.object({
  country,
  relativeName: text(300).min(2),
  relativeEmail: z.email(
    'is not an e-mail address (the analytics match mail to relatives by address)',
  ),
  relationship: text(100).min(2),
});
export const FINANCIAL_CATEGORIES = [
  'debt',
  'gambling',
  'garnishment',
  'bankruptcy',
  'sudden_wealth',
] as const;
export const financialBody = z.object({
  date: isoDate,
  category: z.enum(FINANCIAL_CATEGORIES),
  amount: z.number().nonnegative().max(1e12).optional(),
  note: text(8000).default(''),
});
export const reviewBody = z.object({ note: text(8000).min(1, 'is empty') });
export const reportIdParams = z.object({ id: z.string().min(1).max(100) });
export const reportListQuery = z.object({
  kind: z.enum(PERSONNEL_KINDS).optional(),
  accountId: z.string().max(100).optional(),
});

export const reportView = z.object({
  id: z.string(),
  accountId: z.string(),
  kind: z.string(),
  status: z.string(),
  date: z.string(),
  until: z.string().nullable(),
  country: z.string(),
  counterparty: z.string(),
  note: z.string(),
  details: z.record(z.string(), z.unknown()),
  briefingAcknowledgedAt: z.string().nullable(),
  debrief: z.record(z.string(), z.unknown()).nullable(),
  debriefedAt: z.string().nullable(),
  debriefDueOn: z.string().nullable(),
  debriefOverdue: z.boolean(),
  reviewedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
  filedAt: z.string(),
});
export const reportList = z.object({ reports: z.array(reportView) });
export const personnelCsv = z.object({ filename: z.string(), csv: z.string(), rows: z.number() });
