import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '@vigil/store/testing';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { enforceRetention } from './enforce-retention.ts';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

for (const backend of storeBackends()) {
  describe(`retention on ${backend.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(backend, {
        env: { VIGIL_RETENTION: 'dismissed_alerts=30,tips=60,closed_cases=90' },
      });
    });
    afterAll(() => server.close());

    it('deletes dismissed alerts, tips and closed cases past their limits, keeps open work, and records the run', async () => {
      const db = server.ctx.store.db;
      const alert = (id: string, status: string, updated: string) => ({
        id,
        pseudonym: `P-${id}`,
        day: '2026-01-01',
        score: 1,
        reasons: '[]',
        status,
        dismiss_reason: null,
        case_id: null,
        created_at: updated,
        updated_at: updated,
      });
      await db
        .insertInto('alerts')
        .values([
          alert('OLDDISMISS', 'dismissed', daysAgo(40)),
          alert('NEWDISMISS', 'dismissed', daysAgo(10)),
          alert('OLDOPEN00', 'open', daysAgo(400)),
        ])
        .execute();
      await db
        .insertInto('tips')
        .values([
          {
            id: 'tip-old',
            code_hash: 'h1',
            status: 'closed',
            created_on: daysAgo(61).slice(0, 10),
          },
          { id: 'tip-new', code_hash: 'h2', status: 'new', created_on: daysAgo(5).slice(0, 10) },
        ])
        .execute();
      await db
        .insertInto('tip_messages')
        .values({
          id: 'tip-old-m0000',
          tip_id: 'tip-old',
          author: 'tipster',
          body: 'old',
          created_on: daysAgo(61).slice(0, 10),
        })
        .execute();
      const kase = (id: string, status: string, updated: string) => ({
        id,
        title: id,
        status,
        outcome: status === 'closed' ? 'no_finding' : null,
        created_by: 'x',
        created_at: updated,
        updated_at: updated,
      });
      await db
        .insertInto('cases')
        .values([
          kase('case-old-closed', 'closed', daysAgo(100)),
          kase('case-old-open', 'open', daysAgo(100)),
        ])
        .execute();
      await db
        .insertInto('case_notes')
        .values({
          id: 'n1',
          case_id: 'case-old-closed',
          author: 'x',
          body: 'b',
          created_at: daysAgo(100),
        })
        .execute();

      const counts = await enforceRetention(server.ctx);
      expect(counts).toMatchObject({ dismissed_alerts: 1, tips: 1, closed_cases: 1 });
      expect(
        (await db.selectFrom('alerts').select('id').orderBy('id').execute()).map((r) => r.id),
      ).toEqual(['NEWDISMISS', 'OLDOPEN00']);
      expect((await db.selectFrom('tips').select('id').execute()).map((r) => r.id)).toEqual([
        'tip-new',
      ]);
      expect((await db.selectFrom('cases').select('id').execute()).map((r) => r.id)).toEqual([
        'case-old-open',
      ]);
      expect(await server.ctx.audit.list({ action: 'retention.enforce' })).toHaveLength(1);
    });
  });
}
