import { createHash, randomBytes } from 'node:crypto';
import type { AppStore } from '@vigil/store';
import type { Actor, Role } from './roles.ts';

export const SESSION_COOKIE = 'vigil_session';
export const CSRF_HEADER = 'x-csrf-token';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: string;
}

/** 256-bit random tokens; only the token's hash is stored. */
export async function createSession(store: AppStore, accountId: string, hours: number): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  await store.db.insertInto('sessions').values({ id: sha256(token), account_id: accountId, csrf_token: csrfToken, created_at: now.toISOString(), expires_at: expiresAt }).execute();
  return { token, csrfToken, expiresAt };
}

export async function findSession(store: AppStore, token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
  const row = await store.db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select(['accounts.id', 'accounts.username', 'accounts.role', 'accounts.person_id', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= new Date().toISOString()) return null;
  return { actor: { id: row.id, username: row.username, role: row.role as Role, personId: row.person_id }, csrfToken: row.csrf_token };
}

export async function endSession(store: AppStore, token: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}
