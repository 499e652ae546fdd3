import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '@vigil/store/testing';
import { ALL_ROUTES } from '../routes/index.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

describe('OpenAPI document', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(storeBackends()[0]!);
  });
  afterAll(() => server.close());

  it('is served at /api/openapi.json and describes every route with its schemas and roles', async () => {
    const response = await server.anonymous().get('/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ALL_ROUTES) {
      const operation = doc.paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation['x-roles']).toEqual(
        route.access === 'public' ? 'public' : [...route.access],
      );
      if (route.body)
        expect(operation.requestBody.content['application/json'].schema.type).toBe('object');
    }
    const travel =
      doc.paths['/api/personnel/travel'].post.requestBody.content['application/json'].schema;
    expect(travel.required).toEqual(
      expect.arrayContaining(['country', 'departOn', 'returnOn', 'purpose']),
    );
    // A 400 documents the per-field problems a client translates
    const invalid =
      doc.paths['/api/personnel/travel'].post.responses['400'].content['application/json'].schema;
    const problem = invalid.properties.error.properties.details.properties.problems.items;
    expect(problem.required).toEqual(['field', 'message']);
    expect(problem.properties.kind.enum).toEqual(
      expect.arrayContaining(['required', 'too_long', 'invalid_date', 'invalid_email']),
    );
  });
});
