import type { AppStore } from '../open-store.ts';
import { GENESIS_HASH, auditEntryHash } from './audit-hash.ts';

export interface AuditBreak {
  /** The sequence number at which the chain first fails. */
  seq: number;
  problem: 'altered' | 'missing' | 'out_of_order';
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** Hash of the last entry: record it elsewhere to detect truncation of the tail later. */
  head: string;
  firstBreak: AuditBreak | null;
}

const PAGE = 2000;

/**
 * Walks the chain in sequence order and reports the first broken link. An altered entry no
 * longer hashes to its stored hash; a removed one leaves a gap in the sequence; a reordered or
 * re-inserted one no longer commits to its predecessor's hash. Truncating the tail leaves a
 * valid shorter chain, which only a head hash recorded elsewhere (`head`) can reveal.
 */
export async function verifyAuditLog(
  store: AppStore,
  onProgress?: (e: { phase: string; done: number; total?: number; unit?: string }) => void,
): Promise<AuditVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (;;) {
    const rows = await store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const raw of rows) {
      const row = { ...raw, seq: Number(raw.seq) };
      const fail = (problem: AuditBreak['problem'], message: string): AuditVerification => ({
        ok: false,
        entries,
        head: prevHash,
        firstBreak: { seq: problem === 'missing' ? expectedSeq : row.seq, problem, message },
      });
      if (row.seq !== expectedSeq) {
        return fail(
          'missing',
          `entry ${expectedSeq} is missing: the log jumps from ${expectedSeq - 1} to ${row.seq} (an entry was removed)`,
        );
      }
      if (row.prev_hash !== prevHash) {
        return fail(
          'out_of_order',
          `entry ${row.seq} (${row.action}) does not follow entry ${row.seq - 1}: its previous-hash does not match (entries were reordered, replaced or removed)`,
        );
      }
      if (auditEntryHash(row) !== row.hash) {
        return fail(
          'altered',
          `entry ${row.seq} (${row.action} by ${row.actor}) was altered: its content no longer matches its hash`,
        );
      }
      prevHash = row.hash;
      expectedSeq++;
      entries++;
    }
    onProgress?.({ phase: 'verifying audit log', done: entries, unit: 'entries' });
    if (rows.length < PAGE) break;
  }
  return { ok: true, entries, head: prevHash, firstBreak: null };
}
