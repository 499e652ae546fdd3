import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '@vigil/store/testing';
import type { RouteSpec } from '../http/define-route.ts';
import { PROBLEM_KINDS } from '../http/validation-problem.ts';
import { ALL_ROUTES } from './index.ts';
import {
  startTestServer,
  type ApiClient,
  type JsonBody,
  type TestServer,
} from '../testing/test-server.ts';

const concretePath = (path: string, value = 'no-such-record') =>
  path.replace(/:([A-Za-z]+)/g, () => value);

for (const backend of storeBackends()) {
  describe(`bad input on every route on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(() => server.close());

    const clientFor = async (route: RouteSpec): Promise<ApiClient> =>
      route.access === 'public' ? server.anonymous() : server.as(route.access[0]!);

    it('answers malformed, mistyped and oversized input with a 4xx and a message that names the problem', async () => {
      for (const route of ALL_ROUTES.filter(
        (r) => !(r.method === 'delete' && r.path === '/api/session'),
      )) {
        const client = await clientFor(route);
        const method = route.method.toUpperCase();
        const path = concretePath(route.path);
        const probes: Array<{
          what: string;
          send: () => Promise<{ status: number; body: JsonBody }>;
        }> = [];
        if (route.body) {
          probes.push({
            what: 'broken JSON',
            send: () => client.request(method, path, undefined, { rawBody: '{"unterminated": ' }),
          });
          probes.push({
            what: 'a JSON array',
            send: () => client.request(method, path, [1, 2, 3]),
          });
          probes.push({
            what: 'wrong types',
            send: () =>
              client.request(method, path, {
                title: 42,
                reason: false,
                message: [],
                body: {},
                accountIds: 'x',
                answers: 'x',
                code: 7,
                approve: 'yes',
                username: null,
                day: 12,
                status: 0,
                note: 5,
                kind: 1,
                dueOn: 3,
                moduleId: 1,
                name: 2,
                country: 3,
                date: 4,
              }),
          });
          probes.push({
            what: 'form encoding',
            send: () =>
              client.request(method, path, undefined, {
                rawBody: 'a=1',
                contentType: 'application/x-www-form-urlencoded',
              }),
          });
        }
        if (route.params)
          probes.push({
            what: 'an oversized id',
            send: () =>
              client.request(
                method,
                concretePath(route.path, 'x'.repeat(300)),
                route.body ? {} : undefined,
              ),
          });
        if (route.query)
          probes.push({
            what: 'a bad query',
            send: () =>
              client.request(
                method,
                `${path}?limit=-1&offset=abc&status=nonsense&day=yesterday&afterSeq=-3`,
              ),
          });
        for (const probe of probes) {
          const response = await probe.send();
          const label = `${route.method} ${route.path} with ${probe.what}`;
          expect(
            response.status,
            `${label}: ${JSON.stringify(response.body)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(response.status, `${label}: ${JSON.stringify(response.body)}`).toBeLessThan(500);
          expect(response.body?.error?.message, `${label} explains itself`).toMatch(/\w{3,}/);
          // AND a validation failure says what is wrong with each field in a kind a client translates
          if (response.body.error.code === 'request.invalid') {
            const problems = response.body.error.details?.problems ?? [];
            expect(problems.length, `${label} names its fields`).toBeGreaterThan(0);
            for (const p of problems)
              expect(PROBLEM_KINDS, `${label}: ${JSON.stringify(p)}`).toContain(p.kind);
          }
        }
      }
    });

    it('answers unknown routes with a JSON 404 that points to the API description', async () => {
      const response = await server.anonymous().get('/api/no-such-thing');
      expect(response.status).toBe(404);
      expect(response.body.error.message).toMatch(/openapi\.json/);
    });
  });
}
