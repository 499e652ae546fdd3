import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { storeBackends } from '@vigil/store/testing';
import { scoredOrganization } from '../../testing/scored-organization.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

let organization: Awaited<ReturnType<typeof scoredOrganization>>;
beforeAll(async () => {
  organization = await scoredOrganization();
});
afterAll(() => organization.dispose());

for (const backend of storeBackends()) {
  describe(`subject timeline on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend, { analytics: organization.events });
    });
    afterAll(() => server.close());

    it("shows a subject's days, marks the alerted ones with reasons, and names nobody", async () => {
      // GIVEN scored alerts imported under pseudonyms
      const analyst = await server.as('analyst');
      expect((await analyst.post('/api/alerts/import', {})).status).toBe(200);
      const [alert] = (await analyst.get('/api/alerts?limit=1')).body.alerts;
      // WHEN the analyst opens that subject's timeline
      const timeline = await analyst.get(`/api/subjects/${alert.pseudonym}/timeline`);
      // THEN every active day is there, the alerted day is anomalous and explained
      expect(timeline.status, JSON.stringify(timeline.body)).toBe(200);
      expect(timeline.body.days.length).toBeGreaterThan(10);
      const alerted = timeline.body.days.find((d: { day: string }) => d.day === alert.day);
      expect(alerted, 'the alert day is on the timeline').toMatchObject({ anomalous: true });
      // The queue shows the strongest reasons; the timeline all of them, in the same order.
      expect(alerted.reasons.slice(0, alert.reasons.length)).toEqual(alert.reasons);
      expect(alerted.reasons.length).toBe(alert.reasons.length + alert.moreReasons);
      const quiet = timeline.body.days.filter((d: { anomalous: boolean }) => !d.anomalous);
      expect(quiet.every((d: { reasons: string[] }) => d.reasons.length === 0)).toBe(true);
      const staffIds = (
        await organization.events.all<{ user_id: string }>('SELECT DISTINCT user_id FROM ldap')
      ).map((r) => r.user_id);
      const text = JSON.stringify(timeline.body);
      for (const id of staffIds) expect(text, `timeline must not name ${id}`).not.toContain(id);
    });

    it('refuses employees, unknown pseudonyms and malformed ones', async () => {
      const employee = await server.as('employee');
      expect((await employee.get('/api/subjects/P-AAAAAAAA/timeline')).status).toBe(403);
      const analyst = await server.as('analyst');
      expect((await analyst.get('/api/subjects/P-AAAAAAAA/timeline')).status).toBe(404);
      const bad = await analyst.get('/api/subjects/alice/timeline');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/pseudonym/);
    });
  });
}

describe('subject timeline before the analytics have scored anything', () => {
  let server: TestServer;
  let events: EventStore;
  beforeAll(async () => {
    // An analytics store that holds a personnel record but no user-days or scores yet.
    events = await openEventStore({ home: ':memory:', memoryLimit: '256MB' });
    server = await startTestServer(storeBackends()[0]!, { analytics: events });
  });
  afterAll(async () => {
    await server.close();
    events.close();
  });

  it('still shows the alerted days with their reasons, and the records beside them', async () => {
    // GIVEN an alert raised by a report (a trip's debrief), on a day without logged activity
    const db = server.ctx.store.db;
    await db
      .insertInto('pseudonyms')
      .values({ person_id: 'EMP0001', pseudonym: 'P-ABCD2345' })
      .execute();
    const now = new Date().toISOString();
    await db
      .insertInto('alerts')
      .values({
        id: 'al-report',
        pseudonym: 'P-ABCD2345',
        day: '2026-03-10',
        score: 2,
        reasons: JSON.stringify(['personnel: approach reported after travel to Freedonia']),
        status: 'open',
        dismiss_reason: null,
        case_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await events.run(
      `INSERT INTO personnel VALUES ('r-1', DATE '2026-03-02', 'EMP0001', 'foreign_travel', DATE '2026-03-10', 'Freedonia', 'Trade fair', '')`,
    );
    // WHEN an analyst opens the timeline THEN the day is anomalous and explained, not a server error
    const analyst = await server.as('analyst');
    const timeline = await analyst.get('/api/subjects/P-ABCD2345/timeline');
    expect(timeline.status, JSON.stringify(timeline.body)).toBe(200);
    expect(timeline.body.days).toEqual([
      {
        day: '2026-03-10',
        events: 0,
        score: 2,
        anomalous: true,
        reasons: ['personnel: approach reported after travel to Freedonia'],
      },
    ]);
    expect(timeline.body.records).toEqual([
      {
        id: 'r-1',
        kind: 'foreign_travel',
        date: '2026-03-02',
        until: '2026-03-10',
        country: 'Freedonia',
        summary: 'foreign travel — Freedonia',
      },
    ]);
    expect(JSON.stringify(timeline.body), 'the counterparty stays on the server').not.toContain(
      'Trade fair',
    );
  });
});
