import type { AccountTable } from '@vigil/store';
import type { Role } from '../identity/roles.ts';

/** What leaves the server about an account: never the password hash or failure counters. */
export function presentAccount(row: AccountTable, now = new Date().toISOString()) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    personId: row.person_id,
    email: row.email,
    locked: row.locked_until !== null && row.locked_until > now,
  };
}
