import type { Context } from 'hono';
import type { z } from 'zod';
import type { Actor, Role } from '../identity/roles.ts';
import type { ServerContext } from '../server-context.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route at all; record-level checks live in policies/ and run in the handler. */
export type Access = 'public' | readonly Role[];

export interface RouteInput<P, Q, B> {
  actor: Actor;
  params: P;
  query: Q;
  body: B;
  ctx: ServerContext;
  c: Context;
}

export interface RouteSpec<P = unknown, Q = unknown, B = unknown, R = unknown> {
  method: Method;
  /** Hono path, e.g. `/api/alerts/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  response: z.ZodType<R>;
  /** Success status (default 200, or 201 for POST). */
  status?: number;
  handle(input: RouteInput<P, Q, B>): Promise<R>;
}

/** Identity function that keeps the generic types: every route file exports its specs through it. */
export function defineRoute<P, Q, B, R>(spec: RouteSpec<P, Q, B, R>): RouteSpec<P, Q, B, R> {
  return spec;
}

/** The actor on public routes: nobody. Public handlers must not read it. */
export const ANONYMOUS: Actor = {
  id: 'anonymous',
  username: 'anonymous',
  role: 'employee',
  personId: null,
};
