import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '@vigil/store/testing';
import { ALL_ROUTES } from '../index.ts';
import { startTestServer, type TestServer } from '../../testing/test-server.ts';

for (const backend of storeBackends()) {
  describe(`audit log API on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
      // GIVEN some privileged actions
      const investigator = await server.as('investigator');
      for (const title of ['first case', 'second case', 'third case'])
        await investigator.post('/api/cases', { title });
    });
    afterAll(() => server.close());

    it('lets auditors read and export the chain, and nobody else', async () => {
      const auditor = await server.as('auditor');
      const page = await auditor.get('/api/audit?limit=2');
      expect(page.status).toBe(200);
      expect(page.body.entries).toHaveLength(2);
      expect(page.body.nextAfterSeq).toBe(2);
      const exported = await auditor.get('/api/audit/export');
      const entries = exported.body.entries;
      expect(entries.filter((e: { action: string }) => e.action === 'case.open')).toHaveLength(3);
      for (let i = 1; i < entries.length; i++)
        expect(
          entries[i].prevHash,
          `entry ${entries[i].seq} commits to ${entries[i - 1].seq}`,
        ).toBe(entries[i - 1].hash);
      expect((await (await server.as('investigator')).get('/api/audit')).status).toBe(403);
    });

    it('offers no route that edits or deletes audit entries', () => {
      const writers = ALL_ROUTES.filter(
        (r) => r.path.startsWith('/api/audit') && r.method !== 'get',
      );
      expect(writers).toEqual([]);
    });

    it('reports the first altered entry after tampering in the database', async () => {
      const auditor = await server.as('auditor');
      expect((await auditor.get('/api/audit/verify')).body).toMatchObject({
        ok: true,
        firstBreak: null,
      });
      const target = (await server.ctx.audit.list({ action: 'case.open' }))[1]!;
      await server.ctx.store.db
        .updateTable('audit_log')
        .set({ details: '{"title":"innocuous"}' })
        .where('seq', '=', target.seq)
        .execute();
      const verdict = await auditor.get('/api/audit/verify');
      expect(verdict.body.ok).toBe(false);
      expect(verdict.body.firstBreak).toMatchObject({ seq: target.seq, problem: 'altered' });
    });
  });

  describe(`a truncated audit log on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend);
      // GIVEN privileged actions, each head recorded in the server's anchors file
      const investigator = await server.as('investigator');
      for (const title of ['first case', 'second case', 'third case'])
        await investigator.post('/api/cases', { title });
    });
    afterAll(() => server.close());

    it('names the entries missing after the anchored head, and the anchor', async () => {
      const auditor = await server.as('auditor');
      const intact = (await auditor.get('/api/audit/verify')).body;
      expect(intact).toMatchObject({ ok: true, firstBreak: null });
      expect(intact.anchors, 'checked against the newest anchor').toHaveLength(1);
      expect(intact.anchors[0].seq).toBe(intact.entries);
      // WHEN the two newest entries are deleted in the database
      await server.ctx.store.db
        .deleteFrom('audit_log')
        .where('seq', '>', intact.entries - 2)
        .execute();
      // THEN the verification fails at the first missing entry and names the anchors file
      const verdict = (await auditor.get('/api/audit/verify')).body;
      expect(verdict.ok).toBe(false);
      expect(verdict.firstBreak).toMatchObject({
        seq: intact.entries - 1,
        problem: 'truncated',
      });
      expect(verdict.firstBreak.message).toContain(
        path.join(server.ctx.config.home, 'audit-anchors.jsonl'),
      );
    });
  });
}
