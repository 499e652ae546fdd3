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
export async function createSession(
  store: AppStore,
  accountId: string,
  hours: number,
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  await store.db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      account_id: accountId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/**
 * Sessions looked up in the last few seconds, keyed by token hash: the alert queue and case
 * views are read many times a second, and a database round trip per request for the same
 * session is most of their cost. Sign-out evicts at once; expiry is checked on every hit.
 */
const CACHE_MS = 5_000;
/** A live session as the request pipeline and the session route see it. */
export interface FoundSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: string;
}

const cache = new Map<string, { value: FoundSession; expiresAt: string; cachedAt: number }>();

export async function findSession(store: AppStore, token: string): Promise<FoundSession | null> {
  const key = sha256(token);
  const hit = cache.get(key);
  const now = Date.now();
  if (hit && now - hit.cachedAt < CACHE_MS && hit.expiresAt > new Date(now).toISOString())
    return hit.value;
  const found = await lookupSession(store, key);
  if (found) cache.set(key, { ...found, cachedAt: now });
  else cache.delete(key);
  if (cache.size > 50_000) cache.clear();
  return found?.value ?? null;
}

async function lookupSession(
  store: AppStore,
  key: string,
): Promise<{ value: FoundSession; expiresAt: string } | null> {
  const row = await store.db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'accounts.id',
      'accounts.username',
      'accounts.role',
      'accounts.person_id',
      'sessions.csrf_token',
      'sessions.expires_at',
    ])
    .where('sessions.id', '=', key)
    .executeTakeFirst();
  if (!row || row.expires_at <= new Date().toISOString()) return null;
  return {
    value: {
      actor: {
        id: row.id,
        username: row.username,
        role: row.role as Role,
        personId: row.person_id,
      },
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
    },
    expiresAt: row.expires_at,
  };
}

export async function endSession(store: AppStore, token: string): Promise<void> {
  cache.delete(sha256(token));
  await store.db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}
