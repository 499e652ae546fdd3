import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '@vigil/store/testing';
import { ROLES } from '../identity/roles.ts';
import { ALL_ROUTES } from './index.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const concretePath = (path: string) =>
  path.replace(/:([A-Za-z]+)/g, (_m, name: string) =>
    name === 'token' ? 'AAAAAAAAAAAAAAAAAAAAAAAA' : 'no-such-record',
  );
// Sign-out ends the session the matrix uses, so it goes last.
const ROUTES = [...ALL_ROUTES].sort(
  (a, b) =>
    Number(a.method === 'delete' && a.path === '/api/session') -
    Number(b.method === 'delete' && b.path === '/api/session'),
);

for (const backend of storeBackends()) {
  describe(`every route × every role on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(() => server.close());

    it('allows exactly the roles each policy names, refuses the rest with 403, and strangers with 401', async () => {
      const outcomes: string[] = [];
      for (const route of ROUTES) {
        const path = concretePath(route.path);
        const anonymous = await server
          .anonymous()
          .request(route.method.toUpperCase(), path, route.body ? {} : undefined);
        if (route.access !== 'public') {
          expect(anonymous.status, `${route.method} ${route.path} without a session`).toBe(401);
        } else {
          expect([401, 403], `${route.method} ${route.path} is public`).not.toContain(
            anonymous.status,
          );
        }
        for (const role of ROLES) {
          const client = await server.as(role);
          const response = await client.request(
            route.method.toUpperCase(),
            path,
            route.body ? {} : undefined,
          );
          const allowed = route.access === 'public' || route.access.includes(role);
          outcomes.push(`${route.method} ${route.path} ${role} ${response.status}`);
          expect(response.status, `${route.method} ${route.path} as ${role}: never a 500`).not.toBe(
            500,
          );
          if (allowed)
            expect(
              [401, 403],
              `${route.method} ${route.path} as ${role} should be allowed: ${JSON.stringify(response.body)}`,
            ).not.toContain(response.status);
          else
            expect(
              response.status,
              `${route.method} ${route.path} as ${role} should be refused`,
            ).toBe(403);
        }
      }
      expect(outcomes.length).toBe(ROUTES.length * ROLES.length);
    });
  });
}
