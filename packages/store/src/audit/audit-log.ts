import { sql } from 'kysely';
import type { AppStore } from '../open-store.ts';
import type { AuditTable } from '../database.ts';
import { GENESIS_HASH, auditEntryHash } from './audit-hash.ts';

export interface AuditEvent {
  /** Account id (or `system`, `anonymous`) that acted. */
  actor: string;
  /** Stable verb, e.g. `alert.dismiss`, `identity.reveal`. */
  action: string;
  /** The record acted on, e.g. `alert:al-…`. */
  target: string;
  details?: Record<string, unknown>;
}

export type AuditEntry = AuditTable;

/**
 * Append-only, hash-chained record of privileged actions. The application only ever inserts:
 * there is no update or delete path, and `verifyAuditLog` finds any change made behind its back.
 */
export class AuditLog {
  /** Appends are serialized in-process; PostgreSQL also takes an advisory lock for other processes. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: AppStore) {}

  append(event: AuditEvent): Promise<AuditEntry> {
    const next = this.tail.then(() => this.appendNow(event));
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async appendNow(event: AuditEvent): Promise<AuditEntry> {
    return this.store.db.transaction().execute(async (trx) => {
      if (this.store.dialect === 'postgres')
        await sql`SELECT pg_advisory_xact_lock(4242)`.execute(trx);
      const last = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const fields = {
        seq: (last ? Number(last.seq) : 0) + 1,
        at: new Date().toISOString(),
        actor: event.actor,
        action: event.action,
        target: event.target,
        details: JSON.stringify(event.details ?? {}),
        prev_hash: last?.hash ?? GENESIS_HASH,
      };
      const entry = { ...fields, hash: auditEntryHash(fields) };
      await trx.insertInto('audit_log').values(entry).execute();
      return entry;
    });
  }

  async list(
    options: { afterSeq?: number; limit?: number; actor?: string; action?: string } = {},
  ): Promise<AuditEntry[]> {
    let q = this.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', options.afterSeq ?? 0);
    if (options.actor) q = q.where('actor', '=', options.actor);
    if (options.action) q = q.where('action', '=', options.action);
    const rows = await q
      .orderBy('seq')
      .limit(options.limit ?? 100)
      .execute();
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }
}
