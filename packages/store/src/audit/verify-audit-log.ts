import type { AppStore } from '../open-store.ts';
import type { AuditAnchor } from './audit-anchors.ts';
import { GENESIS_HASH, auditEntryHash } from './audit-hash.ts';

export interface AuditBreak {
  /** The sequence number at which the chain first fails. */
  seq: number;
  /**
   * `truncated`: entries an anchor recorded are gone from the end; `rewritten`: the entry an
   * anchor recorded has another hash now (the chain was rebuilt from an earlier entry on).
   */
  problem: 'altered' | 'missing' | 'out_of_order' | 'truncated' | 'rewritten';
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** Hash of the last entry: record it elsewhere to detect truncation of the tail later. */
  head: string;
  firstBreak: AuditBreak | null;
  /** The heads recorded elsewhere that the chain was checked against. */
  anchors: AuditAnchor[];
}

const PAGE = 2000;

/**
 * Walks the chain in sequence order and reports the first broken link. An altered entry no
 * longer hashes to its stored hash; a removed one leaves a gap in the sequence; a reordered or
 * re-inserted one no longer commits to its predecessor's hash. Truncating the tail leaves a
 * valid shorter chain, which only a head recorded elsewhere can reveal: each of `anchors` must
 * still be in the chain with the hash it was recorded with. Read the anchors before calling:
 * an anchor is written after its entry commits, so every anchor read earlier names an entry
 * this walk sees.
 */
export async function verifyAuditLog(
  store: AppStore,
  onProgress?: (e: { phase: string; done: number; total?: number; unit?: string }) => void,
  options: { anchors?: readonly AuditAnchor[] } = {},
): Promise<AuditVerification> {
  const anchors = [...(options.anchors ?? [])].sort((a, b) => a.seq - b.seq);
  const anchorAt = new Map(anchors.map((a) => [a.seq, a]));
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
        anchors,
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
      const anchor = anchorAt.get(row.seq);
      if (anchor && anchor.hash !== row.hash) {
        return fail(
          'rewritten',
          `entry ${row.seq} (${row.action}) is not the one ${anchor.source} recorded: its hash was ` +
            `${anchor.hash.slice(0, 16)}…${anchor.at ? ` (appended ${anchor.at})` : ''} and is now ${row.hash.slice(0, 16)}… ` +
            `(the log was rewritten at or before entry ${row.seq} and its hashes recomputed)`,
        );
      }
      prevHash = row.hash;
      expectedSeq++;
      entries++;
    }
    onProgress?.({ phase: 'verifying audit log', done: entries, unit: 'entries' });
    if (rows.length < PAGE) break;
  }
  const beyond = anchors.filter((a) => a.seq > entries).pop();
  if (beyond) {
    const missing =
      beyond.seq === entries + 1
        ? `entry ${beyond.seq} is`
        : `entries ${entries + 1}–${beyond.seq} are`;
    return {
      ok: false,
      entries,
      head: prevHash,
      firstBreak: {
        seq: entries + 1,
        problem: 'truncated',
        message:
          `${missing} missing from the end of the log (it was truncated): ${beyond.source} recorded ` +
          `entry ${beyond.seq} with hash ${beyond.hash.slice(0, 16)}…${beyond.at ? ` (appended ${beyond.at})` : ''}, ` +
          `but the log ends at entry ${entries}`,
      },
      anchors,
    };
  }
  return { ok: true, entries, head: prevHash, firstBreak: null, anchors };
}
