import { z } from 'zod';
import { isoTimestampSchema } from '../time/iso-time.ts';

/** The log families Vigil understands; the key of an event is (kind, id), as in CERT. */
export const LOG_KINDS = ['logon', 'device', 'file', 'email', 'http'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export const CLASSIFICATIONS = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const PERSONNEL_KINDS = [
  'foreign_travel',
  'foreign_contact',
  'financial_distress',
  'family_member',
  'resignation_notice',
] as const;
export type PersonnelKind = (typeof PERSONNEL_KINDS)[number];

const base = {
  id: z.string().min(1),
  ts: isoTimestampSchema,
  user: z.string().min(1),
  pc: z.string().min(1),
};

/**
 * Vigil's own JSON Lines event: one object per line, `kind` selects the shape. It carries the
 * same facts as the CERT logs so both feeds land in the same tables. See docs/EVENTS.md.
 */
export const activityEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('logon'), ...base, activity: z.enum(['Logon', 'Logoff']) }),
  z.object({
    kind: z.literal('device'),
    ...base,
    activity: z.enum(['Connect', 'Disconnect']),
    file_tree: z.string().optional(),
  }),
  z.object({
    kind: z.literal('file'),
    ...base,
    filename: z.string().min(1),
    activity: z.enum(['File Open', 'File Write', 'File Copy', 'File Delete']).default('File Copy'),
    to_removable_media: z.boolean().default(false),
    from_removable_media: z.boolean().default(false),
    content: z.string().default(''),
  }),
  z.object({
    kind: z.literal('email'),
    ...base,
    from: z.string().min(1),
    to: z.array(z.string()).default([]),
    cc: z.array(z.string()).default([]),
    bcc: z.array(z.string()).default([]),
    activity: z.enum(['Send', 'View']).default('Send'),
    size: z.number().int().nonnegative().default(0),
    attachments: z
      .array(z.object({ path: z.string(), size: z.number().int().nonnegative() }))
      .default([]),
    content: z.string().default(''),
  }),
  z.object({
    kind: z.literal('http'),
    ...base,
    url: z.string().min(1),
    activity: z.enum(['WWW Visit', 'WWW Download', 'WWW Upload']).default('WWW Visit'),
    content: z.string().default(''),
  }),
]);
export type ActivityEvent = z.infer<typeof activityEventSchema>;
