import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, memoryTokenStore, query } from './api-client.ts';
import { ApiError } from './api-error.ts';

describe('ApiClient', () => {
  let server: http.Server;
  let base: string;
  const seen: Array<{ method: string; url: string; csrf: string | undefined; body: string }> = [];
  beforeAll(async () => {
    // GIVEN a small HTTP server answering like the Vigil API does
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          csrf: req.headers['x-csrf-token'] as string | undefined,
          body,
        });
        if (req.url === '/api/gone') {
          res
            .writeHead(401, { 'content-type': 'application/json' })
            .end(
              JSON.stringify({ error: { code: 'auth.unauthenticated', message: 'sign in first' } }),
            );
        } else if (req.url === '/api/html') {
          res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
        } else {
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ ok: true }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the CSRF token on changes only, and the body as JSON', async () => {
    const tokens = memoryTokenStore();
    tokens.set('tok-123');
    const api = new ApiClient(tokens, base);
    await api.get('/api/read');
    await api.post('/api/write', { a: 1 });
    expect(seen.slice(-2)).toEqual([
      { method: 'GET', url: '/api/read', csrf: undefined, body: '' },
      { method: 'POST', url: '/api/write', csrf: 'tok-123', body: '{"a":1}' },
    ]);
  });

  it('reports a lost session once, as an ApiError with its code', async () => {
    const api = new ApiClient(memoryTokenStore(), base);
    let ended = 0;
    api.onSessionEnded = () => ended++;
    const error = await api.get('/api/gone').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('auth.unauthenticated');
    expect(ended).toBe(1);
  });

  it('keeps the status of a non-JSON error page, and names an unreachable server', async () => {
    const api = new ApiClient(memoryTokenStore(), base);
    expect(((await api.get('/api/html').catch((e: unknown) => e)) as ApiError).status).toBe(502);
    const down = new ApiClient(memoryTokenStore(), 'http://127.0.0.1:1');
    expect(((await down.get('/api/x').catch((e: unknown) => e)) as ApiError).code).toBe('network');
  });

  it('builds a query string without empty values', () => {
    expect(query({ status: 'open', day: undefined, pseudonym: '', limit: 25 })).toBe(
      '?status=open&limit=25',
    );
    expect(query({})).toBe('');
  });
});
