import { createHmac } from 'node:crypto';
import type { AppStore } from '@vigil/store';

/**
 * Alerts name people by pseudonym: HMAC-SHA-256(key, person id), shown as `P-` and 8 base-32
 * characters. Keyed, so a reader of the alert queue cannot recompute pseudonyms for a list of
 * staff ids; stable, so the same person keeps the same pseudonym across days and cases.
 */
export function pseudonymOf(key: Buffer, personId: string): string {
  const digest = createHmac('sha256', key).update(personId).digest();
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  for (let i = 0; i < 8; i++) out += alphabet[digest[i]! % 32];
  return `P-${out}`;
}

/** Records the mapping (needed to reveal, with approval) and returns the pseudonym. */
export async function ensurePseudonyms(
  store: AppStore,
  key: Buffer,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Set(personIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const batch = unique
      .slice(i, i + 500)
      .map((person_id) => ({ person_id, pseudonym: pseudonymOf(key, person_id) }));
    await store.db
      .insertInto('pseudonyms')
      .values(batch)
      .onConflict((oc) => oc.column('person_id').doNothing())
      .execute();
    for (const b of batch) out.set(b.person_id, b.pseudonym);
  }
  return out;
}
