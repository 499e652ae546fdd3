import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '@vigil/store/testing';
import type { Database } from '@vigil/store';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

const TABLES: Array<keyof Database> = [
  'accounts',
  'sessions',
  'audit_log',
  'pseudonyms',
  'alerts',
  'cases',
  'case_evidence',
  'case_notes',
  'reveal_requests',
  'personnel_reports',
  'tips',
  'tip_messages',
  'registry_documents',
  'grants',
  'access_requests',
  'document_access',
  'distributions',
  'training_modules',
  'training_assignments',
  'campaigns',
  'campaign_targets',
];

for (const backend of storeBackends()) {
  describe(`anonymous tips on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
    });
    afterAll(() => server.close());

    it('stores nothing that identifies the tipster, and no exact time', async () => {
      const before = JSON.stringify(await server.ctx.audit.list({ limit: 1000 }));
      // GIVEN a tip sent with tell-tale headers
      const response = await fetch(`${server.url}/api/tips`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'TipsterBrowser/9.9 (unique-fingerprint-4711)',
          'x-forwarded-for': '203.0.113.77',
          cookie: 'tracking=tipster-cookie-0042',
        },
        body: JSON.stringify({ message: 'A colleague photographs documents in the secure room.' }),
      });
      expect(response.status).toBe(201);
      const { followUpCode } = (await response.json()) as { followUpCode: string };
      expect(followUpCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
      // THEN no table holds the address, the agent, the cookie, the code or a timestamp for it
      const dump = JSON.stringify(
        await Promise.all(
          TABLES.map((t) => server.ctx.store.db.selectFrom(t).selectAll().execute()),
        ),
      );
      for (const needle of [
        '203.0.113.77',
        '127.0.0.1',
        '::1',
        'TipsterBrowser',
        'unique-fingerprint-4711',
        'tipster-cookie-0042',
        followUpCode,
      ]) {
        expect(dump, `store must not contain ${needle}`).not.toContain(needle);
      }
      const [tip] = await server.ctx.store.db.selectFrom('tips').selectAll().execute();
      expect(Object.keys(tip!).sort()).toEqual(['code_hash', 'created_on', 'id', 'status']);
      expect(tip!.created_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(
        JSON.stringify(await server.ctx.audit.list({ limit: 1000 })),
        'tipster actions are not audited with timestamps',
      ).toBe(before);
    });

    it('lets the tipster read replies and add information with the code, and only with it', async () => {
      const tipster = server.anonymous();
      const { body: submitted } = await tipster.post('/api/tips', {
        message: 'Someone asked me about the project roster at a conference.',
      });
      const officer = await server.as('security_officer');
      const listed = (await officer.get('/api/tips')).body.tips;
      let id = '';
      for (const t of listed) {
        const full = await officer.get(`/api/tips/${t.id}`);
        if (full.body.messages[0].body.includes('project roster')) id = t.id;
      }
      expect(
        (
          await officer.post(`/api/tips/${id}/messages`, {
            message: 'Thank you. Which conference, and when?',
          })
        ).status,
      ).toBe(201);
      const thread = await tipster.post('/api/tips/follow-up', { code: submitted.followUpCode });
      expect(thread.status).toBe(200);
      expect(thread.body.messages.map((m: { author: string }) => m.author)).toEqual([
        'tipster',
        'office',
      ]);
      const added = await tipster.post('/api/tips/reply', {
        code: submitted.followUpCode,
        message: 'The cyber-security fair in March.',
      });
      expect(added.body.messages).toHaveLength(3);
      const wrong = await tipster.post('/api/tips/follow-up', { code: 'AAAA-BBBB-CCCC-DDDD-EEEE' });
      expect(wrong.status).toBe(404);
      const malformed = await tipster.post('/api/tips/follow-up', { code: 'guess' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.message).toMatch(/follow-up code/);
      // Employees cannot browse tips.
      expect((await (await server.as('employee')).get('/api/tips')).status).toBe(403);
    });
  });
}
