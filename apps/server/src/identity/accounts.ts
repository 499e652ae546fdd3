import { randomUUID } from 'node:crypto';
import { VigilError, inputError } from '@vigil/core';
import type { AppStore } from '@vigil/store';
import { decoyHash, hashPassword, verifyPassword } from './password.ts';
import type { Actor, Role } from './roles.ts';

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  personId?: string | null;
  email?: string | null;
}

/** scrypt cost as log2(N); see password.ts. */
export interface KdfOptions {
  log2N?: number;
}

export async function createAccount(
  store: AppStore,
  account: NewAccount,
  kdf: KdfOptions = {},
): Promise<Actor> {
  const existing = await store.db
    .selectFrom('accounts')
    .select('id')
    .where('username', '=', account.username)
    .executeTakeFirst();
  if (existing)
    throw new VigilError(
      'account.exists',
      'conflict',
      `an account named "${account.username}" already exists`,
    );
  const id = `acct-${randomUUID()}`;
  await store.db
    .insertInto('accounts')
    .values({
      id,
      username: account.username,
      display_name: account.displayName,
      role: account.role,
      password_hash: await hashPassword(account.password, kdf.log2N),
      person_id: account.personId ?? null,
      email: account.email ?? null,
      failed_logins: 0,
      locked_until: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return { id, username: account.username, role: account.role, personId: account.personId ?? null };
}

export interface LockoutPolicy extends KdfOptions {
  maxFailures: number;
  lockoutMinutes: number;
}

/**
 * Checks a password with per-account lockout: after `maxFailures` consecutive failures the
 * account refuses even the right password until the lock expires (online guessing defence;
 * NIST SP 800-63B §5.2.2). Unknown usernames cost the same scrypt work as known ones.
 */
export async function authenticate(
  store: AppStore,
  username: string,
  password: string,
  policy: LockoutPolicy,
): Promise<Actor> {
  const row = await store.db
    .selectFrom('accounts')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
  if (!row) {
    await verifyPassword(password, await decoyHash(policy.log2N));
    throw badCredentials();
  }
  const now = new Date();
  if (row.locked_until && row.locked_until > now.toISOString()) {
    throw new VigilError(
      'auth.locked',
      'forbidden',
      `this account is locked after repeated failed sign-ins until ${row.locked_until}; ask an administrator or wait`,
    );
  }
  if (!(await verifyPassword(password, row.password_hash))) {
    const failures = Number(row.failed_logins) + 1;
    const lock =
      failures >= policy.maxFailures
        ? new Date(now.getTime() + policy.lockoutMinutes * 60_000).toISOString()
        : null;
    await store.db
      .updateTable('accounts')
      .set({ failed_logins: lock ? 0 : failures, locked_until: lock })
      .where('id', '=', row.id)
      .execute();
    throw badCredentials();
  }
  if (Number(row.failed_logins) !== 0 || row.locked_until) {
    await store.db
      .updateTable('accounts')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', row.id)
      .execute();
  }
  return { id: row.id, username: row.username, role: row.role as Role, personId: row.person_id };
}

const badCredentials = () =>
  new VigilError('auth.bad_credentials', 'forbidden', 'wrong username or password');

export function validatePasswordStrength(password: string): void {
  // NIST SP 800-63B: length, not composition rules.
  if (password.length < 12)
    throw inputError('account.weak_password', 'a password needs at least 12 characters');
}
