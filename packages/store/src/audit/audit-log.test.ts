import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeBackends } from '../testing/index.ts';
import type { AppStore } from '../open-store.ts';
import { AuditLog } from './audit-log.ts';
import { verifyAuditLog } from './verify-audit-log.ts';

for (const backend of storeBackends()) {
  describe(`audit log on ${backend.name}`, () => {
    let store: AppStore;
    let log: AuditLog;
    beforeEach(async () => {
      store = await backend.open();
      log = new AuditLog(store);
      // GIVEN five privileged actions, appended concurrently
      await Promise.all(
        [1, 2, 3, 4, 5].map((i) =>
          log.append({
            actor: `acct-${i}`,
            action: 'alert.dismiss',
            target: `alert:${i}`,
            details: { i },
          }),
        ),
      );
    });
    afterEach(() => backend.dispose(store));

    it('chains every entry to the one before it and verifies', async () => {
      const result = await verifyAuditLog(store);
      expect(result, 'an untouched log verifies').toMatchObject({
        ok: true,
        entries: 5,
        firstBreak: null,
      });
      const entries = await log.list();
      expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      for (let i = 1; i < entries.length; i++)
        expect(entries[i]!.prev_hash).toBe(entries[i - 1]!.hash);
    });

    it('names the first altered entry', async () => {
      await store.db
        .updateTable('audit_log')
        .set({ actor: 'someone-else' })
        .where('seq', '=', 3)
        .execute();
      const result = await verifyAuditLog(store);
      expect(result.ok).toBe(false);
      expect(result.firstBreak).toMatchObject({ seq: 3, problem: 'altered' });
      expect(result.firstBreak?.message).toMatch(/entry 3 .* altered/);
    });

    it('names a removed entry', async () => {
      await store.db.deleteFrom('audit_log').where('seq', '=', 2).execute();
      const result = await verifyAuditLog(store);
      expect(result.firstBreak).toMatchObject({ seq: 2, problem: 'missing' });
    });

    it('detects reordered entries even when their hashes were recomputed', async () => {
      // Swap the content of entries 2 and 4, keeping sequence numbers: the chain links break at 2.
      const rows = await log.list();
      const [two, four] = [rows[1]!, rows[3]!];
      await store.db
        .updateTable('audit_log')
        .set({
          actor: four.actor,
          target: four.target,
          details: four.details,
          at: four.at,
          prev_hash: four.prev_hash,
          hash: four.hash,
        })
        .where('seq', '=', 2)
        .execute();
      await store.db
        .updateTable('audit_log')
        .set({
          actor: two.actor,
          target: two.target,
          details: two.details,
          at: two.at,
          prev_hash: two.prev_hash,
          hash: two.hash,
        })
        .where('seq', '=', 4)
        .execute();
      const result = await verifyAuditLog(store);
      expect(result.firstBreak).toMatchObject({ seq: 2, problem: 'out_of_order' });
    });
  });
}
