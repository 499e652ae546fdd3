import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { VigilError } from '@vigil/core';
import { defineRoute } from '../../http/define-route.ts';
import { authenticate } from '../../identity/accounts.ts';
import { unauthenticated } from '../../http/http-errors.ts';
import { SESSION_COOKIE, createSession, endSession, findSession } from '../../identity/sessions.ts';
import { sessionPolicy } from '../../policies/session.ts';
import { okResponse, sessionView, signInBody, signInResponse } from './schema.ts';

const clientAddress = (env: unknown): string =>
  (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
    ?.remoteAddress ?? 'unknown';

export const signIn = defineRoute({
  method: 'post',
  path: '/api/session',
  summary: 'Sign in',
  tag: 'session',
  access: sessionPolicy.signIn,
  body: signInBody,
  response: signInResponse,
  status: 200,
  async handle({ body, ctx, c }) {
    if (!ctx.loginLimiter.allow(clientAddress(c.env))) {
      throw new VigilError(
        'auth.rate_limited',
        'unavailable',
        'too many sign-in attempts from this address; wait a minute',
      );
    }
    let actor;
    try {
      actor = await authenticate(ctx.store, body.username, body.password, {
        maxFailures: ctx.config.loginMaxFailures,
        lockoutMinutes: ctx.config.lockoutMinutes,
        log2N: ctx.config.scryptLog2N,
      });
    } catch (error) {
      await ctx.audit.append({
        actor: 'anonymous',
        action: 'auth.sign_in_failed',
        target: `username:${body.username}`,
        details: { code: (error as VigilError).code },
      });
      throw error;
    }
    const session = await createSession(ctx.store, actor.id, ctx.config.sessionHours);
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: ctx.config.secureCookies,
      path: '/',
      maxAge: ctx.config.sessionHours * 3600,
    });
    await ctx.audit.append({
      actor: actor.id,
      action: 'auth.sign_in',
      target: `account:${actor.id}`,
    });
    return {
      account: { id: actor.id, username: actor.username, role: actor.role },
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  },
});

export const me = defineRoute({
  method: 'get',
  path: '/api/session',
  summary: 'Show the signed-in account and its CSRF token',
  tag: 'session',
  access: sessionPolicy.me,
  response: sessionView,
  async handle({ actor, ctx, c }) {
    // The pipeline has just found this session (it is cached for a few seconds): read it again
    // for the token the browser must send back with changes.
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findSession(ctx.store, token) : null;
    if (!session) throw unauthenticated();
    return {
      account: { id: actor.id, username: actor.username, role: actor.role },
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  },
});

export const signOut = defineRoute({
  method: 'delete',
  path: '/api/session',
  summary: 'Sign out',
  tag: 'session',
  access: sessionPolicy.signOut,
  response: okResponse,
  async handle({ actor, ctx, c }) {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await endSession(ctx.store, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    await ctx.audit.append({
      actor: actor.id,
      action: 'auth.sign_out',
      target: `account:${actor.id}`,
    });
    return { ok: true as const };
  },
});

export const sessionRoutes = [signIn, me, signOut];
