import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { inputError } from '@vigil/core';
import { z } from 'zod';
import { CSRF_HEADER, SESSION_COOKIE, findSession } from '../identity/sessions.ts';
import type { Actor } from '../identity/roles.ts';
import type { ServerContext } from '../server-context.ts';
import { ANONYMOUS, type RouteSpec } from './define-route.ts';
import { forbidden, unauthenticated, validationError } from './http-errors.ts';

/** Leak uploads (page photos, PDFs) arrive base64 in JSON; nothing else comes near this. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;
const SAFE_METHODS = new Set(['get', 'head', 'options']);

/**
 * Who is calling, and may they call this route? Order matters: authenticate, then check the
 * CSRF token on state-changing requests (double-submit: the token came with the session and
 * must come back in a header, which a cross-site form or image cannot set), then the role.
 */
export async function authorize(c: Context, ctx: ServerContext, route: RouteSpec): Promise<Actor> {
  if (route.access === 'public') return ANONYMOUS;
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? await findSession(ctx.store, token) : null;
  if (!session) throw unauthenticated();
  if (!SAFE_METHODS.has(route.method) && c.req.header(CSRF_HEADER) !== session.csrfToken) {
    throw inputError(
      'auth.csrf',
      `missing or wrong ${CSRF_HEADER} header: send the csrfToken returned at sign-in with every change`,
    );
  }
  if (!route.access.includes(session.actor.role)) throw forbidden(`${route.summary.toLowerCase()}`);
  return session.actor;
}

export async function parseBody<B>(c: Context, schema: z.ZodType<B> | undefined): Promise<B> {
  if (!schema) return undefined as B;
  const type = c.req.header('content-type') ?? '';
  // Requiring JSON also keeps cross-site HTML forms out (they cannot send this content type).
  if (!type.toLowerCase().startsWith('application/json')) {
    throw inputError(
      'request.content_type',
      `send the body as JSON with "Content-Type: application/json" (got "${type || 'none'}")`,
    );
  }
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_BODY_BYTES)
    throw inputError(
      'request.too_large',
      `request body is ${length} bytes; the limit is ${MAX_BODY_BYTES}`,
    );
  const text = await c.req.text();
  if (text.length > MAX_BODY_BYTES)
    throw inputError('request.too_large', `request body is over ${MAX_BODY_BYTES} bytes`);
  let json: unknown;
  try {
    json = text === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw inputError(
      'request.bad_json',
      `request body is not valid JSON: ${(error as Error).message}`,
    );
  }
  rejectUnknownKeys('body', schema, json);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError('body', parsed.error, { schema, input: json });
  return parsed.data;
}

/** A misspelt field would otherwise be dropped in silence; say so instead. */
function rejectUnknownKeys(where: 'body' | 'query', schema: z.ZodType, value: unknown): void {
  if (
    !(schema instanceof z.ZodObject) ||
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value)
  )
    return;
  const known = Object.keys(schema.shape);
  const unknown = Object.keys(value).filter((k) => !known.includes(k));
  if (unknown.length) {
    throw inputError(
      'request.unknown_field',
      `unknown ${where} field(s) ${unknown.map((k) => `"${k}"`).join(', ')}; expected ${known.length ? known.join(', ') : 'none'}`,
    );
  }
}

export function parseWith<T>(
  where: 'query' | 'path',
  schema: z.ZodType<T> | undefined,
  value: unknown,
): T {
  if (!schema) return undefined as T;
  if (where === 'query') rejectUnknownKeys('query', schema, value);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(where, parsed.error, { schema, input: value });
  return parsed.data;
}
