import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '@vigil/store/testing';
import {
  ApiClient,
  TEST_PASSWORD,
  startTestServer,
  type TestServer,
} from '../../testing/test-server.ts';

for (const backend of storeBackends()) {
  describe(`sessions on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend, {
        env: { VIGIL_LOGIN_MAX_FAILURES: '3', VIGIL_LOGIN_RATE_PER_MINUTE: '12' },
      });
    });
    afterAll(() => server.close());

    it('signs in with an httpOnly SameSite=Strict cookie, and stores only an scrypt hash', async () => {
      const client = new ApiClient(server.url);
      const response = await client.signIn('analyst', TEST_PASSWORD);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const cookie = response.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/vigil_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(response.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      const me = await client.get('/api/session');
      expect(me.body.account).toMatchObject({ username: 'analyst', role: 'analyst' });
      const row = await server.ctx.store.db
        .selectFrom('accounts')
        .select('password_hash')
        .where('username', '=', 'analyst')
        .executeTakeFirstOrThrow();
      expect(row.password_hash, 'memory-hard KDF with its parameters').toMatch(
        /^scrypt\$16384\$8\$1\$/,
      );
      expect(row.password_hash).not.toContain(TEST_PASSWORD);
    });

    it('refuses a change without the CSRF token, and accepts it with the token', async () => {
      const client = await server.as('investigator');
      const refused = await client.request(
        'POST',
        '/api/cases',
        { title: 'CSRF probe' },
        { csrf: false },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('auth.csrf');
      const accepted = await client.post('/api/cases', { title: 'CSRF probe' });
      expect(accepted.status).toBe(201);
    });

    it('gives a signed-in page its CSRF token again, so a reload can still make changes', async () => {
      // GIVEN a session whose sign-in answer the page no longer has (reloaded, or a new tab)
      const client = new ApiClient(server.url);
      const signedIn = await client.signIn('analyst', TEST_PASSWORD);
      client.csrfToken = undefined;
      // WHEN the page asks who is signed in
      const me = await client.get('/api/session');
      // THEN it gets the same token and expiry as at sign-in, and a change with it is accepted
      expect(me.status).toBe(200);
      expect(me.body, 'the same shape as the sign-in answer').toEqual({
        account: signedIn.body.account,
        csrfToken: signedIn.body.csrfToken,
        expiresAt: signedIn.body.expiresAt,
      });
      expect(me.headers.get('access-control-allow-origin'), 'no other origin may read it').toBe(
        null,
      );
      expect(me.headers.get('cache-control')).toBe('no-store');
      client.csrfToken = me.body.csrfToken;
      const created = await client.post('/api/cases', { title: 'After a reload' });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      // AND without a session there is no token to be had
      const stranger = await server.anonymous().get('/api/session');
      expect(stranger.status).toBe(401);
      expect(JSON.stringify(stranger.body)).not.toContain(signedIn.body.csrfToken);
    });

    it('answers 401 without a session and after sign-out', async () => {
      expect((await server.anonymous().get('/api/alerts')).status).toBe(401);
      const client = new ApiClient(server.url);
      await client.signIn('auditor', TEST_PASSWORD);
      const cookie = client.cookie;
      expect((await client.delete('/api/session')).status).toBe(200);
      client.cookie = cookie; // replaying the old cookie must not work
      expect((await client.get('/api/session')).status).toBe(401);
    });

    it('locks an account after repeated failures, even against the right password', async () => {
      const client = new ApiClient(server.url);
      for (let i = 0; i < 3; i++)
        expect((await client.signIn('employee', 'wrong password!!')).status).toBe(401);
      const locked = await client.signIn('employee', TEST_PASSWORD);
      expect(locked.status).toBe(423);
      expect(locked.body.error.message).toMatch(/locked/);
      // An administrator unlocks it, and the right password works again.
      const admin = await server.as('administrator');
      expect((await admin.post(`/api/accounts/${server.accounts.employee.id}/unlock`)).status).toBe(
        200,
      );
      expect((await client.signIn('employee', TEST_PASSWORD)).status).toBe(200);
    });

    it('rate-limits sign-in attempts from one address', async () => {
      const client = new ApiClient(server.url);
      const statuses: number[] = [];
      for (let i = 0; i < 14; i++) statuses.push((await client.signIn('nobody', 'x')).status);
      expect(statuses).toContain(429);
    });

    it('records sign-ins and failures in the audit log', async () => {
      const entries = await server.ctx.audit.list({ limit: 1000 });
      expect(entries.some((e) => e.action === 'auth.sign_in')).toBe(true);
      expect(
        entries.some((e) => e.action === 'auth.sign_in_failed' && e.target === 'username:employee'),
      ).toBe(true);
    });
  });
}
