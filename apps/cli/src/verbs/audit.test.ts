import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditAnchorFile, AuditLog, openStore } from '@vigil/store';

const VIGIL = path.resolve(import.meta.dirname, '../../bin/vigil.js');
const home = mkdtempSync(path.join(tmpdir(), 'vigil-audit-verb-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

// SQLite under the home: the verb must not pick up a PostgreSQL URL from the environment.
const env = { ...process.env, VIGIL_DATABASE_URL: '' };
const vigil = (...args: string[]) =>
  spawnSync(process.execPath, [VIGIL, 'audit', ...args, '--home', home], {
    encoding: 'utf8',
    env,
  });

describe('vigil audit', () => {
  beforeAll(async () => {
    // GIVEN a home whose server appended five audit entries, anchoring each head
    const store = await openStore({ kind: 'sqlite', home });
    const log = new AuditLog(store, { anchors: AuditAnchorFile.inHome(home) });
    for (let i = 1; i <= 5; i++)
      await log.append({ actor: 'acct-1', action: 'case.open', target: `case:${i}` });
    await store.close();
  });

  it('prints the head to keep, verifies against it, and names a truncation', async () => {
    // WHEN the operator takes an anchor
    const anchored = vigil('anchor', '--json');
    expect(anchored.status, anchored.stderr).toBe(0);
    const head = JSON.parse(anchored.stdout) as { seq: number; hash: string; file: string };
    expect(head).toMatchObject({ seq: 5, file: path.join(home, 'audit-anchors.jsonl') });
    const human = vigil('anchor');
    expect(human.stdout).toContain(`vigil audit verify --expect-head 5:${head.hash}`);

    // THEN verify prints the same line as before for an intact log
    const intact = vigil('verify');
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(
      new RegExp(`^Audit log intact: 5 entries, head ${head.hash} \\(.*app\\.sqlite\\)\\.\\n$`),
    );

    // WHEN the newest two entries are deleted, and the anchors file is lost too
    const store = await openStore({ kind: 'sqlite', home });
    await store.db.deleteFrom('audit_log').where('seq', '>', 3).execute();
    await store.close();
    const truncated = vigil('verify');
    expect(truncated.status).toBe(1);
    expect(truncated.stdout).toMatch(
      /^Audit log BROKEN at entry 4: entries 4–5 are missing from the end of the log \(it was truncated\): the anchors file .*audit-anchors\.jsonl recorded entry 5 .*, but the log ends at entry 3\. 3 entries before it verify\.\n$/,
    );
    rmSync(path.join(home, 'audit-anchors.jsonl'));
    expect(vigil('verify').status, 'with no anchor the shorter chain verifies').toBe(0);
    // THEN the head kept elsewhere still reveals it
    const kept = vigil('verify', '--expect-head', `5:${head.hash}`, '--json');
    expect(kept.status).toBe(1);
    expect(JSON.parse(kept.stdout).firstBreak).toMatchObject({ seq: 4, problem: 'truncated' });
    expect(
      vigil('anchor', '--expect-head', `5:${head.hash}`).status,
      'a broken log is not anchored',
    ).toBe(1);
  });

  it('refuses an unknown action or a malformed head with exit code 2', () => {
    const unknown = vigil('rewrite');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('"verify" and "anchor"');
    const malformed = vigil('verify', '--expect-head', 'abc');
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('SEQ:HASH');
  });
});
