import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { storeBackends } from '@vigil/store/testing';
import { ROLES } from '../../identity/roles.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

let events: EventStore;
beforeAll(async () => {
  // Two LDAP snapshots of the employee (TST0000, see testing/test-server.ts): the latest wins.
  events = await openEventStore({ home: ':memory:', memoryLimit: '256MB' });
  await events.run(
    `INSERT INTO ldap (month, user_id, employee_name, department) VALUES
       ('2026-01', 'TST0000', 'Test employee', 'Procurement'),
       ('2026-02', 'TST0000', 'Test employee', 'Export Control')`,
  );
});
afterAll(() => events.close());

for (const backend of storeBackends()) {
  describe(`the people directory on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend, { analytics: events });
    });
    afterAll(() => server.close());

    it('finds people by part of a name, username or id, with only a name and a department', async () => {
      const officer = await server.as('security_officer');
      // WHEN an officer types part of a name, in any case
      const byName = await officer.get('/api/people?q=EMPLOY');
      // THEN the person comes back with the id to use, the name and the latest department, and nothing else
      expect(byName.status, JSON.stringify(byName.body)).toBe(200);
      expect(byName.body.people).toEqual([
        {
          id: server.accounts.employee.id,
          displayName: 'Test employee',
          department: 'Export Control',
        },
      ]);
      const text = JSON.stringify(byName.body);
      for (const secret of ['TST0000', 'employee@agency.test', 'P-'])
        expect(text, `no staff id, e-mail or pseudonym (${secret})`).not.toContain(secret);
      // AND a username or an account id finds the same person; no department is not an error
      const byUsername = await officer.get('/api/people?q=security-off');
      expect(byUsername.body.people).toEqual([
        {
          id: server.accounts.security_officer.id,
          displayName: 'Test security_officer',
          department: null,
        },
      ]);
      const byId = await officer.get(`/api/people?q=${server.accounts.auditor.id}`);
      expect(byId.body.people.map((p: { id: string }) => p.id)).toEqual([
        server.accounts.auditor.id,
      ]);
    });

    it('searches, never lists: a query is required, results are capped, wildcards match nothing special', async () => {
      const officer = await server.as('security_officer');
      const empty = await officer.get('/api/people');
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toMatch(/part of a name/);
      const capped = await officer.get('/api/people?q=test&limit=2');
      expect(capped.body.people).toHaveLength(2);
      expect((await officer.get('/api/people?q=test&limit=500')).status).toBe(400);
      const wildcard = await officer.get(`/api/people?q=${encodeURIComponent('%')}`);
      expect(wildcard.status).toBe(200);
      expect(wildcard.body.people).toEqual([]);
    });

    it('is for security officers only: every other role is refused, strangers are asked to sign in', async () => {
      for (const role of ROLES) {
        const response = await (await server.as(role)).get('/api/people?q=test');
        expect(response.status, role).toBe(role === 'security_officer' ? 200 : 403);
        if (role !== 'security_officer') expect(response.body.people, role).toBeUndefined();
      }
      expect((await server.anonymous().get('/api/people?q=test')).status).toBe(401);
    });

    it('records each search in the audit log: who looked, for what, and whom it showed', async () => {
      const officer = await server.as('security_officer');
      await officer.get('/api/people?q=investig');
      const entry = (await server.ctx.audit.list({ limit: 1000, action: 'people.search' })).at(-1)!;
      expect(entry).toMatchObject({
        actor: server.accounts.security_officer.id,
        target: 'query:investig',
      });
      expect(JSON.parse(entry.details)).toEqual({ accounts: [server.accounts.investigator.id] });
      // A refused search reads nothing and records nothing.
      const before = (await server.ctx.audit.list({ limit: 1000 })).length;
      await (await server.as('analyst')).get('/api/people?q=investig');
      expect((await server.ctx.audit.list({ limit: 1000 })).length).toBe(before);
    });
  });
}
