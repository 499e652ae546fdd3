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

/**
 * A session as sign-in and `GET /api/session` both answer it. The CSRF token comes back on GET
 * too, so a reloaded page or a new tab can make changes without signing in again: only a page of
 * this origin can read the answer (no CORS headers are ever sent), and the cookie is SameSite=Strict.
 */
export const sessionView = z.object({
  account: accountView,
  /** Send back in the x-csrf-token header with every change. */
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export const signInResponse = sessionView;

export const okResponse = z.object({ ok: z.literal(true) });
