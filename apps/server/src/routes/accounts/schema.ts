import { z } from 'zod';
import { ROLES } from '../../identity/roles.ts';

export const createAccountBody = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(64)
    .regex(/^[a-z0-9._-]+$/, 'use lower-case letters, digits, ".", "_" and "-"'),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password: z.string().min(12, 'needs at least 12 characters').max(1000),
  personId: z.string().trim().min(1).max(64).nullish(),
  email: z.email('is not an e-mail address').nullish(),
});

export const accountSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  personId: z.string().nullable(),
  email: z.string().nullable(),
  locked: z.boolean(),
});

export const accountIdParams = z.object({ id: z.string().min(1).max(100) });
export const accountList = z.object({ accounts: z.array(accountSummary) });
