import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { RouteSpec } from './http/define-route.ts';
import { errorResponse } from './http/http-errors.ts';
import { authorize, parseBody, parseWith } from './http/request-pipeline.ts';
import type { ServerContext } from './server-context.ts';

/** The Hono application: every route runs the same pipeline (authorize, parse, handle, present). */
/** Answers browser GETs outside /api, e.g. the web application's build (null: not its path). */
export type Frontend = (path: string) => Promise<Response | null>;

export function buildApp(
  ctx: ServerContext,
  routes: readonly RouteSpec[],
  frontend?: Frontend,
): Hono {
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    // Responses carry personal data: never cache them, never let a browser guess their type.
    c.header('cache-control', 'no-store');
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
  });
  app.onError((error, c) => {
    const { status, headers, body } = errorResponse(error, ctx.log);
    return c.json(body, status as ContentfulStatusCode, headers);
  });
  app.notFound(async (c) => {
    if (frontend && c.req.method === 'GET' && !c.req.path.startsWith('/api')) {
      const page = await frontend(c.req.path);
      if (page) return page;
    }
    return c.json(
      {
        error: {
          code: 'route.not_found',
          message: `no route ${c.req.method} ${c.req.path}: the API is listed at /api/openapi.json`,
        },
      },
      404,
    );
  });
  for (const route of routes) {
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      const actor = await authorize(c, ctx, route);
      const params = parseWith('path', route.params, c.req.param());
      const query = parseWith('query', route.query, c.req.query());
      const body = await parseBody(c, route.body);
      const result = await route.handle({ actor, params, query, body, ctx, c });
      // The response schema is also the last presenter: fields it does not name never leave.
      const presented = route.response.parse(result);
      return c.json(
        presented as object,
        (route.status ?? (route.method === 'post' ? 201 : 200)) as ContentfulStatusCode,
      );
    });
  }
  return app;
}
