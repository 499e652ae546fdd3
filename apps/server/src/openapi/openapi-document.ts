import { z } from 'zod';
import type { RouteSpec } from '../http/define-route.ts';
import { validationProblemSchema } from '../http/validation-problem.ts';

/** Every error body; a 400 of `request.invalid` lists each bad field in `details.problems`. */
const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z
      .object({
        problems: z.array(validationProblemSchema).optional(),
        retryAfterSeconds: z.number().optional(),
      })
      .catchall(z.unknown())
      .optional(),
  }),
});
const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' });

/** OpenAPI 3.1 from the same zod schemas the routes validate with, so the document cannot drift. */
export function openApiDocument(routes: readonly RouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', route.params],
      ['query', route.query],
    ] as const) {
      if (!schema) continue;
      const js = jsonSchema(schema, 'input') as {
        properties?: Record<string, unknown>;
        required?: string[];
      };
      for (const [name, s] of Object.entries(js.properties ?? {})) {
        parameters.push({
          name,
          in: where,
          required: where === 'path' || (js.required ?? []).includes(name),
          schema: s,
        });
      }
    }
    const status = String(route.status ?? (route.method === 'post' ? 201 : 200));
    const errorResponse = (description: string) => ({
      description,
      content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } },
    });
    (paths[path] ??= {})[route.method] = {
      summary: route.summary,
      tags: [route.tag],
      'x-roles': route.access === 'public' ? 'public' : [...route.access],
      ...(route.access === 'public' ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses: {
        [status]: {
          description: 'success',
          content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
        },
        '400': errorResponse(
          'invalid input: the message names every bad field; details.problems says what is wrong with each (kind, limit, values) for a client to put in its own words',
        ),
        ...(route.access === 'public'
          ? {}
          : {
              '401': errorResponse('not signed in'),
              '403': errorResponse('role not allowed, or CSRF token missing'),
            }),
        '503': {
          ...errorResponse(
            'the application store cannot be reached for now (store.unavailable); the server reconnects by itself',
          ),
          headers: {
            'Retry-After': {
              description: 'seconds to wait before trying again',
              schema: { type: 'integer' },
            },
          },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vigil program platform API',
      version: '0.1.0',
      description:
        'Sign in with POST /api/session; send the returned csrfToken in the x-csrf-token header with every change. GET /api/session returns the same token for a signed-in page (after a reload, or in a new tab).',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'vigil_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
