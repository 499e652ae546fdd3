import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePolicyDocument } from '@vigil/attribution';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { storeBackends } from '@vigil/store/testing';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

for (const backend of storeBackends()) {
  describe(`classified registry on ${backend.name}`, () => {
    let server: TestServer;
    let events: EventStore;
    let docId: string;
    beforeAll(async () => {
      events = await openEventStore({ home: ':memory:', memoryLimit: '256MB' });
      server = await startTestServer(backend, { analytics: events });
      // The directory knows two of the recipients: the employee moved department last month.
      await events.run(
        `INSERT INTO ldap (month, user_id, employee_name, department) VALUES
           ('2026-01', $1, 'Test employee', 'Procurement'),
           ('2026-02', $1, 'Test employee', 'Export Control'),
           ('2026-02', $2, 'Test analyst', 'Threat Analysis')`,
        [server.accounts.employee.personId!, server.accounts.analyst.personId!],
      );
      const officer = await server.as('security_officer');
      const created = await officer.post('/api/registry/documents', {
        title: 'Protection instruction',
        classification: 'SECRET',
        compartments: ['HUMINT'],
        owner: 'Security',
        body: generatePolicyDocument('en', 900, 5),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      docId = created.body.id;
    });
    afterAll(async () => {
      await server.close();
      events.close();
    });

    it('refuses reading without need to know, then grants it through a request and an approval', async () => {
      const employee = await server.as('employee');
      const refused = await employee.get(`/api/registry/documents/${docId}`);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/need-to-know grant/);
      expect(
        (await employee.get('/api/registry/documents')).body.documents,
        'ungranted documents are not listed',
      ).toHaveLength(0);

      const request = await employee.post(`/api/registry/documents/${docId}/requests`, {
        reason: 'drafting the annual security briefing',
      });
      const officer = await server.as('security_officer');
      const noExpiry = await officer.post(`/api/registry/requests/${request.body.id}/decision`, {
        approve: true,
      });
      expect(noExpiry.status).toBe(400);
      expect(noExpiry.body.error.message).toMatch(/expiresOn/);
      expect(
        (
          await officer.post(`/api/registry/requests/${request.body.id}/decision`, {
            approve: true,
            expiresOn: inAYear,
          })
        ).body.status,
      ).toBe('approved');

      const view = await employee.get(`/api/registry/documents/${docId}`);
      expect(view.status).toBe(200);
      expect(view.body.body).toContain('Protection of Classified Information');
      // Every view is logged in the registry and emitted to the analytics as a file event.
      const log = await officer.get(`/api/registry/documents/${docId}/access`);
      expect(log.body.entries).toEqual([
        expect.objectContaining({ accountId: server.accounts.employee.id, action: 'view' }),
      ]);
      const emitted = await events.all<{ filename: string; user: string }>(
        `SELECT filename, "user" FROM file WHERE pc = 'vigil-registry'`,
      );
      expect(emitted).toEqual([
        { filename: `registry://${docId}`, user: server.accounts.employee.personId },
      ]);
      const registered = await events.all<{ classification: string }>(
        'SELECT classification FROM documents WHERE path = $1',
        [`registry://${docId}`],
      );
      expect(registered[0]?.classification).toBe('SECRET');
    });

    it('distributes marked copies and traces a leaked excerpt to its recipient', async () => {
      const officer = await server.as('security_officer');
      for (const role of ['analyst', 'investigator'] as const) {
        const g = await officer.post(`/api/registry/documents/${docId}/grants`, {
          accountId: server.accounts[role].id,
          reason: 'case review for the quarterly audit',
          expiresOn: inAYear,
        });
        expect(g.status, JSON.stringify(g.body)).toBe(201);
      }
      const recipients = [
        server.accounts.employee.id,
        server.accounts.analyst.id,
        server.accounts.investigator.id,
      ];
      const refused = await officer.post(`/api/registry/documents/${docId}/distributions`, {
        accountIds: [...recipients, server.accounts.auditor.id],
      });
      expect(refused.status, 'no copies for someone without need to know').toBe(403);
      const distribution = await officer.post(`/api/registry/documents/${docId}/distributions`, {
        accountIds: recipients,
      });
      expect(distribution.status, JSON.stringify(distribution.body)).toBe(201);
      // THEN the attribution engine knows each recipient by their department in the directory
      // (the latest snapshot), never by their role; someone the directory lacks has none
      const { recipients: marked } = await server.ctx.attribution!.loadRecipients(
        distribution.body.attributionId,
      );
      expect(
        Object.fromEntries(marked.map((r) => [r.id, r.department])),
        'department column of the recipients',
      ).toEqual({
        [server.accounts.employee.id]: 'Export Control',
        [server.accounts.analyst.id]: 'Threat Analysis',
        [server.accounts.investigator.id]: '',
      });

      const analystCopy = (
        await (await server.as('analyst')).get(`/api/registry/documents/${docId}/copy`)
      ).body.text as string;
      const employeeCopy = (
        await (await server.as('employee')).get(`/api/registry/documents/${docId}/copy`)
      ).body.text as string;
      expect(analystCopy).not.toBe(employeeCopy);

      const leak = employeeCopy
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
        .join('\n');
      const traced = await (
        await server.as('investigator')
      ).post(`/api/registry/documents/${docId}/trace`, {
        filename: 'found-on-forum.txt',
        contentBase64: Buffer.from(leak).toString('base64'),
      });
      expect(traced.status, JSON.stringify(traced.body)).toBe(200);
      expect(traced.body.verdict).toBe('accused');
      expect(traced.body.accused.map((a: { username: string }) => a.username)).toEqual([
        'employee',
      ]);
    });
  });
}
