import { z } from 'zod';
import { ROLES } from '../../identity/roles.ts';

export const signInBody = z.object({
  username: z.string().min(1, 'is empty').max(200),
  password: z.string().min(1, 'is empty').max(1000),
});

export const accountView = z.object({
  id: z.string(),
  username: z.string(),
  role: z.enum(ROLES),
});

export const signInResponse = z.object({
  account: accountView,
  /** Send back in the x-csrf-token header with every change. */
  csrfToken: z.string(),
  expiresAt: z.string(),
});

export const okResponse = z.object({ ok: z.literal(true) });
