import { createHash } from 'node:crypto';

/** The previous-hash of the first entry: there is nothing before it to commit to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  details: string;
  prev_hash: string;
}

/**
 * hash_n = SHA-256(JSON[seq, at, actor, action, target, details, hash_{n-1}]). Because every
 * entry commits to its predecessor's hash, changing, deleting or reordering any entry breaks
 * the chain from that point on (a Merkle–Damgård style hash chain, as in Schneier & Kelsey
 * 1999, "Secure audit logs to support computer forensics"). A JSON array gives an unambiguous
 * encoding, so no two different entries serialize to the same bytes.
 */
export function auditEntryHash(e: AuditFields): string {
  return createHash('sha256')
    .update(JSON.stringify([e.seq, e.at, e.actor, e.action, e.target, e.details, e.prev_hash]))
    .digest('hex');
}
