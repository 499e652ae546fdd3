import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '@vigil/store/testing';
import { ApiClient, startTestServer, type TestServer } from '../../testing/test-server.ts';

for (const backend of storeBackends()) {
  describe(`accounts on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(() => server.close());

    it('lets an administrator create an account that can then sign in, audited, without exposing the hash', async () => {
      const admin = await server.as('administrator');
      const created = await admin.post('/api/accounts', {
        username: 'new.analyst',
        displayName: 'New Analyst',
        role: 'analyst',
        password: 'a sufficiently long one',
        email: 'new.analyst@agency.test',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(Object.keys(created.body).sort()).toEqual([
        'displayName',
        'email',
        'id',
        'locked',
        'personId',
        'role',
        'username',
      ]);
      const duplicate = await admin.post('/api/accounts', {
        username: 'new.analyst',
        displayName: 'Again',
        role: 'analyst',
        password: 'a sufficiently long one',
      });
      expect(duplicate.status).toBe(409);
      const weak = await admin.post('/api/accounts', {
        username: 'weak',
        displayName: 'Weak',
        role: 'employee',
        password: 'short',
      });
      expect(weak.status).toBe(400);
      expect(weak.body.error.message).toMatch(/password: needs at least 12 characters/);

      const client = new ApiClient(server.url);
      expect((await client.signIn('new.analyst', 'a sufficiently long one')).status).toBe(200);
      const listed = await (await server.as('auditor')).get('/api/accounts');
      expect(listed.body.accounts.map((a: { username: string }) => a.username)).toContain(
        'new.analyst',
      );
      expect(JSON.stringify(listed.body)).not.toMatch(/scrypt/);
      const trail = await server.ctx.audit.list({ action: 'account.create' });
      expect(trail).toEqual([expect.objectContaining({ actor: server.accounts.administrator.id })]);
    });
  });
}
