import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStore } from '@vigil/event-store';
import { ingestDirectory } from '@vigil/ingest';
import { storeBackends } from '@vigil/store/testing';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

const daysFromToday = (n: number) =>
  new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

for (const backend of storeBackends()) {
  describe(`personnel-security reporting on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(() => server.close());

    it('takes travel from pre-registration through briefing to debrief, flagging it overdue in between', async () => {
      const employee = await server.as('employee');
      const officer = await server.as('security_officer');
      // GIVEN a trip that ended 30 days ago (debrief due after 14)
      const trip = await employee.post('/api/personnel/travel', {
        country: 'Freedonia',
        departOn: daysFromToday(-40),
        returnOn: daysFromToday(-30),
        purpose: 'standards conference',
      });
      expect(trip.status, JSON.stringify(trip.body)).toBe(201);
      expect(
        (await employee.post(`/api/personnel/travel/${trip.body.id}/briefing`)).body.status,
      ).toBe('briefed');
      // THEN the officer sees it overdue
      const overdue = await officer.get('/api/personnel/overdue-debriefs');
      expect(overdue.body.reports.map((r: { id: string }) => r.id)).toContain(trip.body.id);
      expect(overdue.body.reports[0].debriefOverdue).toBe(true);
      // WHEN the employee debriefs an approach, THEN it leaves the overdue list and raises an alert
      const debrief = await employee.post(`/api/personnel/travel/${trip.body.id}/debrief`, {
        contacts: 'a trade attaché',
        approaches: 'offered paid consulting',
        gifts: '',
        requestsForInformation: '',
      });
      expect(debrief.body).toMatchObject({ status: 'debriefed', debriefOverdue: false });
      expect((await officer.get('/api/personnel/overdue-debriefs')).body.reports).toHaveLength(0);
      const alerts = await (
        await server.as('analyst')
      ).get(`/api/alerts?day=${daysFromToday(-30)}`);
      expect(alerts.body.alerts[0].reasons[0]).toMatch(
        /approach reported after travel to Freedonia/,
      );
    });

    it('rejects a return before departure and a relative without an e-mail, naming the field', async () => {
      const employee = await server.as('employee');
      const backwards = await employee.post('/api/personnel/travel', {
        country: 'Freedonia',
        departOn: '2026-05-10',
        returnOn: '2026-05-01',
        purpose: 'holiday',
      });
      expect(backwards.status).toBe(400);
      expect(backwards.body.error.message).toMatch(/returnOn: returnOn is before departOn/);
      const family = await employee.post('/api/personnel/family', {
        country: 'Sylvania',
        relativeName: 'Ann',
        relativeEmail: 'not-an-address',
        relationship: 'sister',
      });
      expect(family.status).toBe(400);
      expect(family.body.error.message).toMatch(/relativeEmail/);
    });

    it('feeds each report to the analytics personnel table as it is filed', async () => {
      const events = await openEventStore({ home: ':memory:', memoryLimit: '256MB' });
      const withAnalytics = await startTestServer(backend, { analytics: events });
      try {
        const employee = await withAnalytics.as('employee');
        const filed = await employee.post('/api/personnel/contacts', {
          date: '2026-02-03',
          country: 'Sylvania',
          counterparty: 'Mr. Ivanov',
          relationship: 'neighbour',
        });
        const rows = await events.all<{ id: string; user: string; kind: string; country: string }>(
          'SELECT id, "user", kind, country FROM personnel',
        );
        expect(rows).toEqual([
          {
            id: filed.body.id,
            user: withAnalytics.accounts.employee.personId,
            kind: 'foreign_contact',
            country: 'Sylvania',
          },
        ]);
      } finally {
        await withAnalytics.close();
        events.close();
      }
    });

    it("keeps each person's reports to themself and the officers", async () => {
      const employee = await server.as('employee');
      const contact = await employee.post('/api/personnel/contacts', {
        date: '2026-03-02',
        country: 'Sylvania',
        counterparty: 'Dr. Petrov',
        relationship: 'conference acquaintance',
      });
      const analyst = await server.as('analyst');
      expect(
        (await analyst.get(`/api/personnel/reports/${contact.body.id}`)).status,
        "someone else's report does not exist for them",
      ).toBe(404);
      expect((await analyst.get('/api/personnel/reports')).body.reports).toHaveLength(0);
      const officer = await server.as('security_officer');
      expect((await officer.get(`/api/personnel/reports/${contact.body.id}`)).status).toBe(200);
      expect(
        (
          await officer.post(`/api/personnel/reports/${contact.body.id}/review`, {
            note: 'routine; no action',
          })
        ).body.reviewNote,
      ).toBe('routine; no action');
    });

    it('exports a personnel.csv that the analytics ingest accepts without quarantine', async () => {
      const employee = await server.as('employee');
      await employee.post('/api/personnel/family', {
        country: 'Sylvania',
        relativeName: 'Ann Example',
        relativeEmail: 'ann@mail.example',
        relationship: 'sister',
      });
      await employee.post('/api/personnel/financial', {
        date: '2026-04-01',
        category: 'garnishment',
        amount: 1200,
        note: 'wage garnishment, car loan',
      });
      const exported = await (await server.as('security_officer')).get('/api/personnel/export');
      expect(exported.status).toBe(200);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-personnel-'));
      fs.writeFileSync(path.join(dir, 'personnel.csv'), exported.body.csv);
      const events = await openEventStore({ home: ':memory:', memoryLimit: '256MB' });
      try {
        const summary = await ingestDirectory(events, dir, () => {});
        expect(summary.rejected, JSON.stringify(await events.all('SELECT * FROM quarantine'))).toBe(
          0,
        );
        const kinds = (
          await events.all<{ kind: string }>('SELECT DISTINCT kind FROM personnel ORDER BY kind')
        ).map((r) => r.kind);
        expect(kinds).toEqual([
          'family_member',
          'financial_distress',
          'foreign_contact',
          'foreign_travel',
        ]);
        const users = await events.all<{ user: string }>('SELECT DISTINCT "user" FROM personnel');
        expect(
          users.map((u) => u.user),
          'rows carry the staff id the activity logs use',
        ).toEqual([server.accounts.employee.personId]);
      } finally {
        events.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
