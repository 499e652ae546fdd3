import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '@vigil/store/testing';
import { startLocalSmtpServer } from '../../testing/local-smtp-server.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

for (const backend of storeBackends()) {
  describe(`training and simulated approaches on ${backend.name}`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startLocalSmtpServer>>;
    beforeAll(async () => {
      smtp = await startLocalSmtpServer();
      server = await startTestServer(backend, { env: { VIGIL_SMTP_URL: smtp.url } });
    });
    afterAll(async () => {
      await server.close();
      await smtp.close();
    });

    it('serves the five modules without quiz answers, and tracks completion and overdue work', async () => {
      const employee = await server.as('employee');
      const modules = (await employee.get('/api/training/modules')).body.modules;
      expect(modules.map((m: { id: string }) => m.id).sort()).toEqual([
        'family-and-friends',
        'honey-traps-and-coercion',
        'money-and-gifts',
        'online-recruitment',
        'reporting-duties',
      ]);
      const module = (await employee.get('/api/training/modules/money-and-gifts')).body;
      for (const q of module.quiz)
        expect(Object.keys(q).sort(), 'no answer key leaves the server').toEqual([
          'options',
          'question',
        ]);

      const officer = await server.as('security_officer');
      const assigned = await officer.post('/api/training/assignments', {
        moduleId: 'money-and-gifts',
        accountIds: [server.accounts.employee.id, server.accounts.analyst.id],
        dueOn: lastWeek,
      });
      expect(assigned.body.assignments).toHaveLength(2);
      const overdueBefore = (await officer.get('/api/training/overdue')).body.assignments;
      expect(overdueBefore).toHaveLength(2);
      // Officers read the list by name.
      expect(overdueBefore.map((a: { accountName: string }) => a.accountName).sort()).toEqual([
        'Test analyst',
        'Test employee',
      ]);

      const mine = (await employee.get('/api/training/assignments')).body.assignments;
      expect(mine).toHaveLength(1);
      const failed = await employee.post(`/api/training/assignments/${mine[0].id}/complete`, {
        answers: [1, 1, 0],
      });
      expect(failed.body).toMatchObject({ passed: false, correct: 1, completedAt: null });
      const wrongCount = await employee.post(`/api/training/assignments/${mine[0].id}/complete`, {
        answers: [1],
      });
      expect(wrongCount.status).toBe(400);
      const passed = await employee.post(`/api/training/assignments/${mine[0].id}/complete`, {
        answers: [1, 0, 1],
      });
      expect(passed.body).toMatchObject({ passed: true, correct: 3, score: 1, overdue: false });
      expect(
        (await officer.get('/api/training/overdue')).body.assignments.map(
          (a: { accountId: string }) => a.accountId,
        ),
      ).toEqual([server.accounts.analyst.id]);
    });

    it('e-mails an approach, tracks who reported and who engaged, and assigns training to the engaged', async () => {
      const officer = await server.as('security_officer');
      const campaign = await officer.post('/api/campaigns', {
        name: 'Conference recruiter',
        subject: 'Paid advisory opportunity',
        body: 'Dear colleague, our think tank values your expertise. Paid advisory roles: {{link}}',
        moduleId: 'online-recruitment',
      });
      expect(campaign.status, JSON.stringify(campaign.body)).toBe(201);
      const listed = await officer.get('/api/campaigns');
      expect(listed.body.campaigns.map((c: { id: string }) => c.id)).toContain(campaign.body.id);
      expect((await (await server.as('employee')).get('/api/campaigns')).status).toBe(403);
      const targets = [
        server.accounts.employee.id,
        server.accounts.analyst.id,
        server.accounts.investigator.id,
      ];
      const sent = await officer.post(`/api/campaigns/${campaign.body.id}/send`, {
        accountIds: targets,
      });
      expect(sent.body).toEqual({ sent: 3, skipped: [] });
      expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([
        'analyst@agency.test',
        'employee@agency.test',
        'investigator@agency.test',
      ]);

      const linkOf = (address: string) => {
        const raw = smtp.received.find((m) => m.to[0] === address)!.raw.replace(/=\r?\n/g, '');
        return /\/api\/campaigns\/engage\/([A-Za-z0-9_-]+)/.exec(raw)![1]!;
      };
      // The employee reports it; the analyst clicks; the investigator does both.
      const employee = await server.as('employee');
      expect(
        (await employee.post('/api/campaigns/report', { token: linkOf('employee@agency.test') }))
          .body.reported,
      ).toBe(true);
      expect(
        (await employee.post('/api/campaigns/report', { token: linkOf('analyst@agency.test') }))
          .status,
        "cannot report someone else's message",
      ).toBe(400);
      expect(
        (await server.anonymous().get(`/api/campaigns/engage/${linkOf('analyst@agency.test')}`))
          .status,
      ).toBe(200);
      await server.anonymous().get(`/api/campaigns/engage/${linkOf('investigator@agency.test')}`);
      await (
        await server.as('investigator')
      ).post('/api/campaigns/report', { token: linkOf('investigator@agency.test') });

      const results = await officer.get(`/api/campaigns/${campaign.body.id}/results`);
      expect(results.body.summary).toEqual({
        sent: 3,
        reported: 2,
        engaged: 2,
        engagedWithoutReport: 1,
      });
      const assigned = await officer.post(`/api/campaigns/${campaign.body.id}/assign-training`, {
        dueOn: nextWeek,
      });
      expect(assigned.body.assigned).toBe(1);
      const analystWork = (await (await server.as('analyst')).get('/api/training/assignments')).body
        .assignments;
      expect(analystWork.map((a: { moduleId: string }) => a.moduleId)).toContain(
        'online-recruitment',
      );
    });
  });
}
