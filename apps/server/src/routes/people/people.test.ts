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
      expect(empty.body.error.details.problems).toEqual([
        expect.objectContaining({ field: 'q', kind: 'required' }),
      ]);
      const capped = await officer.get('/api/people?q=test&limit=2');
      expect(capped.body.people).toHaveLength(2);
      expect((await officer.get('/api/people?q=test&limit=500')).status).toBe(400);
      const wildcard = await officer.get(`/api/people?q=${encodeURIComponent('%')}`);
      expect(wildcard.status).toBe(200);
      expect(wildcard.body.people).toEqual([]);
    });

    it('looks up a pasted list of ids and e-mail addresses exactly, and reports those it did not find', async () => {
      const officer = await server.as('security_officer');
      // GIVEN a list as it comes from a spreadsheet or a mail: mixed separators, an address in
      // capitals, a duplicate, a username, and two that match nobody (a part of a name is not enough)
      const list = [
        server.accounts.analyst.id,
        'EMPLOYEE@agency.test',
        `${server.accounts.analyst.id};`,
        'auditor',
        'nobody@agency.test',
        'employ',
      ].join(',\n ');
      const response = await officer.get(`/api/people?ids=${encodeURIComponent(list)}`);
      // THEN each person found comes once, in the order listed, with name and department only
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.people).toEqual([
        { id: server.accounts.analyst.id, displayName: 'Test analyst', department: null },
        {
          id: server.accounts.employee.id,
          displayName: 'Test employee',
          department: 'Export Control',
        },
        { id: server.accounts.auditor.id, displayName: 'Test auditor', department: null },
      ]);
      // AND the rest are reported as sent, so the officer can correct them
      expect(response.body.notFound).toEqual(['nobody@agency.test', 'employ']);
      expect(JSON.stringify(response.body.people), 'no e-mail comes back').not.toContain('@');
      // AND the look-up is audited with what was asked and whom it showed
      const entry = (await server.ctx.audit.list({ limit: 1000, action: 'people.lookup' })).at(-1)!;
      expect(entry).toMatchObject({ actor: server.accounts.security_officer.id, target: 'ids:5' });
      expect(JSON.parse(entry.details).accounts).toEqual([
        server.accounts.analyst.id,
        server.accounts.employee.id,
        server.accounts.auditor.id,
      ]);
      // AND a list is bounded, never empty, and not mixed with a search
      const tooMany = Array.from({ length: 201 }, (_, i) => `id-${i}`).join(',');
      const refused = await officer.get(`/api/people?ids=${tooMany}`);
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.problems).toEqual([
        expect.objectContaining({ field: 'ids', kind: 'too_many', limit: 200 }),
      ]);
      expect((await officer.get('/api/people?ids=%2C%20')).status).toBe(400);
      expect((await officer.get('/api/people?ids=x&q=y')).status).toBe(400);
    });

    it('is for security officers only: every other role is refused, strangers are asked to sign in', async () => {
      for (const role of ROLES) {
        const response = await (await server.as(role)).get('/api/people?q=test');
        expect(response.status, role).toBe(role === 'security_officer' ? 200 : 403);
        if (role !== 'security_officer') expect(response.body.people, role).toBeUndefined();
        const lookup = await (
          await server.as(role)
        ).get(`/api/people?ids=${server.accounts.employee.id}`);
        expect(lookup.status, `${role} looking up ids`).toBe(
          role === 'security_officer' ? 200 : 403,
        );
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
