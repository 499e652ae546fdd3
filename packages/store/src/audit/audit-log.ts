import { sql } from 'kysely';
import type { AppStore } from '../open-store.ts';
import type { AuditTable } from '../database.ts';
import type { AuditAnchor, AuditAnchorFile } from './audit-anchors.ts';
import { GENESIS_HASH, auditEntryHash } from './audit-hash.ts';
import { verifyAuditLog, type AuditVerification } from './verify-audit-log.ts';

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

export interface AuditLogOptions {
  /** Record every new head here (the server: `<home>/audit-anchors.jsonl`) to reveal truncation. */
  anchors?: AuditAnchorFile;
  /** Where a failure to write an anchor is reported (the entry itself is committed by then). */
  log?: (message: string) => void;
}

/**
 * Append-only, hash-chained record of privileged actions. The application only ever inserts:
 * there is no update or delete path, and `verifyAuditLog` finds any change made behind its back;
 * with an anchors file, also the removal of the newest entries.
 */
export class AuditLog {
  /** Appends are serialized in-process; PostgreSQL also takes an advisory lock for other processes. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: AppStore,
    private readonly options: AuditLogOptions = {},
  ) {}

  /** Where this log records its heads, if anywhere. */
  get anchors(): AuditAnchorFile | undefined {
    return this.options.anchors;
  }

  async append(event: AuditEvent): Promise<AuditEntry> {
    const next = this.tail.then(() => this.appendNow(event));
    this.tail = next.catch(() => undefined);
    const entry = await next;
    // After the commit, so an anchor never names an entry that is not in the log. A failed
    // write does not undo the action that was audited: it is reported, and later appends retry.
    await this.options.anchors
      ?.record({ seq: entry.seq, hash: entry.hash, at: entry.at })
      .catch((error: unknown) =>
        this.options.log?.(
          `audit anchors: cannot write ${this.options.anchors!.file} (${(error as Error).message}): ` +
            'removal of the newest audit entries goes unnoticed until it is writable again',
        ),
      );
    return entry;
  }

  /**
   * Verifies the chain against the newest anchor of this log's anchors file (read first: see
   * `verifyAuditLog`) and any `anchors` kept elsewhere.
   */
  async verify(
    onProgress?: Parameters<typeof verifyAuditLog>[1],
    anchors: readonly AuditAnchor[] = [],
  ): Promise<AuditVerification> {
    const recorded = await this.options.anchors?.latest();
    return verifyAuditLog(this.store, onProgress, {
      anchors: [...(recorded ? [recorded] : []), ...anchors],
    });
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
