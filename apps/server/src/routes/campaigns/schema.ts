import { z } from 'zod';
import { calendarDateSchema } from '@vigil/core';

const isoDate = calendarDateSchema;
export const campaignIdParams = z.object({ id: z.string().min(1).max(100) });
export const tokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'not a campaign link'),
});
export const createCampaignBody = z.object({
  name: z.string().trim().min(3).max(200),
  subject: z.string().trim().min(3).max(300),
  /** `{{link}}` is replaced by the tracking link that counts as engaging. */
  body: z
    .string()
    .min(20)
    .max(20000)
    .refine(
      (b) => b.includes('{{link}}'),
      'the message must contain {{link}} where the tracked link goes',
    ),
  moduleId: z.string().min(1).max(100).optional(),
});
export const sendBody = z.object({
  accountIds: z.array(z.string().min(1).max(100)).min(1).max(10000),
});
export const reportBody = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,64}$/, 'paste the link or code from the suspicious message'),
});
export const assignFromResultsBody = z.object({ dueOn: isoDate });

export const campaignView = z.object({
  id: z.string(),
  name: z.string(),
  subject: z.string(),
  moduleId: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export const sendResult = z.object({
  sent: z.number(),
  skipped: z.array(z.object({ accountId: z.string(), reason: z.string() })),
});
export const campaignResults = z.object({
  campaign: campaignView,
  targets: z.array(
    z.object({
      accountId: z.string(),
      sentAt: z.string().nullable(),
      reportedAt: z.string().nullable(),
      engagedAt: z.string().nullable(),
    }),
  ),
  summary: z.object({
    sent: z.number(),
    reported: z.number(),
    engaged: z.number(),
    engagedWithoutReport: z.number(),
  }),
});
export const engageView = z.object({ message: z.string() });
export const reportedView = z.object({ reported: z.boolean(), message: z.string() });
export const assignedView = z.object({ assigned: z.number() });

export const campaignList = z.object({ campaigns: z.array(campaignView) });
