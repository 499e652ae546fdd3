import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '@vigil/store/testing';
import { scoredOrganization } from '../../testing/scored-organization.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

let organization: Awaited<ReturnType<typeof scoredOrganization>>;
beforeAll(async () => {
  organization = await scoredOrganization();
});
afterAll(() => organization.dispose());

for (const backend of storeBackends()) {
  describe(`alerts, cases and identity reveal on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend, { analytics: organization.events });
    });
    afterAll(() => server.close());

    it('imports the scored user-days as alerts under pseudonyms, once', async () => {
      const analyst = await server.as('analyst');
      const first = await analyst.post('/api/alerts/import', {});
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      expect(first.body.imported).toBeGreaterThan(0);
      const again = await analyst.post('/api/alerts/import', {});
      expect(again.body.imported, 're-importing adds nothing twice').toBe(0);

      const page = await analyst.get('/api/alerts?limit=500');
      expect(page.body.total).toBe(first.body.imported);
      const staffIds = (
        await organization.events.all<{ user_id: string }>('SELECT DISTINCT user_id FROM ldap')
      ).map((r) => r.user_id);
      const text = JSON.stringify(page.body);
      for (const id of staffIds) expect(text, `alert queue must not name ${id}`).not.toContain(id);
      expect(page.body.alerts[0].pseudonym).toMatch(/^P-[A-Z2-9]{8}$/);
      // Leads ("lead: …") close the list and are always shown; the evidence is cut to five.
      const evidence = (reasons: string[]) => reasons.filter((r) => !r.startsWith('lead: '));
      for (const a of page.body.alerts) {
        expect(
          evidence(a.reasons).length,
          'the queue shows the strongest reasons only',
        ).toBeLessThanOrEqual(5);
        const full = await analyst.get(`/api/alerts/${a.id}`);
        expect(evidence(full.body.reasons).slice(0, evidence(a.reasons).length)).toEqual(
          evidence(a.reasons),
        );
        expect(evidence(full.body.reasons).length).toBe(evidence(a.reasons).length + a.moreReasons);
        expect(a.reasons.length - evidence(a.reasons).length).toBe(
          full.body.reasons.length - evidence(full.body.reasons).length,
        );
        if (a.moreReasons > 0) break;
      }
      const scores = page.body.alerts.map((a: { score: number }) => a.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('dismisses with a reason, or escalates into a case with the alert as evidence', async () => {
      const analyst = await server.as('analyst');
      const [a, b] = (await analyst.get('/api/alerts?limit=2')).body.alerts;
      const noReason = await analyst.post(`/api/alerts/${a.id}/dismiss`, {});
      expect(noReason.status).toBe(400);
      expect(noReason.body.error.message).toMatch(/reason/);
      const dismissed = await analyst.post(`/api/alerts/${a.id}/dismiss`, {
        reason: 'approved overtime for the audit',
      });
      expect(dismissed.body).toMatchObject({
        status: 'dismissed',
        dismissReason: 'approved overtime for the audit',
      });
      expect((await analyst.post(`/api/alerts/${a.id}/dismiss`, { reason: 'twice' })).status).toBe(
        409,
      );

      const escalated = await analyst.post(`/api/alerts/${b.id}/case`, {
        title: 'USB copying after hours',
      });
      expect(escalated.body.status).toBe('escalated');
      const investigator = await server.as('investigator');
      const theCase = await investigator.get(`/api/cases/${escalated.body.caseId}`);
      expect(theCase.body.evidence).toEqual([
        expect.objectContaining({ kind: 'alert', ref: b.id }),
      ]);

      // Notes, more evidence, then closing needs an outcome.
      expect(
        (
          await investigator.post(`/api/cases/${theCase.body.id}/notes`, {
            body: 'interviewed the line manager',
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await investigator.post(`/api/cases/${theCase.body.id}/evidence`, {
            kind: 'event',
            ref: 'file:{X1}',
            note: 'copy to USB',
          })
        ).status,
      ).toBe(201);
      const noOutcome = await investigator.patch(`/api/cases/${theCase.body.id}`, {
        status: 'closed',
      });
      expect(noOutcome.status).toBe(400);
      expect(noOutcome.body.error.message).toMatch(/outcome/);
      const closed = await investigator.patch(`/api/cases/${theCase.body.id}`, {
        status: 'closed',
        outcome: 'security_education',
      });
      expect(closed.body).toMatchObject({ status: 'closed', outcome: 'security_education' });
      expect(
        (await investigator.post(`/api/cases/${theCase.body.id}/notes`, { body: 'late' })).status,
      ).toBe(409);

      const trail = (await server.ctx.audit.list({ limit: 1000 })).map((e) => e.action);
      expect(trail).toEqual(
        expect.arrayContaining([
          'alert.import',
          'alert.dismiss',
          'alert.open_case',
          'case.add_note',
          'case.add_evidence',
          'case.update',
        ]),
      );
    });

    it('reveals an identity only after a second person approves, and only to the two of them', async () => {
      const analyst = await server.as('analyst');
      const investigator = await server.as('investigator');
      const officer = await server.as('security_officer');
      const [alert] = (await analyst.get('/api/alerts?status=escalated')).body.alerts;
      const request = await investigator.post('/api/reveals', {
        pseudonym: alert.pseudonym,
        caseId: alert.caseId,
        reason: 'interview planned for the case',
      });
      expect(request.status).toBe(201);
      expect(
        (await investigator.get(`/api/reveals/${request.body.id}`)).body.identity,
        'nothing before approval',
      ).toBeNull();

      const self = await investigator.post(`/api/reveals/${request.body.id}/decision`, {
        approve: true,
      });
      expect(self.status, 'the requester cannot approve their own request').toBe(403);
      expect(self.body.error.code).toBe('reveal.same_person');
      expect(
        (await analyst.post(`/api/reveals/${request.body.id}/decision`, { approve: true })).status,
        'analysts may not approve',
      ).toBe(403);

      const approved = await officer.post(`/api/reveals/${request.body.id}/decision`, {
        approve: true,
      });
      expect(approved.body.status).toBe('approved');
      const seen = await investigator.get(`/api/reveals/${request.body.id}`);
      const mapping = await server.ctx.store.db
        .selectFrom('pseudonyms')
        .select('person_id')
        .where('pseudonym', '=', alert.pseudonym)
        .executeTakeFirstOrThrow();
      expect(seen.body.identity.personId).toBe(mapping.person_id);
      expect(seen.body.identity.name, 'name from the directory').toBeTruthy();
      expect(
        (await analyst.get(`/api/reveals/${request.body.id}`)).body.identity,
        'a third person does not see it',
      ).toBeNull();

      const trail = await server.ctx.audit.list({ limit: 1000, action: 'identity.reveal_view' });
      expect(trail.map((e) => e.actor)).toContain(server.accounts.investigator.id);
    });
  });
}
