import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeBackends } from '../testing/index.ts';
import type { AppStore } from '../open-store.ts';
import { AuditAnchorFile, parseAnchorArgument } from './audit-anchors.ts';
import { auditEntryHash } from './audit-hash.ts';
import { AuditLog } from './audit-log.ts';

let home: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-anchors-'));
});
afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

const hash = (n: number) => n.toString(16).padStart(64, '0');

describe('the audit anchors file', () => {
  it('keeps every head and reads back the newest, however the writes interleave', async () => {
    const anchors = AuditAnchorFile.inHome(path.join(home, 'not-yet-made'));
    expect(await anchors.latest(), 'no file yet').toBeNull();
    // WHEN heads are recorded in a burst, out of order
    await Promise.all([3, 1, 7, 5, 2].map((seq) => anchors.record({ seq, hash: hash(seq) })));
    await anchors.record({ seq: 4, hash: hash(4), at: '2026-01-01T00:00:00.000Z' });
    // THEN the newest (highest) is found, and the file only ever grew
    expect(await anchors.latest()).toMatchObject({ seq: 7, hash: hash(7) });
    const lines = fs.readFileSync(anchors.file, 'utf8').trim().split('\n');
    expect(lines.at(-1)).toBe(
      JSON.stringify({ seq: 4, hash: hash(4), at: '2026-01-01T00:00:00.000Z' }),
    );
    expect(lines.length, 'a burst shares writes').toBeLessThanOrEqual(6);
  });

  it('ignores a line torn by a crash', async () => {
    const anchors = AuditAnchorFile.inHome(home);
    await anchors.record({ seq: 9, hash: hash(9) });
    fs.appendFileSync(anchors.file, '{"seq":10,"hash":"00');
    expect(await anchors.latest()).toMatchObject({ seq: 9 });
  });

  it('reads SEQ:HASH as an operator passes it', () => {
    expect(parseAnchorArgument(`12:${hash(5)}`, 'flag')).toEqual({
      seq: 12,
      hash: hash(5),
      source: 'flag',
    });
    for (const bad of ['12', `0:${hash(1)}`, `x:${hash(1)}`, '3:abc'])
      expect(parseAnchorArgument(bad, 'flag'), bad).toBeNull();
  });
});

for (const backend of storeBackends()) {
  describe(`an anchored audit log on ${backend.name}`, () => {
    let store: AppStore;
    let log: AuditLog;
    beforeEach(async () => {
      store = await backend.open();
      // GIVEN an audit log that records its heads in a home's anchors file, with eight entries
      log = new AuditLog(store, { anchors: AuditAnchorFile.inHome(home) });
      for (let i = 1; i <= 8; i++)
        await log.append({ actor: 'acct-1', action: 'case.open', target: `case:${i}` });
    });
    afterEach(() => backend.dispose(store));

    it('verifies against its newest anchor', async () => {
      const result = await log.verify();
      expect(result).toMatchObject({ ok: true, entries: 8, firstBreak: null });
      expect(result.anchors.map((a) => a.seq)).toEqual([8]);
    });

    it('names the truncation that the chain alone cannot see', async () => {
      // WHEN the three newest entries are deleted behind the application's back
      await store.db.deleteFrom('audit_log').where('seq', '>', 5).execute();
      const alone = await new AuditLog(store).verify();
      expect(alone.ok, 'without an anchor the shorter chain verifies').toBe(true);
      // THEN the anchored verification names what is missing and the anchor that proves it
      const result = await log.verify();
      expect(result.ok).toBe(false);
      expect(result.firstBreak).toMatchObject({ seq: 6, problem: 'truncated' });
      expect(result.firstBreak!.message).toContain('entries 6–8 are missing from the end');
      expect(result.firstBreak!.message).toContain(
        `the anchors file ${path.join(home, 'audit-anchors.jsonl')}`,
      );
      expect(result.firstBreak!.message).toMatch(/recorded entry 8 .*log ends at entry 5/);
    });

    it('names a tail rewritten with recomputed hashes', async () => {
      // WHEN entries 4 to 8 are replaced by forged ones that chain correctly among themselves
      const rows = await log.list();
      let prev = rows[2]!.hash;
      for (const row of rows.slice(3)) {
        const fields = { ...row, target: 'case:forged', prev_hash: prev };
        const forged = { ...fields, hash: auditEntryHash(fields) };
        await store.db
          .updateTable('audit_log')
          .set({ target: forged.target, prev_hash: forged.prev_hash, hash: forged.hash })
          .where('seq', '=', row.seq)
          .execute();
        prev = forged.hash;
      }
      expect((await new AuditLog(store).verify()).ok, 'the forged chain is consistent').toBe(true);
      // THEN the anchor exposes it
      const result = await log.verify();
      expect(result.firstBreak).toMatchObject({ seq: 8, problem: 'rewritten' });
      expect(result.firstBreak!.message).toMatch(/rewritten at or before entry 8/);
    });

    it('checks heads an operator kept elsewhere too', async () => {
      const kept = parseAnchorArgument(`8:${(await log.list())[7]!.hash}`, '--expect-head 8:…');
      fs.rmSync(log.anchors!.file);
      await store.db.deleteFrom('audit_log').where('seq', '=', 8).execute();
      const result = await log.verify(undefined, [kept!]);
      expect(result.firstBreak).toMatchObject({ seq: 8, problem: 'truncated' });
      expect(result.firstBreak!.message).toMatch(/^entry 8 is missing .*--expect-head 8:…/);
    });
  });
}
