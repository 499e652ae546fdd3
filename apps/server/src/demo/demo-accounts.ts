import { randomBytes } from 'node:crypto';
import type { AppStore } from '@vigil/store';
import { createAccount } from '../identity/accounts.ts';
import { hashPassword } from '../identity/password.ts';
import { ROLES, type Role } from '../identity/roles.ts';

export interface DemoAccount {
  username: string;
  role: Role;
  password: string;
  personId: string | null;
}

const USERNAMES: Record<Role, string> = {
  employee: 'employee',
  security_officer: 'officer',
  analyst: 'analyst',
  investigator: 'investigator',
  administrator: 'admin',
  auditor: 'auditor',
};

/**
 * One account per role with a fresh random password on every boot, so a demo left running
 * never has a guessable login. The employee is a member of the simulated staff.
 */
export async function seedDemoAccounts(
  store: AppStore,
  employeePersonId: string | null,
  log2N: number,
): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const role of ROLES) {
    const username = USERNAMES[role];
    const password = randomBytes(9).toString('base64url');
    const personId = role === 'employee' ? employeePersonId : null;
    const existing = await store.db
      .selectFrom('accounts')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    if (existing) {
      await store.db
        .updateTable('accounts')
        .set({
          password_hash: await hashPassword(password, log2N),
          failed_logins: 0,
          locked_until: null,
          person_id: personId,
        })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await createAccount(
        store,
        { username, displayName: `Demo ${role.replace('_', ' ')}`, role, password, personId },
        { log2N },
      );
    }
    accounts.push({ username, role, password, personId });
  }
  return accounts;
}
